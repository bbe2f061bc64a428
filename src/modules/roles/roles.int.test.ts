import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildInstitution, buildUser } from '../../../test/helpers/factories.js';
import { services, serviceVersionProviders, serviceVersions } from '../services/services.table.js';
import { resources } from '../resources/resources.table.js';
import { people } from '../people/people.table.js';
import { roleAssignments } from './roles.table.js';
import { activeServiceManagerCount, portfolioManagerOf, providerPeopleCounts } from './roles.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const code = (p: string) => `${p}-${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
const MISSING = '00000000-0000-4000-8000-000000000000';

/** The services module is written in parallel: tests insert service rows directly. */
async function buildService(ownerInstitutionId: string, over: Partial<typeof services.$inferInsert> = {}) {
  const [s] = await t.database.db.insert(services).values({ code: code('S'), ownerInstitutionId, ...over }).returning();
  return s;
}

async function buildResource(institutionId: string) {
  const [r] = await t.database.db.insert(resources).values({ code: code('R'), institutionId, kind: 'digitalTechnology', nameLv: 'Informācijas sistēma' }).returning();
  return r;
}

/** An institution with its portfolio manager and a system administrator. */
async function setup() {
  const inst = await buildInstitution(t.database.db);
  const pm = await buildUser(t.database.db, inst.id);
  await assignRole(t.database.db, 'portfolioOwner', inst.id, pm.person.id, inst.id);
  const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
  return { inst, pm, admin };
}

const appoint = (token: string, payload: Record<string, unknown>) => t.api({ method: 'POST', url: '/api/v1/role-assignments', token, payload });

describe('role assignments API', () => {
  it('lets a portfolio manager appoint a service manager for their own service, shown in lists and on the person', async () => {
    const { inst, pm } = await setup();
    const svc = await buildService(inst.id);
    const staff = await buildUser(t.database.db, inst.id);
    const r = await appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: staff.person.id, scopeId: svc.id });
    expect(r.statusCode, r.body).toBe(201);
    const a = r.json();
    expect(a).toMatchObject({ role: 'serviceOwner', scopeType: 'service', scopeId: svc.id, scopeCode: svc.code, active: true, endedAt: null, version: 1 });
    expect(a.person).toMatchObject({ id: staff.person.id, familyName: staff.person.familyName });
    expect(r.headers.etag).toBe('"1"');

    const one = await t.api({ method: 'GET', url: `/api/v1/role-assignments/${a.id}`, token: staff.token });
    expect(one.statusCode).toBe(200);
    expect(one.json().institution.code).toBe(inst.code);

    const list = await t.api({ method: 'GET', url: `/api/v1/role-assignments?scopeId=${svc.id}&role=serviceOwner&active=true`, token: staff.token });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const byPerson = await t.api({ method: 'GET', url: `/api/v1/role-assignments?personId=${staff.person.id}&scopeType=service&institutionId=${inst.id}`, token: staff.token });
    expect(byPerson.json().total).toBe(1);

    const person = await t.api({ method: 'GET', url: `/api/v1/people/${staff.person.id}`, token: staff.token });
    expect(person.json().activeRoles.map((x: { id: string }) => x.id)).toEqual([a.id]);

    expect(await activeServiceManagerCount(t.database.db, svc.id)).toBe(1);
    expect((await portfolioManagerOf(t.database.db, inst.id))?.personId).toBe(pm.person.id);
  });

  it('R13 refuses a second service manager for one service with 409 and the rule, and replacing hands it over in one step', async () => {
    const { inst, pm } = await setup();
    const svc = await buildService(inst.id);
    const first = await buildUser(t.database.db, inst.id);
    const second = await buildUser(t.database.db, inst.id);
    const a = (await appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: first.person.id, scopeId: svc.id })).json();

    const clash = await t.api({ method: 'POST', url: '/api/v1/role-assignments', token: pm.token, headers: { 'accept-language': 'en' }, payload: { role: 'serviceOwner', institutionId: inst.id, personId: second.person.id, scopeId: svc.id } });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('ruleViolation');
    expect(clash.json().violations[0]).toMatchObject({ rule: 'R13', code: 'role.serviceOwner.singleHolder' });
    expect(clash.json().errors[0].message).toContain(`/role-assignments/${a.id}/replace`);

    const replaced = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/replace`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { personId: second.person.id } });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().ended).toMatchObject({ id: a.id, active: false, version: 2 });
    expect(replaced.json().appointed).toMatchObject({ personId: second.person.id, scopeId: svc.id, active: true });
    expect(await activeServiceManagerCount(t.database.db, svc.id)).toBe(1);

    const history = await t.api({ method: 'GET', url: `/api/v1/role-assignments?scopeId=${svc.id}&sort=createdAt`, token: pm.token });
    expect(history.json().items.map((x: { active: boolean }) => x.active)).toEqual([false, true]);
    const trail = await t.api({ method: 'GET', url: `/api/v1/audit/roleAssignment/${a.id}`, token: pm.token });
    expect(trail.json().items.map((e: { action: string }) => e.action)).toEqual(['roleAssignment.replace', 'roleAssignment.appoint']);
    expect(trail.json().items[0].actorPersonId).toBe(pm.person.id);
  });

  it('R13 lets exactly one of two simultaneous appointments of a service manager succeed; the other gets 409, not 500', async () => {
    const { inst, pm } = await setup();
    const svc = await buildService(inst.id);
    const x = await buildUser(t.database.db, inst.id);
    const y = await buildUser(t.database.db, inst.id);
    const results = await Promise.all([
      appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: x.person.id, scopeId: svc.id }),
      appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: y.person.id, scopeId: svc.id }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().violations[0].rule).toBe('R13');
    expect(await activeServiceManagerCount(t.database.db, svc.id)).toBe(1);
  });

  // Only a server has concurrent connections: embedded PGlite runs one transaction at a time.
  it.runIf(!!process.env.DATABASE_URL)('R13 answers 409 when the database index, not the pre-check, catches the second service manager', async () => {
    const { inst, pm } = await setup();
    const svc = await buildService(inst.id);
    const x = (await buildUser(t.database.db, inst.id)).person;
    const y = (await buildUser(t.database.db, inst.id)).person;
    let pending: Promise<{ statusCode: number; json(): { violations: { rule: string }[] } }> | undefined;
    // Another writer has inserted a manager but not committed yet: our pre-check cannot see it, our insert waits on the index.
    await t.database.db.transaction(async (tx) => {
      await tx.insert(roleAssignments).values({ role: 'serviceOwner', institutionId: inst.id, personId: x.id, scopeType: 'service', scopeId: svc.id });
      pending = appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: y.id, scopeId: svc.id });
      await new Promise((r) => setTimeout(r, 500));
    });
    const r = await pending!;
    expect(r.statusCode).toBe(409);
    expect(r.json().violations[0].rule).toBe('R13');
  });

  it('R14 refuses a second portfolio manager, R15 a second resource-portfolio manager, R16 a second resource manager', async () => {
    const { inst, admin } = await setup();
    const other = await buildUser(t.database.db, inst.id);
    const r14 = await appoint(admin.token, { role: 'portfolioOwner', institutionId: inst.id, personId: other.person.id, scopeId: inst.id });
    expect(r14.statusCode).toBe(409);
    expect(r14.json().violations[0].rule).toBe('R14');

    const rpm1 = await appoint(admin.token, { role: 'resourcePortfolioOwner', institutionId: inst.id, personId: other.person.id, scopeId: inst.id });
    expect(rpm1.statusCode, rpm1.body).toBe(201);
    const rpm2 = await appoint(admin.token, { role: 'resourcePortfolioOwner', institutionId: inst.id, personId: admin.person.id, scopeId: inst.id });
    expect(rpm2.statusCode).toBe(409);
    expect(rpm2.json().violations[0].rule).toBe('R15');

    const res = await buildResource(inst.id);
    expect((await appoint(admin.token, { role: 'resourceOwner', institutionId: inst.id, personId: other.person.id, scopeId: res.id })).statusCode).toBe(201);
    const r16 = await appoint(admin.token, { role: 'resourceOwner', institutionId: inst.id, personId: admin.person.id, scopeId: res.id });
    expect(r16.statusCode).toBe(409);
    expect(r16.json().violations[0].rule).toBe('R16');
  });

  it('R17 lets only a ministry be the state lead, its own sector lead, and a municipality its own municipal lead', async () => {
    const { inst, admin } = await setup();
    const ministry = await buildInstitution(t.database.db, { kind: 'ministry' });
    const otherMinistry = await buildInstitution(t.database.db, { kind: 'ministry' });
    const municipality = await buildInstitution(t.database.db, { kind: 'municipality', groupCode: 'derivedPublicPerson' });
    const minister = (await buildUser(t.database.db, ministry.id)).person;
    const mayor = (await buildUser(t.database.db, municipality.id)).person;
    const agencyPerson = (await buildUser(t.database.db, inst.id)).person;

    const badState = await appoint(admin.token, { role: 'stateLead', institutionId: inst.id, personId: agencyPerson.id, scopeId: null });
    expect(badState.statusCode).toBe(422);
    expect(badState.json().violations.map((v: { rule: string }) => v.rule)).toEqual(['R17']);
    const stateWithScope = await appoint(admin.token, { role: 'stateLead', institutionId: ministry.id, personId: minister.id, scopeId: ministry.id });
    expect(stateWithScope.statusCode).toBe(400);
    expect(stateWithScope.json().errors[0].path).toBe('scopeId');

    const badSector = await appoint(admin.token, { role: 'sectorLead', institutionId: ministry.id, personId: minister.id, scopeId: otherMinistry.id });
    expect(badSector.statusCode).toBe(422);
    expect(badSector.json().violations[0]).toMatchObject({ rule: 'R17', path: 'scopeId' });
    const sector = await appoint(admin.token, { role: 'sectorLead', institutionId: ministry.id, personId: minister.id, scopeId: ministry.id });
    expect(sector.statusCode, sector.body).toBe(201);
    expect(sector.json().scopeType).toBe('sector');

    const badMunicipal = await appoint(admin.token, { role: 'municipalLead', institutionId: ministry.id, personId: minister.id, scopeId: municipality.id });
    expect(badMunicipal.statusCode).toBe(422);
    const municipal = await appoint(admin.token, { role: 'municipalLead', institutionId: municipality.id, personId: mayor.id, scopeId: municipality.id });
    expect(municipal.statusCode, municipal.body).toBe(201);
  });

  it('R12 lets only the service’s owner institution hold the service owner role, and R19 lets another institution provide it', async () => {
    const { inst, admin } = await setup();
    const svc = await buildService(inst.id);
    const partner = await buildInstitution(t.database.db);
    const partnerPerson = (await buildUser(t.database.db, partner.id)).person;
    const notOwner = await appoint(admin.token, { role: 'serviceOwner', institutionId: partner.id, personId: partnerPerson.id, scopeId: svc.id });
    expect(notOwner.statusCode).toBe(422);
    expect(notOwner.json().violations[0].rule).toBe('R12');
    const provider = await appoint(admin.token, { role: 'serviceProvider', institutionId: partner.id, personId: partnerPerson.id, scopeId: svc.id });
    expect(provider.statusCode, provider.body).toBe(201);
    expect((await providerPeopleCounts(t.database.db, svc.id)).get(partner.id)).toBe(1);
    // Several people may provide: no single-holder limit.
    const second = (await buildUser(t.database.db, partner.id)).person;
    expect((await appoint(admin.token, { role: 'serviceProvider', institutionId: partner.id, personId: second.id, scopeId: svc.id })).statusCode).toBe(201);
    const dup = await appoint(admin.token, { role: 'serviceProvider', institutionId: partner.id, personId: second.id, scopeId: svc.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('duplicate');
  });

  it('R18 lets one institution hold several roles at once', async () => {
    const ministry = await buildInstitution(t.database.db, { kind: 'ministry' });
    const admin = await buildUser(t.database.db, ministry.id, { isSystemAdmin: true });
    const p = (await buildUser(t.database.db, ministry.id)).person;
    const svc = await buildService(ministry.id);
    const res = await buildResource(ministry.id);
    for (const [role, scopeId] of [
      ['sectorLead', ministry.id],
      ['portfolioOwner', ministry.id],
      ['resourcePortfolioOwner', ministry.id],
      ['serviceOwner', svc.id],
      ['serviceProvider', svc.id],
      ['resourceOwner', res.id],
      ['resourceUser', res.id],
    ] as const) {
      const r = await appoint(admin.token, { role, institutionId: ministry.id, personId: p.id, scopeId });
      expect(r.statusCode, `${role}: ${r.body}`).toBe(201);
    }
    const overview = await t.api({ method: 'GET', url: `/api/v1/institutions/${ministry.id}/roles`, token: admin.token });
    expect(overview.json().roles.map((r: { role: string }) => r.role).sort()).toEqual(['portfolioOwner', 'resourceOwner', 'resourcePortfolioOwner', 'resourceUser', 'serviceOwner', 'serviceProvider', 'sectorLead'].sort());
    expect(overview.json().compliant).toBe(true);
  });

  it('requires the person to work for the holding institution and to be active; the recipient is a designation without a person', async () => {
    const { inst, admin } = await setup();
    const svc = await buildService(inst.id);
    const stranger = (await buildUser(t.database.db, (await buildInstitution(t.database.db)).id)).person;
    const foreign = await appoint(admin.token, { role: 'serviceOwner', institutionId: inst.id, personId: stranger.id, scopeId: svc.id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().violations[0]).toMatchObject({ code: 'role.person.employer', path: 'personId' });

    const leaver = (await buildUser(t.database.db, inst.id)).person;
    await t.database.db.update(people).set({ active: false }).where(eq(people.id, leaver.id));
    const inactive = await appoint(admin.token, { role: 'serviceOwner', institutionId: inst.id, personId: leaver.id, scopeId: svc.id });
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json().violations[0].code).toBe('role.person.inactive');

    const recipientInst = await buildInstitution(t.database.db);
    const withPerson = await appoint(admin.token, { role: 'serviceRecipient', institutionId: recipientInst.id, personId: stranger.id, scopeId: svc.id });
    expect(withPerson.statusCode).toBe(400);
    expect(withPerson.json().errors[0].path).toBe('personId');
    const recipient = await appoint(admin.token, { role: 'serviceRecipient', institutionId: recipientInst.id, scopeId: svc.id });
    expect(recipient.statusCode, recipient.body).toBe(201);
    expect(recipient.json().person).toBeNull();
  });

  it('refuses bad input to every write with 400 naming the field', async () => {
    const { inst, admin } = await setup();
    const bad = await appoint(admin.token, { role: 'king', institutionId: 'x', personId: 5, scopeId: null, extra: true });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['role', 'institutionId', 'personId']));

    const noScope = await appoint(admin.token, { role: 'serviceOwner', institutionId: inst.id, personId: admin.person.id });
    expect(noScope.statusCode).toBe(400);
    expect(noScope.json().errors.map((e: { path: string }) => e.path)).toEqual(['scopeId']);

    const unknown = await appoint(admin.token, { role: 'serviceOwner', institutionId: MISSING, personId: MISSING, scopeId: MISSING });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['institutionId', 'personId', 'scopeId']);

    const a = (await t.api({ method: 'GET', url: `/api/v1/role-assignments?institutionId=${inst.id}&role=portfolioOwner`, token: admin.token })).json().items[0];
    const badReplace = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/replace`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { personId: 'nobody', note: 'x' } });
    expect(badReplace.statusCode).toBe(400);
    expect(badReplace.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['personId']));
    const unknownPerson = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/replace`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { personId: MISSING } });
    expect(unknownPerson.statusCode).toBe(400);
    expect(unknownPerson.json().errors[0].path).toBe('personId');
    const same = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/replace`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { personId: a.personId } });
    expect(same.statusCode).toBe(400);
    const badEtag = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/end`, token: admin.token, headers: { 'if-match': 'soon' } });
    expect(badEtag.statusCode).toBe(400);
    const badId = await t.api({ method: 'POST', url: '/api/v1/role-assignments/123/end', token: admin.token, headers: { 'if-match': '"1"' } });
    expect(badId.statusCode).toBe(400);
    const badList = await t.api({ method: 'GET', url: '/api/v1/role-assignments?scopeType=galaxy&active=yes', token: admin.token });
    expect(badList.statusCode).toBe(400);
  });

  it('answers unknown assignments and institutions with 404', async () => {
    const { admin } = await setup();
    expect((await t.api({ method: 'GET', url: `/api/v1/role-assignments/${MISSING}`, token: admin.token })).statusCode).toBe(404);
    expect((await t.api({ method: 'POST', url: `/api/v1/role-assignments/${MISSING}/end`, token: admin.token, headers: { 'if-match': '"1"' } })).statusCode).toBe(404);
    expect((await t.api({ method: 'POST', url: `/api/v1/role-assignments/${MISSING}/replace`, token: admin.token, headers: { 'if-match': '"1"' }, payload: { personId: admin.person.id } })).statusCode).toBe(404);
    expect((await t.api({ method: 'GET', url: `/api/v1/institutions/${MISSING}/roles`, token: admin.token })).statusCode).toBe(404);
  });

  it('refuses writes across institutions and by people without an appointing role (403), and anonymous callers (401)', async () => {
    const a = await setup();
    const b = await setup();
    const bService = await buildService(b.inst.id);
    const aPerson = (await buildUser(t.database.db, a.inst.id)).person;
    const bPerson = (await buildUser(t.database.db, b.inst.id)).person;

    // A's portfolio manager cannot appoint for B's service, with A's or B's people.
    expect((await appoint(a.pm.token, { role: 'serviceOwner', institutionId: b.inst.id, personId: bPerson.id, scopeId: bService.id })).statusCode).toBe(403);
    expect((await appoint(a.pm.token, { role: 'serviceProvider', institutionId: a.inst.id, personId: aPerson.id, scopeId: bService.id })).statusCode).toBe(403);
    // …nor end or replace B's assignments.
    const bManager = (await appoint(b.pm.token, { role: 'serviceOwner', institutionId: b.inst.id, personId: bPerson.id, scopeId: bService.id })).json();
    expect((await t.api({ method: 'POST', url: `/api/v1/role-assignments/${bManager.id}/end`, token: a.pm.token, headers: { 'if-match': '"1"' } })).statusCode).toBe(403);
    expect((await t.api({ method: 'POST', url: `/api/v1/role-assignments/${bManager.id}/replace`, token: a.pm.token, headers: { 'if-match': '"1"' }, payload: { personId: aPerson.id } })).statusCode).toBe(403);

    // A portfolio manager appoints no portfolio manager, lead, or resource manager (unless also resource-portfolio manager).
    expect((await appoint(a.pm.token, { role: 'portfolioOwner', institutionId: a.inst.id, personId: aPerson.id, scopeId: a.inst.id })).statusCode).toBe(403);
    const aResource = await buildResource(a.inst.id);
    expect((await appoint(a.pm.token, { role: 'resourceOwner', institutionId: a.inst.id, personId: aPerson.id, scopeId: aResource.id })).statusCode).toBe(403);
    await assignRole(t.database.db, 'resourcePortfolioOwner', a.inst.id, a.pm.person.id, a.inst.id);
    const byBoth = await appoint(a.pm.token, { role: 'resourceOwner', institutionId: a.inst.id, personId: aPerson.id, scopeId: aResource.id });
    expect(byBoth.statusCode, byBoth.body).toBe(201);

    // A resource-portfolio manager appoints resource managers of their own institution only.
    const rpm = await buildUser(t.database.db, b.inst.id);
    await assignRole(t.database.db, 'resourcePortfolioOwner', b.inst.id, rpm.person.id, b.inst.id);
    const bResource = await buildResource(b.inst.id);
    expect((await appoint(rpm.token, { role: 'resourceOwner', institutionId: b.inst.id, personId: bPerson.id, scopeId: bResource.id })).statusCode).toBe(201);
    expect((await appoint(rpm.token, { role: 'serviceOwner', institutionId: b.inst.id, personId: bPerson.id, scopeId: (await buildService(b.inst.id)).id })).statusCode).toBe(403);
    expect((await appoint(rpm.token, { role: 'resourceOwner', institutionId: a.inst.id, personId: aPerson.id, scopeId: (await buildResource(a.inst.id)).id })).statusCode).toBe(403);

    // Staff without a managing role write nothing; anonymous callers are not signed in.
    const staff = await buildUser(t.database.db, a.inst.id);
    expect((await appoint(staff.token, { role: 'serviceOwner', institutionId: a.inst.id, personId: staff.person.id, scopeId: (await buildService(a.inst.id)).id })).statusCode).toBe(403);
    expect((await t.api({ method: 'POST', url: '/api/v1/role-assignments', payload: { role: 'stateLead', institutionId: a.inst.id, personId: aPerson.id } })).statusCode).toBe(401);
    expect((await t.api({ method: 'GET', url: '/api/v1/role-assignments' })).statusCode).toBe(401);
    expect((await t.api({ method: 'GET', url: `/api/v1/institutions/${a.inst.id}/roles` })).statusCode).toBe(401);
  });

  it('lets the state lead appoint anything, including across institutions', async () => {
    const varam = await buildInstitution(t.database.db, { kind: 'ministry' });
    const lead = await buildUser(t.database.db, varam.id);
    await assignRole(t.database.db, 'stateLead', varam.id, lead.person.id, null);
    const inst = await buildInstitution(t.database.db);
    const p = (await buildUser(t.database.db, inst.id)).person;
    const r = await appoint(lead.token, { role: 'portfolioOwner', institutionId: inst.id, personId: p.id, scopeId: inst.id });
    expect(r.statusCode, r.body).toBe(201);
    const colleague = (await buildUser(t.database.db, varam.id)).person;
    const again = await appoint(lead.token, { role: 'stateLead', institutionId: varam.id, personId: colleague.id, scopeId: null });
    expect(again.statusCode).toBe(409);
    expect(again.json().violations[0].rule).toBe('R17');
  });

  it('ends an assignment with If-Match, refuses a stale or repeated end with 409, and a missing If-Match with 428', async () => {
    const { inst, pm } = await setup();
    const svc = await buildService(inst.id);
    const staff = await buildUser(t.database.db, inst.id);
    const a = (await appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: staff.person.id, scopeId: svc.id })).json();
    expect((await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/end`, token: pm.token })).statusCode).toBe(428);
    const stale = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/end`, token: pm.token, headers: { 'if-match': '"7"' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('staleVersion');
    expect(stale.json().current).toMatchObject({ id: a.id, active: true, version: 1 });
    const ended = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/end`, token: pm.token, headers: { 'if-match': '"1"' } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ active: false, version: 2 });
    expect(ended.json().endedAt).not.toBeNull();
    expect(ended.headers.etag).toBe('"2"');
    const twice = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/end`, token: pm.token, headers: { 'if-match': '"2"' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('state');
    const staleReplace = await t.api({ method: 'POST', url: `/api/v1/role-assignments/${a.id}/replace`, token: pm.token, headers: { 'if-match': '"1"' }, payload: { personId: pm.person.id } });
    expect(staleReplace.statusCode).toBe(409);
    // The slot is free again: a new manager can be appointed.
    expect((await appoint(pm.token, { role: 'serviceOwner', institutionId: inst.id, personId: pm.person.id, scopeId: svc.id })).statusCode).toBe(201);
    const ended2 = await t.api({ method: 'GET', url: `/api/v1/role-assignments?scopeId=${svc.id}&active=false`, token: pm.token });
    expect(ended2.json().items.map((x: { id: string }) => x.id)).toEqual([a.id]);
  });

  it('shows the roles an institution holds and the cardinality rules met or broken (R13, R14, R15, R16, R19)', async () => {
    const inst = await buildInstitution(t.database.db);
    const admin = await buildUser(t.database.db, inst.id, { isSystemAdmin: true });
    const staff = (await buildUser(t.database.db, inst.id)).person;
    const s1 = await buildService(inst.id);
    const s2 = await buildService(inst.id);
    await buildService(inst.id, { status: 'archived' });
    const res = await buildResource(inst.id);
    const url = `/api/v1/institutions/${inst.id}/roles`;

    const before = (await t.api({ method: 'GET', url, token: admin.token })).json();
    expect(before.serviceCount).toBe(2);
    expect(before.resourceCount).toBe(1);
    expect(before.compliant).toBe(false);
    const status = (body: { checks: { rule: string; scopeId: string; status: string }[] }, rule: string, scopeId: string) => body.checks.find((c) => c.rule === rule && c.scopeId === scopeId)?.status;
    expect(status(before, 'R14', inst.id)).toBe('broken');
    expect(status(before, 'R15', inst.id)).toBe('broken');
    expect(status(before, 'R13', s1.id)).toBe('broken');
    expect(status(before, 'R16', res.id)).toBe('broken');
    expect(status(before, 'R19', s1.id)).toBe('broken');

    for (const [role, scopeId] of [
      ['portfolioOwner', inst.id],
      ['resourcePortfolioOwner', inst.id],
      ['serviceOwner', s1.id],
      ['serviceOwner', s2.id],
      ['resourceOwner', res.id],
      ['serviceProvider', s1.id],
      ['serviceProvider', s2.id],
    ] as const) {
      expect((await appoint(admin.token, { role, institutionId: inst.id, personId: staff.id, scopeId })).statusCode).toBe(201);
    }
    const after = (await t.api({ method: 'GET', url, token: admin.token })).json();
    expect(after.checks.filter((c: { status: string }) => c.status === 'broken')).toEqual([]);
    expect(after.compliant).toBe(true);
    expect(after.checks.find((c: { rule: string; scopeId: string }) => c.rule === 'R13' && c.scopeId === s1.id).scopeCode).toBe(s1.code);
    const pmGroup = after.roles.find((r: { role: string }) => r.role === 'portfolioOwner');
    expect(pmGroup.performers.map((p: { personId: string }) => p.personId)).toEqual([staff.id]);

    // R19: a partner listed as provider on the service's current version needs its own responsible person.
    const partner = await buildInstitution(t.database.db);
    const [v] = await t.database.db.insert(serviceVersions).values({ serviceId: s1.id, versionNo: 1, state: 'published' }).returning();
    await t.database.db.insert(serviceVersionProviders).values([{ versionId: v.id, institutionId: partner.id }, { versionId: v.id, institutionId: inst.id }]);
    await t.database.db.update(services).set({ publishedVersionId: v.id, status: 'published' }).where(eq(services.id, s1.id));
    const partnerView = (await t.api({ method: 'GET', url: `/api/v1/institutions/${partner.id}/roles`, token: admin.token })).json();
    expect(partnerView.checks.filter((c: { rule: string }) => c.rule === 'R19').map((c: { scopeId: string; status: string }) => [c.scopeId, c.status])).toEqual([[s1.id, 'broken']]);
    expect(status(partnerView, 'R14', partner.id)).toBe('notApplicable');
    const partnerPerson = (await buildUser(t.database.db, partner.id)).person;
    expect((await appoint(admin.token, { role: 'serviceProvider', institutionId: partner.id, personId: partnerPerson.id, scopeId: s1.id })).statusCode).toBe(201);
    const partnerAfter = (await t.api({ method: 'GET', url: `/api/v1/institutions/${partner.id}/roles`, token: admin.token })).json();
    expect(status(partnerAfter, 'R19', s1.id)).toBe('met');
    expect(partnerAfter.compliant).toBe(true);
  });
});
