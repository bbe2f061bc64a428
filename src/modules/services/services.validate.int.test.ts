import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole } from '../../../test/helpers/factories.js';
import { buildServiceOwner, publishableFields } from '../../../test/helpers/service-factories.js';
import { auditLog } from '../audit/audit.table.js';
import { services } from './services.table.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
type Issue = { rule: string; code: string; severity: string; path: string; message: string };

async function validate(token: string | undefined, payload: Record<string, unknown>, query = '', lang = 'lv') {
  return t.api({ method: 'POST', url: `/api/v1/services/validate${query}`, token, payload, headers: { 'accept-language': lang } });
}

describe('POST /services/validate: the rules over an unsaved description', () => {
  it('explains what an empty description lacks, in Latvian and English, and writes nothing', async () => {
    const { institution, pm } = await buildServiceOwner(db());
    const servicesBefore = (await db().select({ n: count() }).from(services))[0].n;
    const auditBefore = (await db().select({ n: count() }).from(auditLog))[0].n;
    const res = await validate(pm.token, { ownerInstitutionId: institution.id });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.mode).toBe('publish');
    expect(report.publishable).toBe(false);
    const paths = report.errors.map((e: Issue) => e.path);
    expect(paths).toContain('nameLv');
    expect(report.errors.every((e: Issue) => e.rule && e.code && e.message)).toBe(true);
    const en = (await validate(pm.token, { ownerInstitutionId: institution.id }, '', 'en')).json();
    expect(en.errors.find((e: Issue) => e.path === 'nameLv').message).not.toBe(report.errors.find((e: Issue) => e.path === 'nameLv').message);
    expect((await db().select({ n: count() }).from(services))[0].n).toBe(servicesBefore);
    expect((await db().select({ n: count() }).from(auditLog))[0].n).toBe(auditBefore);
  });

  it('finds a complete new description publishable except for its missing manager (R13)', async () => {
    const { institution, pm } = await buildServiceOwner(db());
    const { extras, ...fields } = await publishableFields(db(), institution);
    const report = (await validate(pm.token, { ownerInstitutionId: institution.id, ...fields })).json();
    expect(report.errors.map((e: Issue) => e.rule)).toEqual(['R13']);
    expect(extras.need.id).toBeTruthy();
  });

  it('checks an edit of an existing service for its manager, who may not create services', async () => {
    const { institution, pm, manager } = await buildServiceOwner(db());
    const { extras: _e, ...fields } = await publishableFields(db(), institution);
    const created = await t.api({ method: 'POST', url: '/api/v1/services', token: pm.token, payload: { ownerInstitutionId: institution.id, ...fields } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await assignRole(db(), 'serviceOwner', institution.id, manager.person.id, id);
    expect((await validate(manager.token, { ownerInstitutionId: institution.id, ...fields })).statusCode).toBe(403);
    const ok = await validate(manager.token, { ownerInstitutionId: institution.id, ...fields }, `?serviceId=${id}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ publishable: true, errors: [], versionNo: 1 });
    // A shorter name in the unsaved form is reported, while the stored draft keeps its name.
    const short = (await validate(manager.token, { ownerInstitutionId: institution.id, ...fields, nameLv: 'Atļauja', nameParts: null }, `?serviceId=${id}`)).json();
    expect(short.publishable).toBe(false);
    expect(short.errors.some((e: Issue) => e.path.startsWith('name'))).toBe(true);
    const [row] = await db().select().from(services).where(eq(services.id, id));
    expect(row.rowVersion).toBe(created.json().version);
  });

  it('refuses other institutions (403), anonymous callers (401), unknown references (400 naming the field) and computed fields', async () => {
    const { institution } = await buildServiceOwner(db());
    const other = await buildServiceOwner(db());
    expect((await validate(other.pm.token, { ownerInstitutionId: institution.id })).statusCode).toBe(403);
    expect((await validate(undefined, { ownerInstitutionId: institution.id })).statusCode).toBe(401);
    const unknown = await validate(other.pm.token, { ownerInstitutionId: other.institution.id, needIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('needIds[0]');
    const computed = await validate(other.pm.token, { ownerInstitutionId: other.institution.id, digitalStatus: 'dService' });
    expect(computed.statusCode).toBe(400);
    expect(computed.json().errors[0].path).toBe('digitalStatus');
    const missing = await validate(other.pm.token, { ownerInstitutionId: other.institution.id }, '?serviceId=00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});
