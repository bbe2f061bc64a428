import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { buildService, buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';

/**
 * One visibility rule for services on every reading path (issue 9, finding 6):
 * anonymous callers see published services with a public recipient type only;
 * signed-in institution users also see inter-institutional ones. A hidden
 * service answers 404 by id (never 403 or 401), so its existence is not leaked.
 */
let t: TestApp;
let inter: { id: string; code: string; nameLv: string };
let pub: { id: string; code: string };
let template: { id: string };
let outsiderToken: string;
let ids: { channelPoint: string; need: string; lifeSituation: string; lifeSituationCode: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const owner = await buildServiceOwner(db);
  const { extras, ...fields } = await publishableFields(db, owner.institution);
  const interFields = { ...fields, nameLv: 'Datu apmaiņas nodrošināšana iestādēm', nameParts: null, recipientType: 'interInstitutionalShared' as const, targetGroups: ['institutions' as const] };
  const x = await buildService(db, { ownerInstitutionId: owner.institution.id, ...interFields }, { publish: true, managerPersonId: owner.manager.person.id });
  inter = { id: x.id, code: x.code, nameLv: interFields.nameLv };
  // A public service that uses the same need and channel points, so usage lists are not empty for anybody.
  const p = await buildService(db, { ownerInstitutionId: owner.institution.id, ...fields, nameLv: 'Būvatļaujas izsniegšana', nameParts: null }, { publish: true, managerPersonId: owner.manager.person.id });
  pub = { id: p.id, code: p.code };
  const tpl = await buildService(db, { ownerInstitutionId: owner.institution.id, ...interFields, nameLv: 'Koplietošanas sistēmas uzturēšana', isTemplate: true }, { publish: true, managerPersonId: owner.manager.person.id });
  template = { id: tpl.id };
  ids = { channelPoint: extras.web.id, need: extras.need.id, lifeSituation: extras.lifeSituation.id, lifeSituationCode: extras.lifeSituation.code };
  const other = await buildInstitution(db);
  outsiderToken = (await buildUser(db, other.id)).token;
});
afterAll(async () => t?.close());

const get = (url: string, token?: string) => t.api({ method: 'GET', url, token });

/** Paths whose answer is about the inter-institutional service itself. */
const byIdPaths = () => [
  `/api/v1/services/${inter.id}`,
  `/api/v1/services/${inter.id}?version=published`,
  `/api/v1/services/${inter.id}/versions`,
  `/api/v1/services/${inter.id}/versions/1`,
  `/api/v1/services/${inter.id}/diff?from=1&to=1`,
  `/api/v1/services/${inter.id}/validation`,
  `/api/v1/services/${template.id}/instances`,
];

/** Lists that could name it. */
const listPaths = () => [
  '/api/v1/services?pageSize=100',
  '/api/v1/services?recipientType=interInstitutionalShared',
  `/api/v1/services?q=${encodeURIComponent('Datu apmaiņas')}`,
  `/api/v1/services?needId=${ids.need}`,
  `/api/v1/services?lifeSituationId=${ids.lifeSituation}`,
  `/api/v1/channel-points/${ids.channelPoint}/services`,
  `/api/v1/needs/${ids.need}`,
  `/api/v1/needs/${ids.need}/services`,
  `/api/v1/life-situations/${ids.lifeSituation}/services`,
  `/api/v1/catalogue/search?q=${encodeURIComponent('datu apmaiņa')}`,
  `/api/v1/open/services?pageSize=100`,
];

describe('services: one visibility rule for inter-institutional services', () => {
  it('answers 404 to an anonymous caller for every by-id read of an inter-institutional service', async () => {
    for (const url of byIdPaths()) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(404);
    }
  });

  it('never names an inter-institutional service in a list an anonymous caller reads', async () => {
    for (const url of listPaths()) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
      expect(res.body, url).not.toContain(inter.id);
      expect(res.body, url).not.toContain(inter.code);
      expect(res.body, url).not.toContain(template.id);
    }
    const list = (await get('/api/v1/services?pageSize=100')).json();
    expect(list.items.map((s: { id: string }) => s.id)).toContain(pub.id);
    const cp = (await get(`/api/v1/channel-points/${ids.channelPoint}`)).json();
    expect(cp.serviceCount).toBe(1);
    expect((await get(`/api/v1/services/${pub.id}`)).statusCode).toBe(200);
  });

  it('shows inter-institutional services to a signed-in user of another institution', async () => {
    for (const url of byIdPaths().filter((u) => !u.includes('/validation'))) {
      const res = await get(url, outsiderToken);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    // The publication report stays internal to the owner: 403 for a signed-in outsider who may know the service exists.
    expect((await get(`/api/v1/services/${inter.id}/validation`, outsiderToken)).statusCode).toBe(403);
    for (const url of ['/api/v1/services?pageSize=100', `/api/v1/channel-points/${ids.channelPoint}/services`, `/api/v1/needs/${ids.need}/services`, `/api/v1/life-situations/${ids.lifeSituation}/services`]) {
      const res = await get(url, outsiderToken);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.body, url).toContain(inter.id);
    }
  });
});
