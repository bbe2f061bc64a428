import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { auditLog } from '../audit/audit.table.js';
import { buildServiceUsing } from '../../../test/helpers/service-usage-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let seq = 0;
const code = (prefix = 'RES') => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++seq}`;
const paths = (r: { json(): { errors: { path: string }[] } }) => r.json().errors.map((e) => e.path).sort();

/** An institution with its resource-portfolio manager (R15). */
async function institutionWithResourceManager() {
  const inst = await buildInstitution(t.database.db);
  const rpm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'resourcePortfolioOwner', inst.id, rpm.person.id, inst.id);
  return { inst, rpm };
}

async function createResource(token: string, institutionId: string, over: Record<string, unknown> = {}) {
  const r = await t.api({
    method: 'POST',
    url: '/api/v1/resources',
    token,
    payload: { code: code(), institutionId, kind: 'digitalTechnology', nameLv: 'Nodokļu informācijas sistēma', ...over },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

describe('resources and capabilities API', () => {
  it('lets the resource-portfolio manager register a resource, and audits it', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const res = await t.api({ method: 'POST', url: '/api/v1/resources', token: rpm.token, payload: { code: code(), institutionId: inst.id, kind: 'information', nameLv: 'Iedzīvotāju reģistra dati' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).toMatchObject({ kind: 'information', lifecycleStage: 'use', virtual: false, supplierService: null, serviceCount: 0, institution: { id: inst.id } });
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'resource'), eq(auditLog.entityId, res.json().id)));
    expect(entries.map((e) => e.action)).toEqual(['resource.create']);
  });

  it('R42 derives virtual from the supplier service and refuses a hand-set flag', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const supplierInst = await buildInstitution(t.database.db, { nameLv: 'Valsts digitālās attīstības aģentūra' });
    const supplier = await buildServiceUsing(t.database.db, supplierInst.id, { code: code('SUP'), published: { nameLv: 'Mākoņdatošanas pakalpojums' } });

    const virtualRes = await createResource(rpm.token, inst.id, { supplierServiceId: supplier.id });
    expect(virtualRes.virtual).toBe(true);
    expect(virtualRes.supplierService).toMatchObject({ id: supplier.id, code: supplier.code, nameLv: 'Mākoņdatošanas pakalpojums', owner: { id: supplierInst.id } });

    const handSet = await t.api({ method: 'POST', url: '/api/v1/resources', token: rpm.token, payload: { code: code(), institutionId: inst.id, kind: 'information', nameLv: 'X', virtual: true } });
    expect(handSet.statusCode).toBe(400);
    expect(paths(handSet)).toEqual(['virtual']);
    const unknownSupplier = await t.api({ method: 'POST', url: '/api/v1/resources', token: rpm.token, payload: { code: code(), institutionId: inst.id, kind: 'information', nameLv: 'X', supplierServiceId: UNKNOWN } });
    expect(unknownSupplier.statusCode).toBe(400);
    expect(paths(unknownSupplier)).toEqual(['supplierServiceId']);

    const url = `/api/v1/resources/${virtualRes.id}`;
    const patchVirtual = await t.api({ method: 'PATCH', url, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { virtual: false } });
    expect(patchVirtual.statusCode).toBe(400);
    expect(paths(patchVirtual)).toEqual(['virtual']);
    const own = await t.api({ method: 'PATCH', url, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { supplierServiceId: null } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ virtual: false, supplierService: null });

    // Capabilities follow the same rule ("capability as a service").
    const cap = await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: inst.id, kind: 'competences', nameLv: 'Datu analītikas kompetence', supplierServiceId: supplier.id } });
    expect(cap.statusCode, cap.body).toBe(201);
    expect(cap.json()).toMatchObject({ virtual: true, supplierService: { id: supplier.id } });
    const capHandSet = await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: inst.id, kind: 'personnel', nameLv: 'X', virtual: true } });
    expect(capHandSet.statusCode).toBe(400);
    expect(paths(capHandSet)).toEqual(['virtual']);
    const capPatch = await t.api({ method: 'PATCH', url: `/api/v1/capabilities/${cap.json().id}`, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { supplierServiceId: UNKNOWN } });
    expect(capPatch.statusCode).toBe(400);
    expect(paths(capPatch)).toEqual(['supplierServiceId']);

    const virtualOnly = await t.api({ method: 'GET', url: `/api/v1/capabilities?institutionId=${inst.id}&virtual=true`, token: rpm.token });
    expect(virtualOnly.json().total).toBe(1);
  });

  it('R16 flags a resource without a manager', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const r = await createResource(rpm.token, inst.id);
    expect(r).toMatchObject({ managerMissing: true, manager: null });
    const missing = await t.api({ method: 'GET', url: `/api/v1/resources?institutionId=${inst.id}&managerMissing=true`, token: rpm.token });
    expect(missing.json().items.map((i: { id: string }) => i.id)).toEqual([r.id]);
    expect(missing.json().total).toBe(1);

    const manager = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'resourceOwner', inst.id, manager.person.id, r.id);
    const now = (await t.api({ method: 'GET', url: `/api/v1/resources/${r.id}`, token: rpm.token })).json();
    expect(now.managerMissing).toBe(false);
    expect(now.manager).toMatchObject({ personId: manager.person.id, familyName: manager.person.familyName });
    expect((await t.api({ method: 'GET', url: `/api/v1/resources?institutionId=${inst.id}&managerMissing=true`, token: rpm.token })).json().total).toBe(0);
    const managed = (await t.api({ method: 'GET', url: `/api/v1/resources?institutionId=${inst.id}&managerMissing=false`, token: rpm.token })).json();
    expect(managed).toMatchObject({ total: 1, items: [{ id: r.id, managerMissing: false }] });
  });

  it('R15 reports whether an institution holding resources has exactly one resource-portfolio manager, and R16 per resource', async () => {
    const inst = await buildInstitution(t.database.db);
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const url = `/api/v1/institutions/${inst.id}/resources/validation`;

    const empty = (await t.api({ method: 'GET', url, token: admin.token })).json();
    expect(empty).toMatchObject({ holdsResources: false, ok: true, r15: { status: 'notApplicable' }, r16: { status: 'notApplicable' } });

    const a = await createResource(admin.token, inst.id, { code: code('VAL') });
    const b = await createResource(admin.token, inst.id, { code: code('VAL') });
    const noManagers = (await t.api({ method: 'GET', url, token: admin.token })).json();
    expect(noManagers).toMatchObject({ holdsResources: true, resourceCount: 2, ok: false, r15: { status: 'missing' }, r16: { status: 'violated' } });
    expect(noManagers.violations.map((v: { rule: string }) => v.rule)).toEqual(['R15', 'R16', 'R16']);

    const rpm = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', inst.id, rpm.person.id, inst.id);
    const m = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'resourceOwner', inst.id, m.person.id, a.id);
    const partly = (await t.api({ method: 'GET', url, token: rpm.token })).json();
    expect(partly.r15).toMatchObject({ status: 'ok', resourcePortfolioManagers: [{ personId: rpm.person.id }] });
    expect(partly.r16.resourcesWithoutManager.map((r: { id: string }) => r.id)).toEqual([b.id]);

    await assignRole(t.database.db, 'resourceOwner', inst.id, m.person.id, b.id);
    expect((await t.api({ method: 'GET', url, token: rpm.token })).json()).toMatchObject({ ok: true, violations: [] });

    expect((await t.api({ method: 'GET', url: `/api/v1/institutions/${UNKNOWN}/resources/validation`, token: rpm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('refuses writes across institutions with 403, and lets a resource’s manager edit only that resource', async () => {
    const a = await institutionWithResourceManager();
    const b = await institutionWithResourceManager();
    const r = await createResource(a.rpm.token, a.inst.id);
    const other = await createResource(a.rpm.token, a.inst.id);
    const body = { code: code(), institutionId: a.inst.id, kind: 'information', nameLv: 'X' };
    expect((await t.api({ method: 'POST', url: '/api/v1/resources', token: b.rpm.token, payload: body })).statusCode).toBe(403);
    expect((await t.api({ method: 'POST', url: '/api/v1/resources', payload: body })).statusCode).toBe(401);
    const h = { 'if-match': '"1"' };
    expect((await t.api({ method: 'PATCH', url: `/api/v1/resources/${r.id}`, token: b.rpm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(403);
    const portfolioManager = await buildUser(t.database.db, a.inst.id);
    await assignRole(t.database.db, 'portfolioOwner', a.inst.id, portfolioManager.person.id, a.inst.id);
    expect((await t.api({ method: 'POST', url: '/api/v1/resources', token: portfolioManager.token, payload: body })).statusCode).toBe(403);

    const manager = await buildUser(t.database.db, a.inst.id);
    await assignRole(t.database.db, 'resourceOwner', a.inst.id, manager.person.id, r.id);
    const edit = await t.api({ method: 'PATCH', url: `/api/v1/resources/${r.id}`, token: manager.token, headers: h, payload: { descriptionLv: 'Uztur resursa vadītājs', lifecycleStage: 'maintainImprove' } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().lifecycleStage).toBe('maintainImprove');
    expect((await t.api({ method: 'PATCH', url: `/api/v1/resources/${other.id}`, token: manager.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(403);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/resources/${r.id}`, token: manager.token, headers: { 'if-match': '"2"' }, payload: { institutionId: b.inst.id } })).statusCode).toBe(403);

    const cap = await t.api({ method: 'POST', url: '/api/v1/capabilities', token: a.rpm.token, payload: { institutionId: a.inst.id, kind: 'processes', nameLv: 'Pieteikumu apstrādes process' } });
    expect((await t.api({ method: 'POST', url: '/api/v1/capabilities', token: b.rpm.token, payload: { institutionId: a.inst.id, kind: 'processes', nameLv: 'X' } })).statusCode).toBe(403);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/capabilities/${cap.json().id}`, token: b.rpm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(403);
  });

  it('refuses bad input to every write endpoint with 400 naming the fields, and a duplicate code with 409', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const bad = await t.api({ method: 'POST', url: '/api/v1/resources', token: rpm.token, payload: { code: 'x', institutionId: inst.id, kind: 'buildings', nameLv: '', lifecycleStage: 'retire' } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['code', 'kind', 'lifecycleStage', 'nameLv']);
    const unknownInst = await t.api({ method: 'POST', url: '/api/v1/resources', token: admin.token, payload: { code: code(), institutionId: UNKNOWN, kind: 'information', nameLv: 'X' } });
    expect(unknownInst.statusCode).toBe(400);
    expect(paths(unknownInst)).toEqual(['institutionId']);
    const r = await createResource(rpm.token, inst.id);
    const badPatch = await t.api({ method: 'PATCH', url: `/api/v1/resources/${r.id}`, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { kind: 'energy', managerMissing: false } });
    expect(badPatch.statusCode).toBe(400);
    const dup = await t.api({ method: 'POST', url: '/api/v1/resources', token: rpm.token, payload: { code: r.code, institutionId: inst.id, kind: 'information', nameLv: 'X' } });
    expect(dup.statusCode).toBe(409);
    expect(paths(dup)).toEqual(['code']);

    const badCap = await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: 'x', kind: 'magic', nameLv: '' } });
    expect(badCap.statusCode).toBe(400);
    expect(paths(badCap)).toEqual(['institutionId', 'kind', 'nameLv']);
    const cap = (await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: inst.id, kind: 'regulation', nameLv: 'Iekšējie noteikumi' } })).json();
    const badCapPatch = await t.api({ method: 'PATCH', url: `/api/v1/capabilities/${cap.id}`, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { kind: 'finance' } });
    expect(badCapPatch.statusCode).toBe(400);
    expect(paths(badCapPatch)).toEqual(['kind']);
  });

  it('refuses stale edits with 409 and the current representation', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const r = await createResource(rpm.token, inst.id);
    const cap = (await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: inst.id, kind: 'culture', nameLv: 'Klientorientēta kultūra' } })).json();
    for (const url of [`/api/v1/resources/${r.id}`, `/api/v1/capabilities/${cap.id}`]) {
      const first = await t.api({ method: 'PATCH', url, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'First' } });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers.etag).toBe('"2"');
      const stale = await t.api({ method: 'PATCH', url, token: rpm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'Second' } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.nameEn).toBe('First');
      expect((await t.api({ method: 'PATCH', url, token: rpm.token, payload: { nameEn: 'Third' } })).statusCode).toBe(428);
    }
  });

  it('answers 404 for unknown ids and 401 to anonymous readers', async () => {
    const { rpm } = await institutionWithResourceManager();
    const h = { 'if-match': '"1"' };
    expect((await t.api({ method: 'GET', url: `/api/v1/resources/${UNKNOWN}`, token: rpm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/resources/${UNKNOWN}/services`, token: rpm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/resources/${UNKNOWN}`, token: rpm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/capabilities/${UNKNOWN}`, token: rpm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/capabilities/${UNKNOWN}`, token: rpm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: '/api/v1/resources' })).statusCode).toBe(401);
    expect((await t.api({ method: 'GET', url: '/api/v1/capabilities' })).statusCode).toBe(401);
  });

  it('lists the services whose current or published version uses a resource', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const r = await createResource(rpm.token, inst.id);
    const unused = await createResource(rpm.token, inst.id);
    await buildServiceUsing(t.database.db, inst.id, { code: 'RS-A', published: { nameLv: 'Deklarāciju pieņemšana', resourceIds: [r.id] } });
    await buildServiceUsing(t.database.db, inst.id, { code: 'RS-B', draft: { nameLv: 'Jauns e-pakalpojums', resourceIds: [r.id] } });
    await buildServiceUsing(t.database.db, inst.id, { code: 'RS-C', published: { nameLv: 'Cits' } });

    const used = await t.api({ method: 'GET', url: `/api/v1/resources/${r.id}/services`, token: rpm.token });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().items.map((s: { code: string }) => s.code)).toEqual(['RS-A', 'RS-B']);
    expect(used.json().items[1]).toMatchObject({ status: 'draft', inCurrentVersion: true, inPublishedVersion: false });
    expect((await t.api({ method: 'GET', url: `/api/v1/resources/${r.id}`, token: rpm.token })).json().serviceCount).toBe(2);
    // A resource may serve no service at all (R40: resource ↔ 0..n services).
    expect((await t.api({ method: 'GET', url: `/api/v1/resources/${unused.id}/services`, token: rpm.token })).json()).toMatchObject({ items: [], total: 0 });
  });

  it('filters the resource and capability lists', async () => {
    const { inst, rpm } = await institutionWithResourceManager();
    const supplier = await buildServiceUsing(t.database.db, (await buildInstitution(t.database.db)).id, { published: { nameLv: 'Piegāde' } });
    await createResource(rpm.token, inst.id, { nameLv: 'A Dokumentu vadības sistēma' });
    await createResource(rpm.token, inst.id, { nameLv: 'B Klientu dati', kind: 'information' });
    await createResource(rpm.token, inst.id, { nameLv: 'C Mākoņa serveri', supplierServiceId: supplier.id });
    const list = (qs: string) => t.api({ method: 'GET', url: `/api/v1/resources?institutionId=${inst.id}&${qs}`, token: rpm.token }).then((r) => r.json());
    expect((await list('')).total).toBe(3);
    expect((await list('kind=information')).items.map((i: { nameLv: string }) => i.nameLv)).toEqual(['B Klientu dati']);
    expect((await list('virtual=true')).items.map((i: { nameLv: string }) => i.nameLv)).toEqual(['C Mākoņa serveri']);
    expect((await list('virtual=false&sort=nameLv&order=desc')).items.map((i: { nameLv: string }) => i.nameLv)).toEqual(['B Klientu dati', 'A Dokumentu vadības sistēma']);
    expect((await list('q=dokumentu')).total).toBe(1);
    expect(await list('pageSize=2&page=2')).toMatchObject({ total: 3, page: 2 });

    for (const kind of ['personnel', 'guidelines']) {
      await t.api({ method: 'POST', url: '/api/v1/capabilities', token: rpm.token, payload: { institutionId: inst.id, kind, nameLv: `Spēja ${kind}` } });
    }
    const caps = await t.api({ method: 'GET', url: `/api/v1/capabilities?institutionId=${inst.id}&kind=guidelines`, token: rpm.token });
    expect(caps.json().items.map((c: { kind: string }) => c.kind)).toEqual(['guidelines']);
    expect((await t.api({ method: 'GET', url: '/api/v1/capabilities?kind=magic', token: rpm.token })).statusCode).toBe(400);
  });
});
