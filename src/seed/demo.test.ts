import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { createTestDatabase } from '../../test/helpers/db.js';
import { SYSTEM_ACTOR } from '../platform/actor.js';
import type { Database } from '../platform/db/database.js';
import { institutions } from '../modules/institutions/institutions.table.js';
import { people } from '../modules/people/people.table.js';
import { accounts } from '../modules/auth/auth.table.js';
import { channelPoints } from '../modules/channel-points/channel-points.table.js';
import { lifeSituationNeeds, lifeSituations } from '../modules/life-situations/life-situations.table.js';
import { resources } from '../modules/resources/resources.table.js';
import { services, serviceVersionProviders, serviceVersions } from '../modules/services/services.table.js';
import { roleAssignments } from '../modules/roles/roles.table.js';
import { portfolioApprovals } from '../modules/portfolio/portfolio.table.js';
import { auditLog } from '../modules/audit/audit.table.js';
import { loadDescriptions } from '../modules/services/services.repository.js';
import { checkServiceRules, resolveEffectiveDescription } from '../modules/services/services.rules.js';
import { loadRuleContext } from '../modules/services/services.service.js';
import { INSTITUTION_GROUPS } from '../shared/enums.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { seedDemo } from './demo.js';

const ctx = { actor: SYSTEM_ACTOR, requestId: 'test' };
let database: Database;

type Inst = typeof institutions.$inferSelect;
type Svc = typeof services.$inferSelect;
type Ver = typeof serviceVersions.$inferSelect;
type Assignment = typeof roleAssignments.$inferSelect;
let insts: Inst[];
let svcs: Svc[];
let versions: Map<string, Ver>;
let roles: Assignment[];
let peopleById: Map<string, typeof people.$inferSelect>;

/** The published version's value of a field, taken from the template for an instance. */
const effective = <K extends keyof Ver>(s: Svc, field: K): Ver[K] => {
  const own = versions.get(s.publishedVersionId!)![field];
  if (own !== null || !s.templateServiceId) return own;
  const t = svcs.find((x) => x.id === s.templateServiceId)!;
  return versions.get(t.publishedVersionId!)![field];
};
const active = (role: string, scopeId: string | null) => roles.filter((r) => r.role === role && r.scopeId === scopeId && !r.endedAt && r.personId);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, ctx);
  const db = database.db;
  insts = await db.select().from(institutions);
  svcs = await db.select().from(services);
  versions = new Map((await db.select().from(serviceVersions)).map((v) => [v.id, v]));
  roles = await db.select().from(roleAssignments);
  peopleById = new Map((await db.select().from(people)).map((p) => [p.id, p]));
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('demo register', () => {
  it('holds at least 150 published services of all four recipient types and all three complexities', () => {
    const published = svcs.filter((s) => s.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(150);
    expect(new Set(published.map((s) => effective(s, 'recipientType')))).toEqual(
      new Set(['publicIndividual', 'publicGeneral', 'interInstitutionalIndividual', 'interInstitutionalShared']),
    );
    expect(new Set(published.map((s) => effective(s, 'complexity')))).toEqual(new Set(['simple', 'complex', 'smart']));
    expect(new Set(published.map((s) => versions.get(s.publishedVersionId!)!.digitalStatus))).toEqual(new Set(['eService', 'dService', 'none']));
  });

  it('has drafts, submitted drafts, archived services and services with a superseded first version', () => {
    const states = [...versions.values()].map((v) => v.state);
    expect(svcs.filter((s) => s.status === 'draft').length).toBeGreaterThanOrEqual(10);
    expect(states.filter((s) => s === 'submitted').length).toBeGreaterThanOrEqual(2);
    expect(svcs.filter((s) => s.status === 'archived').length).toBeGreaterThanOrEqual(8);
    const twoVersions = svcs.filter((s) => s.status === 'published' && s.latestVersionNo === 2 && versions.get(s.publishedVersionId!)!.versionNo === 2);
    expect(twoVersions.length).toBeGreaterThanOrEqual(3);
    for (const s of twoVersions) expect([...versions.values()].find((v) => v.serviceId === s.id && v.versionNo === 1)!.state).toBe('superseded');
  });

  it('instantiates every published unified service in at least three municipalities', () => {
    const templates = svcs.filter((s) => s.isTemplate && s.status === 'published');
    expect(templates.length).toBeGreaterThanOrEqual(6);
    for (const t of templates) {
      const owners = new Set(svcs.filter((s) => s.templateServiceId === t.id).map((s) => s.ownerInstitutionId));
      expect(owners.size).toBeGreaterThanOrEqual(3);
      for (const o of owners) expect(insts.find((i) => i.id === o)!.kind).toBe('municipality');
    }
  });

  it('R40 has at least 25 life situations, each with at least one need', async () => {
    const ls = await database.db.select().from(lifeSituations);
    const links = await database.db.select().from(lifeSituationNeeds);
    expect(ls.length).toBeGreaterThanOrEqual(25);
    for (const l of ls) expect(links.some((x) => x.lifeSituationId === l.id)).toBe(true);
  });

  it('has institutions of all six groups, five ministries with agencies and three municipalities with institutions', () => {
    expect(new Set(insts.map((i) => i.groupCode))).toEqual(new Set(INSTITUTION_GROUPS));
    const children = (i: Inst) => insts.filter((c) => c.parentId === i.id);
    expect(insts.filter((i) => i.kind === 'ministry' && children(i).length > 0).length).toBeGreaterThanOrEqual(5);
    expect(insts.filter((i) => i.kind === 'municipality' && children(i).length > 0).length).toBeGreaterThanOrEqual(3);
    const varam = insts.find((i) => i.code === 'VARAM')!;
    expect(varam.formerNames[0]).toMatchObject({ nameLv: 'Vides aizsardzības un reģionālās attīstības ministrija', until: '2024-06-30' });
    for (const i of insts) expect(i.registrationNumber).toMatch(/^\d{11}$/);
  });

  it('has VPVKAC one-stop centres and resources with managers, some of them virtual', async () => {
    const cps = await database.db.select().from(channelPoints);
    expect(cps.filter((c) => c.channelType === 'vpvkac').length).toBeGreaterThanOrEqual(3);
    const res = await database.db.select().from(resources);
    expect(res.length).toBeGreaterThanOrEqual(20);
    expect(res.filter((r) => r.supplierServiceId).length).toBeGreaterThanOrEqual(3);
    for (const r of res) if (r.supplierServiceId) expect(svcs.some((s) => s.id === r.supplierServiceId)).toBe(true);
  });

  it('R12–R19 holds: one portfolio, service, resource-portfolio and resource manager each, leads, providers’ people', async () => {
    const byId = new Map(insts.map((i) => [i.id, i]));
    const holders = new Set(svcs.filter((s) => s.status !== 'archived').map((s) => s.ownerInstitutionId));
    for (const id of holders) expect(active('portfolioOwner', id), `R14 ${byId.get(id)!.code}`).toHaveLength(1);
    for (const s of svcs) {
      const managers = active('serviceOwner', s.id);
      expect(managers, `R13 ${s.code}`).toHaveLength(1);
      expect(managers[0].institutionId).toBe(s.ownerInstitutionId);
    }
    const res = await database.db.select().from(resources);
    for (const id of new Set(res.map((r) => r.institutionId))) expect(active('resourcePortfolioOwner', id), `R15 ${byId.get(id)!.code}`).toHaveLength(1);
    for (const r of res) expect(active('resourceOwner', r.id), `R16 ${r.code}`).toHaveLength(1);
    const state = roles.filter((r) => r.role === 'stateLead');
    expect(state).toHaveLength(1);
    expect(state[0]).toMatchObject({ institutionId: byId.get(state[0].institutionId)!.id, scopeId: null, scopeType: 'state' });
    expect(byId.get(state[0].institutionId)!.code).toBe('VARAM');
    for (const i of insts.filter((x) => x.kind === 'ministry')) expect(active('sectorLead', i.id).map((r) => r.institutionId)).toEqual([i.id]);
    for (const i of insts.filter((x) => x.kind === 'municipality')) expect(active('municipalLead', i.id).map((r) => r.institutionId)).toEqual([i.id]);
    // B5: every role is performed by someone the holding institution employs.
    for (const r of roles) expect(peopleById.get(r.personId!)!.institutionId).toBe(r.institutionId);
    const providers = await database.db.select().from(serviceVersionProviders);
    expect(providers.length).toBeGreaterThan(0);
    for (const p of providers) {
      const serviceId = versions.get(p.versionId)!.serviceId;
      expect(roles.some((r) => r.role === 'serviceProvider' && r.scopeId === serviceId && r.institutionId === p.institutionId && r.personId), `R19 ${serviceId}`).toBe(true);
    }
    const vpvkacProvided = providers.filter((p) => byId.get(p.institutionId)!.kind === 'municipality');
    expect(vpvkacProvided.length).toBeGreaterThan(0);
  });

  it('records one approved service list per institution holding published services, by its portfolio manager', async () => {
    const approvals = await database.db.select().from(portfolioApprovals);
    const owners = new Set(svcs.filter((s) => s.status === 'published').map((s) => s.ownerInstitutionId));
    expect(new Set(approvals.map((a) => a.institutionId))).toEqual(owners);
    for (const a of approvals) {
      expect(a.kind).toBe('list');
      expect(active('portfolioOwner', a.institutionId)[0].personId).toBe(a.approvedBy);
      expect(new Set(a.serviceIds)).toEqual(new Set(svcs.filter((s) => s.status === 'published' && s.ownerInstitutionId === a.institutionId).map((s) => s.id)));
    }
  });

  it('every published demo service passes the publication rules with no errors', async () => {
    const db = database.db;
    const published = svcs.filter((s) => s.status === 'published');
    const templateIds = [...new Set(published.map((s) => s.templateServiceId).filter((x): x is string => !!x))];
    const templateVersions = templateIds.map((id) => versions.get(svcs.find((s) => s.id === id)!.publishedVersionId!)!);
    const own = await loadDescriptions(db, [...published.map((s) => versions.get(s.publishedVersionId!)!), ...templateVersions]);
    const failures: string[] = [];
    for (const s of published) {
      const template = s.templateServiceId ? own.get(svcs.find((t) => t.id === s.templateServiceId)!.publishedVersionId!)! : null;
      const description = resolveEffectiveDescription(template, own.get(s.publishedVersionId!)!);
      const errors = checkServiceRules(description, await loadRuleContext(db, s, description), 'publish').filter((v) => v.severity === 'error');
      if (errors.length) failures.push(`${s.code}: ${errors.map((e) => `${e.rule} ${e.code}`).join(', ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('every demo account exists and signs in with the demo password', async () => {
    const rows = await database.db.select().from(accounts);
    for (const a of DEMO_ACCOUNTS) {
      const row = rows.find((r) => r.login === a.login);
      expect(row, a.login).toBeDefined();
      expect(await verify(row!.passwordHash, a.password)).toBe(true);
      expect(row!.isSystemAdmin).toBe(a.slot === 'admin');
      const person = peopleById.get(row!.personId)!;
      expect(insts.find((i) => i.id === person.institutionId)!.code).toBe(a.institution);
    }
  });

  it('audits the seed once and refuses to load into a register that is not empty', async () => {
    const entries = (await database.db.select().from(auditLog)).filter((e) => e.action === 'seed.demo');
    expect(entries).toHaveLength(1);
    expect(entries[0].entityType).toBe('register');
    await expect(seedDemo(database.db, ctx)).rejects.toThrow(/not empty/);
  });
});
