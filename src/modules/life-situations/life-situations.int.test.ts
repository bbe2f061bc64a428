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
const code = (prefix: string) => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++seq}`;
const paths = (r: { json(): { errors: { path: string }[] } }) => r.json().errors.map((e) => e.path).sort();

async function institutionWithManager() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  return { inst, pm };
}

async function createNeed(token: string, over: Record<string, unknown> = {}) {
  const r = await t.api({ method: 'POST', url: '/api/v1/needs', token, payload: { code: code('N'), nameLv: 'Reģistrēt bērna dzimšanu', ...over } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

async function createSituation(token: string, over: Record<string, unknown> = {}) {
  const r = await t.api({
    method: 'POST',
    url: '/api/v1/life-situations',
    token,
    payload: { code: code('LS'), nameLv: 'Bērna piedzimšana', audience: 'residents', newNeeds: [{ code: code('N'), nameLv: 'Saņemt pabalstu' }], ...over },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}

describe('life situations and needs API', () => {
  it('lets a portfolio manager register a life situation with existing and new needs, owned by their institution, and audits it', async () => {
    const { inst, pm } = await institutionWithManager();
    const existing = await createNeed(pm.token);
    const newCode = code('N');
    const res = await t.api({
      method: 'POST',
      url: '/api/v1/life-situations',
      token: pm.token,
      payload: { code: code('LS'), nameLv: 'Bērna piedzimšana', audience: 'residents', needIds: [existing.id], newNeeds: [{ code: newCode, nameLv: 'Izvēlēties vārdu' }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ls = res.json();
    expect(res.headers.etag).toBe('"1"');
    expect(ls.owner).toMatchObject({ id: inst.id });
    expect(ls.needCount).toBe(2);
    expect(ls.needs.map((n: { code: string }) => n.code).sort()).toEqual([existing.code, newCode].sort());

    const anon = await t.api({ method: 'GET', url: `/api/v1/life-situations/${ls.id}` });
    expect(anon.statusCode).toBe(200);
    const created = ls.needs.find((n: { code: string }) => n.code === newCode);
    const need = await t.api({ method: 'GET', url: `/api/v1/needs/${created.id}` });
    expect(need.json().owner).toMatchObject({ id: inst.id });
    expect(need.json().lifeSituations.map((l: { id: string }) => l.id)).toEqual([ls.id]);

    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'lifeSituation'), eq(auditLog.entityId, ls.id)));
    expect(entries.map((e) => e.action)).toEqual(['lifeSituation.create']);
    const needEntries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'need'), eq(auditLog.entityId, created.id)));
    expect(needEntries.map((e) => e.action)).toEqual(['need.create']);
  });

  it('R40 refuses a life situation without needs', async () => {
    const { pm } = await institutionWithManager();
    const none = await t.api({ method: 'POST', url: '/api/v1/life-situations', token: pm.token, payload: { code: code('LS'), nameLv: 'Tukša situācija', audience: 'businesses' } });
    expect(none.statusCode).toBe(422);
    expect(none.json().errors).toMatchObject([{ rule: 'R40', path: 'needIds' }]);

    const ls = await createSituation(pm.token);
    const emptied = await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${ls.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { needIds: [] } });
    expect(emptied.statusCode).toBe(422);
    expect(emptied.json().errors[0].rule).toBe('R40');

    // Taking its only need away through the need is refused too.
    const onlyNeed = ls.needs[0];
    const leave = await t.api({ method: 'PATCH', url: `/api/v1/needs/${onlyNeed.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { lifeSituationIds: [] } });
    expect(leave.statusCode).toBe(422);
    expect(leave.json().errors).toMatchObject([{ rule: 'R40', path: 'lifeSituationIds' }]);
    expect((await t.api({ method: 'GET', url: `/api/v1/life-situations/${ls.id}` })).json().needCount).toBe(1);
  });

  it('lets a need belong to several life situations, and replaces a situation’s needs on update', async () => {
    const { pm } = await institutionWithManager();
    const shared = await createNeed(pm.token, { nameLv: 'Deklarēt dzīvesvietu' });
    const birth = await createSituation(pm.token, { needIds: [shared.id], newNeeds: [] });
    const move = await createSituation(pm.token, { nameLv: 'Pārcelšanās uz citu pašvaldību', needIds: [shared.id], newNeeds: [] });
    const need = (await t.api({ method: 'GET', url: `/api/v1/needs/${shared.id}` })).json();
    expect(need.lifeSituations.map((l: { id: string }) => l.id).sort()).toEqual([birth.id, move.id].sort());
    expect(need.lifeSituationCount).toBe(2);

    const extra = await createNeed(pm.token, { nameLv: 'Pieteikt bērnu bērnudārzā' });
    const upd = await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${birth.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { needIds: [extra.id], newNeeds: [{ code: code('N'), nameLv: 'Saņemt personas kodu' }] } });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().needCount).toBe(2);
    expect(upd.json().needs.map((n: { id: string }) => n.id)).not.toContain(shared.id);

    // A need joins a life situation from its own side; the situation's version moves on.
    const join = await t.api({ method: 'PATCH', url: `/api/v1/needs/${extra.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { lifeSituationIds: [birth.id, move.id] } });
    expect(join.statusCode, join.body).toBe(200);
    expect(join.json().lifeSituations).toHaveLength(2);
    const moveNow = (await t.api({ method: 'GET', url: `/api/v1/life-situations/${move.id}` })).json();
    expect(moveNow.needCount).toBe(2);
    expect(moveNow.version).toBe(2);
    const moveAudit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'lifeSituation'), eq(auditLog.entityId, move.id)));
    expect(moveAudit.map((e) => e.action)).toEqual(['lifeSituation.create', 'lifeSituation.update']);
    expect((moveAudit[1].after as { needCount: number }).needCount).toBe(2);

    const filtered = await t.api({ method: 'GET', url: `/api/v1/life-situations?needId=${extra.id}&sort=code` });
    expect(filtered.json().total).toBe(2);
    const needsOfMove = await t.api({ method: 'GET', url: `/api/v1/needs?lifeSituationId=${move.id}&sort=code` });
    expect(needsOfMove.json().items.map((n: { id: string }) => n.id).sort()).toEqual([shared.id, extra.id].sort());
  });

  it('refuses duplicate codes with 409 naming the field', async () => {
    const { pm } = await institutionWithManager();
    const need = await createNeed(pm.token);
    const ls = await createSituation(pm.token);
    const dupLs = await t.api({ method: 'POST', url: '/api/v1/life-situations', token: pm.token, payload: { code: ls.code, nameLv: 'Cits', audience: 'residents', needIds: [need.id] } });
    expect(dupLs.statusCode).toBe(409);
    expect(paths(dupLs)).toEqual(['code']);
    const dupNew = await t.api({
      method: 'POST',
      url: '/api/v1/life-situations',
      token: pm.token,
      payload: { code: code('LS'), nameLv: 'Cits', audience: 'residents', newNeeds: [{ code: code('N'), nameLv: 'A' }, { code: need.code, nameLv: 'B' }] },
    });
    expect(dupNew.statusCode).toBe(409);
    expect(paths(dupNew)).toEqual(['newNeeds[1].code']);
    const dupNeed = await t.api({ method: 'POST', url: '/api/v1/needs', token: pm.token, payload: { code: need.code, nameLv: 'Cita' } });
    expect(dupNeed.statusCode).toBe(409);
    expect(paths(dupNeed)).toEqual(['code']);
    const other = await createNeed(pm.token);
    const rename = await t.api({ method: 'PATCH', url: `/api/v1/needs/${other.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { code: need.code } });
    expect(rename.statusCode).toBe(409);
  });

  it('refuses bad input to every write endpoint with 400 naming the fields', async () => {
    const { pm } = await institutionWithManager();
    const ls = await createSituation(pm.token);
    const need = await createNeed(pm.token);
    const badLs = await t.api({ method: 'POST', url: '/api/v1/life-situations', token: pm.token, payload: { code: 'x', nameLv: '', audience: 'aliens', needIds: ['nope'] } });
    expect(badLs.statusCode).toBe(400);
    expect(paths(badLs)).toEqual(['audience', 'code', 'nameLv', 'needIds[0]']);
    const unknownNeed = await t.api({ method: 'POST', url: '/api/v1/life-situations', token: pm.token, payload: { code: code('LS'), nameLv: 'X', audience: 'institutions', needIds: [need.id, UNKNOWN] } });
    expect(unknownNeed.statusCode).toBe(400);
    expect(paths(unknownNeed)).toEqual(['needIds[1]']);
    const badPatch = await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${ls.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { audience: 'everyone', needCount: 3 } });
    expect(badPatch.statusCode).toBe(400);
    const badNeed = await t.api({ method: 'POST', url: '/api/v1/needs', token: pm.token, payload: { code: '', nameLv: 'x'.repeat(301), lifeSituationIds: [UNKNOWN] } });
    expect(badNeed.statusCode).toBe(400);
    expect(paths(badNeed)).toEqual(['code', 'nameLv']);
    const unknownLs = await t.api({ method: 'POST', url: '/api/v1/needs', token: pm.token, payload: { code: code('N'), nameLv: 'X', lifeSituationIds: [UNKNOWN] } });
    expect(unknownLs.statusCode).toBe(400);
    expect(paths(unknownLs)).toEqual(['lifeSituationIds[0]']);
    const badNeedPatch = await t.api({ method: 'PATCH', url: `/api/v1/needs/${need.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameLv: '   ' } });
    expect(badNeedPatch.statusCode).toBe(400);
    expect(paths(badNeedPatch)).toEqual(['nameLv']);
  });

  it('lets leads and portfolio managers create, only the owner’s portfolio manager, the state lead and admins edit', async () => {
    const a = await institutionWithManager();
    const b = await institutionWithManager();
    const ls = await createSituation(a.pm.token);
    const need = await createNeed(a.pm.token);

    const ministry = await buildInstitution(t.database.db, { kind: 'ministry' });
    const sector = await buildUser(t.database.db, ministry.id);
    await assignRole(t.database.db, 'sectorLead', ministry.id, sector.person.id, ministry.id);
    const bySector = await createSituation(sector.token);
    expect(bySector.owner.id).toBe(ministry.id);

    const nobody = await buildUser(t.database.db, a.inst.id);
    expect((await t.api({ method: 'POST', url: '/api/v1/needs', token: nobody.token, payload: { code: code('N'), nameLv: 'X' } })).statusCode).toBe(403);
    expect((await t.api({ method: 'POST', url: '/api/v1/needs', payload: { code: code('N'), nameLv: 'X' } })).statusCode).toBe(401);

    const h = { 'if-match': '"1"' };
    expect((await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${ls.id}`, token: b.pm.token, headers: h, payload: { nameEn: 'Birth' } })).statusCode).toBe(403);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/needs/${need.id}`, token: b.pm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(403);
    // Joining another institution's life situation is editing it.
    expect((await t.api({ method: 'POST', url: '/api/v1/needs', token: b.pm.token, payload: { code: code('N'), nameLv: 'X', lifeSituationIds: [ls.id] } })).statusCode).toBe(403);
    // Naming another institution as the owner is for the state lead and admins.
    expect((await t.api({ method: 'POST', url: '/api/v1/needs', token: b.pm.token, payload: { code: code('N'), nameLv: 'X', ownerInstitutionId: a.inst.id } })).statusCode).toBe(403);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${bySector.id}`, token: sector.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(403);

    const stateLead = await buildUser(t.database.db, ministry.id);
    await assignRole(t.database.db, 'stateLead', ministry.id, stateLead.person.id, null);
    const byLead = await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${ls.id}`, token: stateLead.token, headers: h, payload: { nameEn: 'Birth of a child', ownerInstitutionId: b.inst.id } });
    expect(byLead.statusCode, byLead.body).toBe(200);
    expect(byLead.json().owner.id).toBe(b.inst.id);
    const nowB = await t.api({ method: 'PATCH', url: `/api/v1/life-situations/${ls.id}`, token: b.pm.token, headers: { 'if-match': '"2"' }, payload: { descriptionLv: 'Apraksts' } });
    expect(nowB.statusCode, nowB.body).toBe(200);
  });

  it('refuses stale edits with 409 and the current representation, and edits without If-Match with 428', async () => {
    const { pm } = await institutionWithManager();
    const ls = await createSituation(pm.token);
    const need = await createNeed(pm.token);
    for (const url of [`/api/v1/life-situations/${ls.id}`, `/api/v1/needs/${need.id}`]) {
      const first = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'First' } });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers.etag).toBe('"2"');
      const stale = await t.api({ method: 'PATCH', url, token: pm.token, headers: { 'if-match': '"1"' }, payload: { nameEn: 'Second' } });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.nameEn).toBe('First');
      expect((await t.api({ method: 'PATCH', url, token: pm.token, payload: { nameEn: 'Third' } })).statusCode).toBe(428);
    }
  });

  it('answers 404 for unknown ids', async () => {
    const { pm } = await institutionWithManager();
    const h = { 'if-match': '"1"' };
    for (const base of ['/api/v1/life-situations', '/api/v1/needs']) {
      expect((await t.api({ method: 'GET', url: `${base}/${UNKNOWN}` })).statusCode).toBe(404);
      expect((await t.api({ method: 'GET', url: `${base}/${UNKNOWN}/services` })).statusCode).toBe(404);
      expect((await t.api({ method: 'PATCH', url: `${base}/${UNKNOWN}`, token: pm.token, headers: h, payload: { nameEn: 'X' } })).statusCode).toBe(404);
    }
  });

  it('shows the services meeting a need and a life situation: published ones for the public, current versions for signed-in users', async () => {
    const { inst, pm } = await institutionWithManager();
    const benefit = await createNeed(pm.token, { nameLv: 'Saņemt bērna kopšanas pabalstu' });
    const registration = await createNeed(pm.token, { nameLv: 'Reģistrēt bērna dzimšanu' });
    const ls = await createSituation(pm.token, { needIds: [benefit.id, registration.id], newNeeds: [] });
    await buildServiceUsing(t.database.db, inst.id, { code: 'NS-A', published: { nameLv: 'Pabalsta piešķiršana', needIds: [benefit.id] } });
    await buildServiceUsing(t.database.db, inst.id, { code: 'NS-B', draft: { nameLv: 'Dzimšanas reģistrācija', needIds: [registration.id, benefit.id] } });
    await buildServiceUsing(t.database.db, inst.id, { code: 'NS-C', published: { nameLv: 'Nesaistīts pakalpojums' } });

    const anonNeed = (await t.api({ method: 'GET', url: `/api/v1/needs/${benefit.id}` })).json();
    expect(anonNeed.services.map((s: { code: string }) => s.code)).toEqual(['NS-A']);
    expect(anonNeed.serviceCount).toBe(1);
    const staffNeed = (await t.api({ method: 'GET', url: `/api/v1/needs/${benefit.id}`, token: pm.token })).json();
    expect(staffNeed.services.map((s: { code: string }) => s.code)).toEqual(['NS-A', 'NS-B']);

    const anonLs = await t.api({ method: 'GET', url: `/api/v1/life-situations/${ls.id}/services` });
    expect(anonLs.json().items.map((s: { code: string }) => s.code)).toEqual(['NS-A']);
    const staffLs = await t.api({ method: 'GET', url: `/api/v1/life-situations/${ls.id}/services?sort=nameLv`, token: pm.token });
    expect(staffLs.json().total).toBe(2);
    const b = staffLs.json().items.find((s: { code: string }) => s.code === 'NS-B');
    expect(b.matchedIds.sort()).toEqual([benefit.id, registration.id].sort());
    expect(staffLs.json().items.map((s: { nameLv: string }) => s.nameLv)).toEqual(['Dzimšanas reģistrācija', 'Pabalsta piešķiršana']);

    const pagedNeed = await t.api({ method: 'GET', url: `/api/v1/needs/${benefit.id}/services?pageSize=1`, token: pm.token });
    expect(pagedNeed.json()).toMatchObject({ total: 2, pageSize: 1 });
  });

  it('filters the lists by audience and text', async () => {
    const { inst, pm } = await institutionWithManager();
    const marker = code('Q');
    await createSituation(pm.token, { nameLv: `Uzņēmuma dibināšana ${marker}`, audience: 'businesses' });
    await createSituation(pm.token, { nameLv: `Bezdarbs ${marker}`, audience: 'residents' });
    const biz = await t.api({ method: 'GET', url: `/api/v1/life-situations?q=${marker}&audience=businesses` });
    expect(biz.json().items.map((l: { audience: string }) => l.audience)).toEqual(['businesses']);
    const mine = await t.api({ method: 'GET', url: `/api/v1/life-situations?ownerInstitutionId=${inst.id}&sort=nameLv&order=asc` });
    expect(mine.json().items.map((l: { nameLv: string }) => l.nameLv)).toEqual([`Bezdarbs ${marker}`, `Uzņēmuma dibināšana ${marker}`]);
    const needs = await t.api({ method: 'GET', url: `/api/v1/needs?ownerInstitutionId=${inst.id}` });
    expect(needs.json().total).toBe(2);
    expect((await t.api({ method: 'GET', url: '/api/v1/life-situations?audience=aliens' })).statusCode).toBe(400);
  });
});
