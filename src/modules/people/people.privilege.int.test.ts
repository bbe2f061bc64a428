/**
 * Who may change whom, and who sees whose contacts (issue 9, finding 4):
 * a person is changed only by someone whose scope covers everything they hold,
 * the last active system administrator is never deactivated, and e-mail and
 * phone go only to the person themself and to those who may change them.
 */
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { SYSTEM_ACTOR } from '../../platform/actor.js';
import { queryRows } from '../../platform/db/database.js';
import { accounts } from '../auth/auth.table.js';
import { updatePerson } from './people.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const en = { 'accept-language': 'en' };

/** An institution with its portfolio manager (who may keep its people). */
async function institutionWithManager() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  return { inst, pm };
}

type Token = { token: string };
const patch = (app: TestApp, who: Token, id: string, version: number, payload: Record<string, unknown>) =>
  app.api({ method: 'PATCH', url: `/api/v1/people/${id}`, token: who.token, headers: { 'if-match': `"${version}"`, ...en }, payload });
const getPerson = (who: Token, id: string) => t.api({ method: 'GET', url: `/api/v1/people/${id}`, token: who.token });
const listOf = async (who: Token, query: string) => {
  const r = await t.api({ method: 'GET', url: `/api/v1/people?${query}`, token: who.token });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().items as Record<string, unknown>[];
};

describe('who may change a person', () => {
  it('refuses a portfolio manager editing or deactivating the system administrator of their own institution (403 naming who may)', async () => {
    const { inst, pm } = await institutionWithManager();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    for (const payload of [{ active: false }, { email: `taken-over-${Date.now()}@example.lv` }, { phone: '+371 20000001' }, { jobTitle: 'Bijušais' }]) {
      const r = await patch(t, pm, admin.person.id, 1, payload);
      expect(r.statusCode, r.body).toBe(403);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toBe('forbidden');
      expect(r.json().title).toContain('Only a system administrator');
    }
    const lv = await t.api({ method: 'PATCH', url: `/api/v1/people/${admin.person.id}`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { active: false } });
    expect(lv.json().title).toContain('tikai sistēmas administrators');
    const still = (await getPerson(admin, admin.person.id)).json();
    expect(still).toMatchObject({ active: true, version: 1, email: admin.person.email });
  });

  it('refuses a portfolio manager editing a person who holds a role in another institution, naming both institutions', async () => {
    const a = await institutionWithManager();
    const b = await buildInstitution(t.database.db);
    const staff = await buildUser(t.database.db, a.inst.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', b.id, staff.person.id, b.id);
    const r = await patch(t, a.pm, staff.person.id, 1, { jobTitle: 'Pārcelts' });
    expect(r.statusCode, r.body).toBe(403);
    expect(r.json().title).toContain(a.inst.code);
    expect(r.json().title).toContain(b.code);
    const off = await patch(t, a.pm, staff.person.id, 1, { active: false });
    expect(off.statusCode, off.body).toBe(403);
  });

  it('keeps the person of the state-wide role from their portfolio manager; the state lead may not edit an administrator but may edit people with roles in several institutions', async () => {
    const varam = await buildInstitution(t.database.db, { kind: 'ministry' });
    const lead = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'stateLead', varam.id, lead.person.id, null);
    const pm = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'portfolioOwner', varam.id, pm.person.id, varam.id);
    const byPm = await patch(t, pm, lead.person.id, 1, { phone: '+371 20000002' });
    expect(byPm.statusCode, byPm.body).toBe(403);
    expect(byPm.json().title).toContain('state-wide role');
    const admin = await buildUser(t.database.db, varam.id, { isSystemAdmin: true });
    expect((await patch(t, lead, admin.person.id, 1, { jobTitle: 'X' })).statusCode).toBe(403);
    const a = await buildInstitution(t.database.db);
    const b = await buildInstitution(t.database.db);
    const staff = await buildUser(t.database.db, a.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', b.id, staff.person.id, b.id);
    const ok = await patch(t, lead, staff.person.id, 1, { jobTitle: 'Referents' });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('lets a system administrator edit and deactivate another administrator and a person with roles elsewhere', async () => {
    const { inst } = await institutionWithManager();
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const other = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const edited = await patch(t, admin, other.person.id, 1, { jobTitle: 'Sistēmas administrators', phone: '+371 20000003' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ email: other.person.email, phone: '+371 20000003', allowedActions: ['edit', 'deactivate', 'createAccount'] });
    const off = await patch(t, admin, other.person.id, 2, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    const b = await buildInstitution(t.database.db);
    const staff = await buildUser(t.database.db, inst.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', b.id, staff.person.id, b.id);
    expect((await patch(t, admin, staff.person.id, 1, { jobTitle: 'Resursu kopuma vadītājs' })).statusCode).toBe(200);
  });
});

describe('the last active system administrator', () => {
  // A database of its own: the count of active administrators is register-wide.
  let solo: TestApp;
  beforeAll(async () => {
    solo = await createTestApp();
  });
  afterAll(async () => solo?.close());

  it('is never deactivated (409 with the reason), not even by themself; a disabled account does not count as another administrator', async () => {
    const db = solo.database.db;
    const inst = await buildInstitution(db);
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts where is_system_admin`);
    expect(n).toBe(0);
    const admin = await buildUser(db, inst.id, { isSystemAdmin: true });
    const dormant = await buildUser(db, inst.id, { isSystemAdmin: true });
    await db.update(accounts).set({ disabledAt: new Date() }).where(eq(accounts.id, dormant.account.id));

    const self = await patch(solo, admin, admin.person.id, 1, { active: false });
    expect(self.statusCode, self.body).toBe(409);
    expect(self.json().code).toBe('state');
    expect(self.json().errors).toEqual([{ path: 'active', code: 'lastSystemAdmin', message: expect.stringContaining('only active system administrator') }]);
    expect(self.json().current.active).toBe(true);
    // Nor by anyone else: the command-line actor has every right and is still refused.
    await expect(updatePerson(db, { actor: SYSTEM_ACTOR, requestId: 'cli' }, admin.person.id, 1, { active: false })).rejects.toMatchObject({ status: 409, code: 'state' });

    // With a second active administrator either may go, but not both.
    const second = await buildUser(db, inst.id, { isSystemAdmin: true });
    const offSecond = await patch(solo, admin, second.person.id, 1, { active: false });
    expect(offSecond.statusCode, offSecond.body).toBe(200);
    const again = await patch(solo, admin, admin.person.id, 1, { active: false });
    expect(again.statusCode, again.body).toBe(409);
    // Other edits of the last administrator stay possible.
    expect((await patch(solo, admin, admin.person.id, 1, { jobTitle: 'Administrators' })).statusCode).toBe(200);
  });

  it('survives two administrators deactivating each other at the same time', async () => {
    const db = solo.database.db;
    const inst = await buildInstitution(db);
    const x = await buildUser(db, inst.id, { isSystemAdmin: true });
    const y = await buildUser(db, inst.id, { isSystemAdmin: true });
    // The earlier test leaves one active administrator; end it so x and y are the only two.
    await db
      .update(accounts)
      .set({ disabledAt: new Date() })
      .where(and(eq(accounts.isSystemAdmin, true), notInArray(accounts.id, [x.account.id, y.account.id])));
    const [a, b] = await Promise.all([patch(solo, x, y.person.id, 1, { active: false }), patch(solo, y, x.person.id, 1, { active: false })]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes[0], `${a.body}\n${b.body}`).toBe(200);
    expect([401, 409]).toContain(codes[1]);
    const [{ n }] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from accounts join people on people.id = accounts.person_id where is_system_admin and disabled_at is null and people.active`,
    );
    expect(n).toBe(1);
  });
});

describe('who sees e-mail and phone', () => {
  it('hides the contacts of others from a signed-in user without a managing role, but shows them their own', async () => {
    const { inst, pm } = await institutionWithManager();
    const me = await buildUser(t.database.db, inst.id);
    const items = await listOf(me, `institutionId=${inst.id}`);
    expect(items).toHaveLength(2);
    const mine = items.find((p) => p.id === me.person.id)!;
    const theirs = items.find((p) => p.id === pm.person.id)!;
    expect(mine).toMatchObject({ email: me.person.email, phone: null });
    expect(theirs).not.toHaveProperty('email');
    expect(theirs).not.toHaveProperty('phone');
    expect(theirs).toMatchObject({ givenName: pm.person.givenName, familyName: pm.person.familyName, allowedActions: [] });

    const one = (await getPerson(me, pm.person.id)).json();
    expect(one).not.toHaveProperty('email');
    expect(one).not.toHaveProperty('phone');
    expect((await getPerson(me, me.person.id)).json().email).toBe(me.person.email);
  });

  it('does not confirm an e-mail address the searcher may not see', async () => {
    const { inst, pm } = await institutionWithManager();
    const me = await buildUser(t.database.db, inst.id);
    expect(await listOf(me, `q=${encodeURIComponent(pm.person.email)}`)).toEqual([]);
    expect((await listOf(me, `q=${encodeURIComponent(me.person.email)}`)).map((p) => p.id)).toEqual([me.person.id]);
    expect((await listOf(pm, `q=${encodeURIComponent(me.person.email)}`)).map((p) => p.id)).toEqual([me.person.id]);
  });

  it('shows contacts to the managers in scope and the system administrator, not to the manager of another institution', async () => {
    const a = await institutionWithManager();
    const b = await institutionWithManager();
    const staff = await buildUser(t.database.db, a.inst.id);
    const admin = await buildUser(t.database.db, b.inst.id, { isSystemAdmin: true });

    const byManager = (await listOf(a.pm, `institutionId=${a.inst.id}`)).find((p) => p.id === staff.person.id)!;
    expect(byManager).toMatchObject({ email: staff.person.email, phone: null });
    expect((await getPerson(a.pm, staff.person.id)).json().email).toBe(staff.person.email);
    expect((await getPerson(admin, staff.person.id)).json().email).toBe(staff.person.email);
    const byOther = (await getPerson(b.pm, staff.person.id)).json();
    expect(byOther).not.toHaveProperty('email');
    // A manager does not see the contacts of an administrator they may not change.
    expect((await getPerson(b.pm, admin.person.id)).json()).not.toHaveProperty('email');
  });
});

describe('allowedActions', () => {
  it('lists what the caller may do, from the same policy that authorises the writes', async () => {
    const { inst, pm } = await institutionWithManager();
    const staff = await buildUser(t.database.db, inst.id);
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    expect((await getPerson(pm, staff.person.id)).json().allowedActions).toEqual(['edit', 'deactivate']);
    expect((await getPerson(pm, admin.person.id)).json().allowedActions).toEqual([]);
    expect((await getPerson(staff, staff.person.id)).json().allowedActions).toEqual([]);
    expect((await getPerson(admin, admin.person.id)).json().allowedActions).toEqual(['edit', 'deactivate', 'createAccount']);
    const list = await listOf(pm, `institutionId=${inst.id}`);
    expect(Object.fromEntries(list.map((p) => [p.id, p.allowedActions]))).toEqual({
      [pm.person.id]: ['edit', 'deactivate'],
      [staff.person.id]: ['edit', 'deactivate'],
      [admin.person.id]: [],
    });
    const patched = await patch(t, pm, staff.person.id, 1, { jobTitle: 'Referents' });
    expect(patched.json().allowedActions).toEqual(['edit', 'deactivate']);
  });
});
