import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const uniq = () => Math.random().toString(36).slice(2, 10);

/** An institution with its portfolio manager (who may keep its people). */
async function institutionWithManager() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  return { inst, pm };
}

describe('people API', () => {
  it('lets a portfolio manager register, find, rename and deactivate a person of their institution', async () => {
    const { inst, pm } = await institutionWithManager();
    const email = `Janis.${uniq()}@Example.lv`;
    const created = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'Jānis', familyName: 'Kalniņš', email, jobTitle: 'Vecākais referents', institutionId: inst.id } });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    expect(p.email).toBe(email.toLowerCase());
    expect(p.active).toBe(true);
    expect(p.institution.id).toBe(inst.id);
    expect(p.activeRoles).toEqual([]);
    expect(p.hasAccount).toBe(false);
    expect(created.headers.etag).toBe('"1"');

    const found = await t.api({ method: 'GET', url: `/api/v1/people?institutionId=${inst.id}&q=kalni`, token: pm.token });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect(found.json().total).toBe(1);

    const renamed = await t.api({ method: 'PATCH', url: `/api/v1/people/${p.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { familyName: 'Ozoliņš' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().familyName).toBe('Ozoliņš');
    expect(renamed.headers.etag).toBe('"2"');

    const off = await t.api({ method: 'PATCH', url: `/api/v1/people/${p.id}`, token: pm.token, headers: { 'if-match': '"2"' }, payload: { active: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);

    const activeOnly = await t.api({ method: 'GET', url: `/api/v1/people?institutionId=${inst.id}&active=true`, token: pm.token });
    expect(activeOnly.json().items.map((x: { id: string }) => x.id)).toEqual([pm.person.id]);
    const inactive = await t.api({ method: 'GET', url: `/api/v1/people?institutionId=${inst.id}&active=false`, token: pm.token });
    expect(inactive.json().items.map((x: { id: string }) => x.id)).toEqual([p.id]);

    // The deactivated person keeps their record and history.
    const trail = await t.api({ method: 'GET', url: `/api/v1/audit/person/${p.id}`, token: pm.token });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().items.map((e: { action: string }) => e.action)).toEqual(['person.deactivate', 'person.update', 'person.create']);
  });

  it('pages and sorts the list', async () => {
    const { inst, pm } = await institutionWithManager();
    for (const family of ['Ābele', 'Zariņa', 'Liepa']) {
      const r = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'Ilze', familyName: family, email: `${uniq()}@example.lv`, institutionId: inst.id } });
      expect(r.statusCode, r.body).toBe(201);
    }
    const page = await t.api({ method: 'GET', url: `/api/v1/people?institutionId=${inst.id}&q=ilze&sort=familyName&order=desc&pageSize=2&page=1`, token: pm.token });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().total).toBe(3);
    expect(page.json().items.map((x: { familyName: string }) => x.familyName)).toEqual(['Zariņa', 'Liepa']);
    const bad = await t.api({ method: 'GET', url: '/api/v1/people?sort=salary&active=maybe', token: pm.token });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['querystring.active', 'querystring.sort']);
  });

  it('shows a person with the roles they perform now', async () => {
    const { inst, pm } = await institutionWithManager();
    const r = await t.api({ method: 'GET', url: `/api/v1/people/${pm.person.id}`, token: pm.token });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().activeRoles).toEqual([expect.objectContaining({ role: 'portfolioOwner', institutionId: inst.id, scopeType: 'institution', scopeId: inst.id })]);
    expect(r.json().hasAccount).toBe(true);
    expect(r.headers.etag).toBe('"1"');
  });

  it('keeps people away from anonymous callers (401) but lets any signed-in user read them', async () => {
    const { inst, pm } = await institutionWithManager();
    const anonList = await t.api({ method: 'GET', url: '/api/v1/people' });
    expect(anonList.statusCode).toBe(401);
    const anonOne = await t.api({ method: 'GET', url: `/api/v1/people/${pm.person.id}` });
    expect(anonOne.statusCode).toBe(401);
    const anonWrite = await t.api({ method: 'POST', url: '/api/v1/people', payload: { givenName: 'A', familyName: 'B', email: `${uniq()}@example.lv`, institutionId: inst.id } });
    expect(anonWrite.statusCode).toBe(401);
    const other = await buildUser(t.database.db, (await buildInstitution(t.database.db)).id);
    const read = await t.api({ method: 'GET', url: `/api/v1/people/${pm.person.id}`, token: other.token });
    expect(read.statusCode).toBe(200);
  });

  it('refuses bad input with 400 naming the fields, and unknown ids with 404', async () => {
    const { inst, pm } = await institutionWithManager();
    const bad = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: '', familyName: 'X', email: 'not-an-email', institutionId: inst.id, salary: 1 } });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['email', 'givenName']));
    expect(bad.json().errors.some((e: { code: string }) => e.code === 'unrecognized_keys')).toBe(true);

    const badPatch = await t.api({ method: 'PATCH', url: `/api/v1/people/${pm.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { active: 'no', email: 'x' } });
    expect(badPatch.statusCode).toBe(400);
    expect(badPatch.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['active', 'email']);

    const badEtag = await t.api({ method: 'PATCH', url: `/api/v1/people/${pm.person.id}`, token: pm.token, headers: { 'if-match': 'yesterday' }, payload: { jobTitle: 'X' } });
    expect(badEtag.statusCode).toBe(400);

    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const unknownInst = await t.api({ method: 'POST', url: '/api/v1/people', token: admin.token, payload: { givenName: 'A', familyName: 'B', email: `${uniq()}@example.lv`, institutionId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknownInst.statusCode).toBe(400);
    expect(unknownInst.json().errors[0].path).toBe('institutionId');

    const missing = '00000000-0000-4000-8000-000000000001';
    expect((await t.api({ method: 'GET', url: `/api/v1/people/${missing}`, token: pm.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'PATCH', url: `/api/v1/people/${missing}`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { jobTitle: 'X' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'POST', url: `/api/v1/people/${missing}/account`, token: admin.token, payload: { login: 'nobody', password: 'a-long-password-1' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: '/api/v1/people/not-a-uuid', token: pm.token })).statusCode).toBe(400);
  });

  it('refuses a duplicate e-mail with 409 naming the field, whatever its letter case', async () => {
    const { inst, pm } = await institutionWithManager();
    const email = `dup.${uniq()}@example.lv`;
    const first = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'A', familyName: 'B', email, institutionId: inst.id } });
    expect(first.statusCode, first.body).toBe(201);
    const second = await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'C', familyName: 'D', email: email.toUpperCase(), institutionId: inst.id } });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('duplicate');
    expect(second.json().errors[0].path).toBe('email');
    const change = await t.api({ method: 'PATCH', url: `/api/v1/people/${pm.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { email } });
    expect(change.statusCode).toBe(409);
    expect(change.json().errors[0].path).toBe('email');
  });

  it('refuses writes to people of another institution with 403, and writes by people without a managing role', async () => {
    const a = await institutionWithManager();
    const b = await institutionWithManager();
    const intoB = await t.api({ method: 'POST', url: '/api/v1/people', token: a.pm.token, payload: { givenName: 'A', familyName: 'B', email: `${uniq()}@example.lv`, institutionId: b.inst.id } });
    expect(intoB.statusCode).toBe(403);
    const editB = await t.api({ method: 'PATCH', url: `/api/v1/people/${b.pm.person.id}`, token: a.pm.token, headers: { 'if-match': '"1"' }, payload: { jobTitle: 'Hacked' } });
    expect(editB.statusCode).toBe(403);
    // Moving one's own person into another institution changes that institution too.
    const staff = await buildUser(t.database.db, a.inst.id);
    const move = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: a.pm.token, headers: { 'if-match': '"1"' }, payload: { institutionId: b.inst.id } });
    expect(move.statusCode).toBe(403);
    const plain = await t.api({ method: 'POST', url: '/api/v1/people', token: staff.token, payload: { givenName: 'A', familyName: 'B', email: `${uniq()}@example.lv`, institutionId: a.inst.id } });
    expect(plain.statusCode).toBe(403);
  });

  it('lets a resource-portfolio manager and the state lead keep people', async () => {
    const inst = await buildInstitution(t.database.db);
    const rpm = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', inst.id, rpm.person.id, inst.id);
    const r1 = await t.api({ method: 'POST', url: '/api/v1/people', token: rpm.token, payload: { givenName: 'A', familyName: 'B', email: `${uniq()}@example.lv`, institutionId: inst.id } });
    expect(r1.statusCode, r1.body).toBe(201);
    const varam = await buildInstitution(t.database.db, { kind: 'ministry' });
    const lead = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'stateLead', varam.id, lead.person.id, null);
    const r2 = await t.api({ method: 'POST', url: '/api/v1/people', token: lead.token, payload: { givenName: 'C', familyName: 'D', email: `${uniq()}@example.lv`, institutionId: inst.id } });
    expect(r2.statusCode, r2.body).toBe(201);
  });

  it('refuses a stale edit with 409 and the current person', async () => {
    const { pm } = await institutionWithManager();
    const staff = await buildUser(t.database.db, pm.person.institutionId);
    const first = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { jobTitle: 'Pirmais' } });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { jobTitle: 'Otrais' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('staleVersion');
    expect(second.json().current.jobTitle).toBe('Pirmais');
    const none = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: pm.token, payload: { jobTitle: 'Trešais' } });
    expect(none.statusCode).toBe(428);
  });

  it('refuses to deactivate a person who still performs roles', async () => {
    const { inst, pm } = await institutionWithManager();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const r = await t.api({ method: 'PATCH', url: `/api/v1/people/${pm.person.id}`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { active: false } });
    expect(r.statusCode).toBe(409);
    expect(r.json().errors[0].path).toBe('active');
    expect(r.json().current.active).toBe(true);
  });

  it('signs a deactivated person out for good, and lets an administrator move a person without roles', async () => {
    const { inst, pm } = await institutionWithManager();
    const staff = await buildUser(t.database.db, inst.id);
    expect((await t.api({ method: 'GET', url: '/api/v1/people', token: staff.token })).statusCode).toBe(200);
    const off = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { active: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect((await t.api({ method: 'GET', url: '/api/v1/people', token: staff.token })).statusCode).toBe(401);

    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const elsewhere = await buildInstitution(t.database.db);
    const moved = await t.api({ method: 'PATCH', url: `/api/v1/people/${staff.person.id}`, token: admin.token, headers: { 'if-match': '"2"' }, payload: { institutionId: elsewhere.id, active: true } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ institutionId: elsewhere.id, active: true, institution: { id: elsewhere.id } });
    const pmMove = await t.api({ method: 'PATCH', url: `/api/v1/people/${pm.person.id}`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { institutionId: elsewhere.id } });
    expect(pmMove.statusCode).toBe(409);
    expect(pmMove.json().errors[0].path).toBe('institutionId');
  });

  it('lets a system administrator create a sign-in account that works, and never returns the hash', async () => {
    const { inst, pm } = await institutionWithManager();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const person = (await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'Līga', familyName: 'Sprūde', email: `${uniq()}@example.lv`, institutionId: inst.id } })).json();
    const login = `liga.${uniq()}`;

    const byPm = await t.api({ method: 'POST', url: `/api/v1/people/${person.id}/account`, token: pm.token, payload: { login, password: 'drosa-parole-123' } });
    expect(byPm.statusCode).toBe(403);
    const short = await t.api({ method: 'POST', url: `/api/v1/people/${person.id}/account`, token: admin.token, payload: { login, password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('password');
    const badLogin = await t.api({ method: 'POST', url: `/api/v1/people/${person.id}/account`, token: admin.token, payload: { login: 'has space', password: 'drosa-parole-123', role: 'x' } });
    expect(badLogin.statusCode).toBe(400);

    const ok = await t.api({ method: 'POST', url: `/api/v1/people/${person.id}/account`, token: admin.token, payload: { login, password: 'drosa-parole-123' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ id: expect.any(String), personId: person.id, login, isSystemAdmin: false, createdAt: expect.any(String) });
    expect(ok.body).not.toContain('argon2');

    const signIn = await t.api({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password: 'drosa-parole-123' } });
    expect(signIn.statusCode, signIn.body).toBe(200);
    expect(signIn.json().personId).toBe(person.id);

    const again = await t.api({ method: 'POST', url: `/api/v1/people/${person.id}/account`, token: admin.token, payload: { login: `${login}-2`, password: 'drosa-parole-123' } });
    expect(again.statusCode).toBe(409);
    const other = await buildUser(t.database.db, inst.id);
    const otherPerson = (await t.api({ method: 'POST', url: '/api/v1/people', token: pm.token, payload: { givenName: 'X', familyName: 'Y', email: `${uniq()}@example.lv`, institutionId: inst.id } })).json();
    const taken = await t.api({ method: 'POST', url: `/api/v1/people/${otherPerson.id}/account`, token: admin.token, payload: { login: other.login.toUpperCase(), password: 'drosa-parole-123' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].path).toBe('login');

    const trail = await t.api({ method: 'GET', url: `/api/v1/audit/account/${ok.json().id}`, token: admin.token });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.body).not.toContain('argon2');
    expect(trail.body).not.toContain('drosa-parole');
  });
});
