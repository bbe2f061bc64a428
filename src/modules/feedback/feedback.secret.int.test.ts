import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { checkFormToken } from './feedback.rules.js';

const SECRET = 'kopīgs-visām-instancēm-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ FEEDBACK_FORM_SECRET: SECRET });
});
afterAll(async () => t?.close());

it('signs feedback forms with FEEDBACK_FORM_SECRET, so every instance with the same secret accepts them', async () => {
  const db = t.database.db;
  const owner = await buildServiceOwner(db);
  const { extras: _extras, ...input } = await publishableFields(db, owner.institution);
  const s = await buildService(db, { ...input, ownerInstitutionId: owner.institution.id }, { publish: true, managerPersonId: owner.manager.person.id });
  const r = await t.api({ method: 'GET', url: `/api/v1/catalogue/services/${s.code}/feedback/form` });
  expect(r.statusCode, r.body).toBe(200);
  const { formToken, serviceId } = r.json() as { formToken: string; serviceId: string };
  const later = Date.now() + 60_000;
  const key = crypto.createHash('sha256').update(SECRET).digest();
  expect(checkFormToken(key, serviceId, formToken, later)).toBe('ok');
  expect(checkFormToken(crypto.randomBytes(32), serviceId, formToken, later)).not.toBe('ok');
});
