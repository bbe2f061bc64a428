/**
 * The demo register: a realistic, Latvian register with every kind of
 * institution, service and role, and sign-in accounts for each role
 * (`DEMO_ACCOUNTS`). Loaded by `npm start` into an empty database and by
 * `npm run seed`.
 */
import { count } from 'drizzle-orm';
import { vacuumAnalyze, type Db, type Executor } from '../platform/db/database.js';
import type { RequestContext } from '../platform/actor.js';
import { institutions } from '../modules/institutions/institutions.table.js';
import { hashPassword } from '../modules/auth/auth.service.js';
import { audit } from '../modules/audit/audit.service.js';
import type { ChannelTypeInfo } from '../modules/services/services.model.js';
import { RegisterBuilder } from './build.js';
import { ServiceAdder } from './build-services.js';
import { CHANNEL_POINTS } from './data/channel-points.js';
import { DEMO_MUNICIPALITIES, INSTITUTIONS, type InstitutionSpec } from './data/institutions.js';
import { LIFE_SITUATIONS, NEEDS } from './data/life-situations.js';
import { CAPABILITIES, RESOURCES } from './data/resources.js';
import { DEMO_SERVICES, instanceKey } from './data/services.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { writeRegisterRows } from './rows.js';
import { loadChannelTypes, stableUuid, Timings } from './support.js';

/** Whether the register holds no institutions yet (nothing has been loaded or created). */
export async function isRegisterEmpty(db: Executor): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(institutions);
  return Number(n) === 0;
}

/** Parents before children, whatever order the specs are listed in. */
export function parentsFirst(specs: InstitutionSpec[]): InstitutionSpec[] {
  const out: InstitutionSpec[] = [];
  const done = new Set<string>();
  let pending = specs;
  while (pending.length) {
    for (const s of pending) {
      if (s.parent && !done.has(s.parent)) continue;
      out.push(s);
      done.add(s.code);
    }
    const next = pending.filter((s) => !done.has(s.code));
    if (next.length === pending.length) throw new Error(`seed: unknown parent institution of ${next.map((s) => s.code).join(', ')}`);
    pending = next;
  }
  return out;
}

/** Templates that municipalities instantiate: the published ones. */
export const isInstantiated = (st: string): boolean => st === 'published' || st === 'v2' || st === 'v2draft';

/** Leads (R17): VARAM for the state, each ministry for its sector, each municipality for itself. */
export function appointLeads(b: RegisterBuilder): void {
  b.people.appoint('stateLead', 'VARAM', 'stateLead', 'state', null);
  for (const inst of b.institutions.values()) {
    if (inst.kind === 'ministry') b.people.appoint('sectorLead', inst.code, 'sectorLead', 'sector', inst.id);
    if (inst.kind === 'municipality') b.people.appoint('municipalLead', inst.code, 'municipalLead', 'municipality', inst.id);
  }
}

/** Resource roles (R15, R16): one resource-portfolio manager per holding institution, one manager per resource. */
export function appointResourceManagers(b: RegisterBuilder): void {
  for (const [code, r] of b.resources) {
    const owner = b.inst(r.institution, code);
    b.people.appoint('resourcePortfolioOwner', r.institution, 'resourcePortfolio', 'institution', owner.id);
    b.people.appoint('resourceOwner', r.institution, 'resource', 'resource', r.id);
  }
}

/**
 * Builds every row of the demo register in memory (no I/O): ids are stable
 * across runs. `passwordHash` is the hash of `DEMO_PASSWORD`, computed once.
 */
export function buildDemoRegister(channelTypes: Map<string, ChannelTypeInfo>, passwordHash: string): { builder: RegisterBuilder; services: ServiceAdder } {
  const b = new RegisterBuilder(stableUuid, channelTypes, { demo: DEMO_ACCOUNTS, passwordHash });
  for (const spec of parentsFirst(INSTITUTIONS)) b.addInstitution(spec);
  for (const spec of CHANNEL_POINTS) b.addChannelPoint(spec);
  for (const spec of LIFE_SITUATIONS) b.addLifeSituation(spec, 'VARAM');
  for (const spec of NEEDS) b.addNeed(spec, 'VARAM');
  for (const spec of RESOURCES) b.addResource(spec);

  // Every key that will exist, so specs may refer forward (a template instance, a later service).
  const known = new Map<string, string>();
  for (const s of DEMO_SERVICES) {
    known.set(s.key, s.type);
    if (s.template && isInstantiated(s.st)) for (const m of DEMO_MUNICIPALITIES) known.set(instanceKey(m, s.key), s.type);
  }
  const services = new ServiceAdder(b, known);
  for (const spec of DEMO_SERVICES) {
    services.add(spec);
    if (spec.template && isInstantiated(spec.st)) for (const m of DEMO_MUNICIPALITIES) services.addInstance(spec, m, instanceKey(m, spec.key));
  }
  for (const spec of [...RESOURCES, ...CAPABILITIES]) {
    if (spec.supplierService && !services.added.has(spec.supplierService)) throw new Error(`seed: unknown supplier service "${spec.supplierService}"`);
  }
  for (const spec of CAPABILITIES) b.addCapability(spec);

  appointLeads(b);
  appointResourceManagers(b);
  b.people.ensureDemoPeople();
  services.addPortfolioApprovals(new Date('2026-01-15T10:00:00Z'));
  return { builder: b, services };
}

/**
 * Loads the demo register into an empty database in one transaction, with one
 * audit entry. Throws when the register is not empty.
 */
export async function seedDemo(db: Db, ctx: RequestContext, opts: { progress?: boolean } = {}): Promise<Record<string, number>> {
  if (!(await isRegisterEmpty(db))) throw new Error('The register is not empty: the demo data can only be loaded into an empty database.');
  const timings = new Timings();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { builder } = buildDemoRegister(await loadChannelTypes(db), passwordHash);
  timings.mark('build', builder.rows.total);
  const counts = builder.rows.counts();
  await db.transaction(async (tx) => {
    if (!(await isRegisterEmpty(tx))) throw new Error('The register is not empty: the demo data can only be loaded into an empty database.');
    await writeRegisterRows(tx, builder.rows, { progress: opts.progress, label: 'demo' });
    await audit(tx, ctx, { action: 'seed.demo', entityType: 'register', entityId: 'demo', after: { counts } });
  });
  timings.mark('write', builder.rows.total);
  await vacuumAnalyze(db);
  if (opts.progress) {
    console.log(`Demo register loaded: ${builder.rows.total} rows in ${(timings.totalMs / 1000).toFixed(1)} s.`);
    console.log(`Sign in with one of ${DEMO_ACCOUNTS.length} demo accounts, e.g. ${DEMO_ACCOUNTS[0].login}, password ${DEMO_PASSWORD}.`);
  }
  return counts;
}
