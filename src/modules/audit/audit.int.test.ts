import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { insertAuditEntry } from './audit.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** An institution whose portfolio manager has edited one of its people three times. */
async function personWithHistory() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  const created = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'Pēteris', familyName: 'Liepiņš', email: `p-${Date.now()}-${Math.random()}@example.lv`, institutionId: inst.id } });
  const person = created.json();
  const writes = [created];
  for (const [i, title] of ['Referents', 'Vecākais referents'].entries()) {
    writes.push(await t.api({ method: 'PATCH', url: `/api/v1/people/${person.id}`, token: pm.token, headers: { 'if-match': `"${i + 1}"` }, payload: { jobTitle: title } }));
  }
  return { inst, pm, person, writes };
}

describe('audit trail API', () => {
  it('shows an object’s history newest first, with who, when, before, after and the request id', async () => {
    const { pm, person, writes } = await personWithHistory();
    const r = await t.api({ method: 'GET', url: `/api/v1/audit/person/${person.id}`, token: pm.token });
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items;
    expect(items.map((e: { action: string }) => e.action)).toEqual(['person.update', 'person.update', 'person.create']);
    const [latest, , first] = items;
    expect(Object.keys(latest).sort()).toEqual(['action', 'actorName', 'actorPersonId', 'after', 'at', 'before', 'id', 'requestId']);
    expect(latest.actorPersonId).toBe(pm.person.id);
    expect(latest.actorName).toBe(`Anna ${pm.person.familyName}`);
    expect(latest.before.jobTitle).toBe('Referents');
    expect(latest.after.jobTitle).toBe('Vecākais referents');
    expect(latest.requestId).toBe(writes[2].headers['x-request-id']);
    expect(first.before).toBeNull();
    expect(new Date(latest.at).getTime()).toBeGreaterThanOrEqual(new Date(first.at).getTime());
    expect(r.json().nextBefore).toBeNull();
  });

  it('pages with a cursor of entry ids', async () => {
    const { pm, person } = await personWithHistory();
    const p1 = (await t.api({ method: 'GET', url: `/api/v1/audit/person/${person.id}?limit=2`, token: pm.token })).json();
    expect(p1.items).toHaveLength(2);
    expect(p1.nextBefore).toBe(p1.items[1].id);
    const p2 = (await t.api({ method: 'GET', url: `/api/v1/audit/person/${person.id}?limit=2&before=${p1.nextBefore}`, token: pm.token })).json();
    expect(p2.items.map((e: { action: string }) => e.action)).toEqual(['person.create']);
    expect(p2.items[0].id).toBeLessThan(p1.items[1].id);
    expect(p2.nextBefore).toBeNull();
  });

  it('refuses a bad cursor or limit with 400', async () => {
    const { pm, person } = await personWithHistory();
    const big = await t.api({ method: 'GET', url: `/api/v1/audit/person/${person.id}?limit=201`, token: pm.token });
    expect(big.statusCode).toBe(400);
    expect(big.json().errors[0].path).toBe('querystring.limit');
    const before = await t.api({ method: 'GET', url: `/api/v1/audit/person/${person.id}?before=abc`, token: pm.token });
    expect(before.statusCode).toBe(400);
    const type = await t.api({ method: 'GET', url: `/api/v1/audit/no-such-type!/${person.id}`, token: pm.token });
    expect(type.statusCode).toBe(400);
  });

  it('is readable by people who may read the institution internally, and by nobody else', async () => {
    const { inst, person } = await personWithHistory();
    const url = `/api/v1/audit/person/${person.id}`;
    const colleague = await buildUser(t.database.db, inst.id);
    expect((await t.api({ method: 'GET', url, token: colleague.token })).statusCode).toBe(200);

    const outsider = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    expect((await t.api({ method: 'GET', url, token: outsider.token })).statusCode).toBe(403);
    expect((await t.api({ method: 'GET', url })).statusCode).toBe(401);

    // The sector lead over the institution's ministry reads it; so does the state lead.
    const ministry = await buildInstitution(t.database.db, { kind: 'ministry' });
    const agency = await buildInstitution(t.database.db, { parentId: ministry.id });
    const agencyPm = await buildUser(t.database.db, agency.id);
    await assignRole(t.database.db, 'portfolioOwner', agency.id, agencyPm.person.id, agency.id);
    const sectorLead = await buildUser(t.database.db, ministry.id);
    await assignRole(t.database.db, 'sectorLead', ministry.id, sectorLead.person.id, ministry.id);
    expect((await t.api({ method: 'GET', url: `/api/v1/audit/institution/${agency.id}`, token: sectorLead.token })).statusCode).toBe(200);
    expect((await t.api({ method: 'GET', url: `/api/v1/audit/person/${agencyPm.person.id}`, token: sectorLead.token })).statusCode).toBe(200);
    expect((await t.api({ method: 'GET', url, token: sectorLead.token })).statusCode).toBe(403);

    const varam = await buildInstitution(t.database.db, { kind: 'ministry' });
    const stateLead = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'stateLead', varam.id, stateLead.person.id, null);
    expect((await t.api({ method: 'GET', url, token: stateLead.token })).statusCode).toBe(200);
  });

  it('shows role assignment history to both the holder and the scope’s institution', async () => {
    const { inst, pm } = await personWithHistory();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const staff = await buildUser(t.database.db, inst.id);
    const a = await t.api({ method: 'POST', url: '/api/v1/role-assignments', token: admin.token, payload: { role: 'resourcePortfolioOwner', institutionId: inst.id, personId: staff.person.id, scopeId: inst.id } });
    expect(a.statusCode, a.body).toBe(201);
    const trail = await t.api({ method: 'GET', url: `/api/v1/audit/roleAssignment/${a.json().id}`, token: pm.token });
    expect(trail.statusCode).toBe(200);
    expect(trail.json().items[0]).toMatchObject({ action: 'roleAssignment.appoint', actorPersonId: admin.person.id, before: null });
    expect(trail.json().items[0].after.personId).toBe(staff.person.id);
  });

  it('keeps trails of objects it cannot place in an institution for administrators and the state lead', async () => {
    const { inst, pm } = await personWithHistory();
    await t.database.db.transaction(async (tx) => {
      await insertAuditEntry(tx, { action: 'policyVersion.activate', entityType: 'policyVersion', entityId: 'v1', after: { status: 'active' }, requestId: 'seed' });
    });
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const r = await t.api({ method: 'GET', url: '/api/v1/audit/policyVersion/v1', token: admin.token });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items[0]).toMatchObject({ action: 'policyVersion.activate', actorPersonId: null, actorName: null, requestId: 'seed' });
    expect((await t.api({ method: 'GET', url: '/api/v1/audit/policyVersion/v1', token: pm.token })).statusCode).toBe(403);
  });

  it('answers 404 for an object that does not exist and never had a history', async () => {
    const { inst, pm } = await personWithHistory();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await t.api({ method: 'GET', url: `/api/v1/audit/person/${missing}`, token: pm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/audit/person/${missing}`, token: admin.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: '/api/v1/audit/person/not-a-uuid', token: admin.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: '/api/v1/audit/somethingElse/x', token: admin.token })).statusCode).toBe(404);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    const { person } = await personWithHistory();
    const db = t.database.db;
    const count = async () => Number(((await db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${person.id}`)) as unknown as { rows: { n: number }[] }).rows[0].n);
    const n = await count();
    expect(n).toBe(3);
    await expect(db.execute(sql`update audit_log set action = 'forged' where entity_id = ${person.id}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where entity_id = ${person.id}`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await count()).toBe(n);
    const actions = ((await db.execute(sql`select action from audit_log where entity_id = ${person.id} order by id`)) as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);
    expect(actions).not.toContain('forged');
  });
});
