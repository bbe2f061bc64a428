/**
 * The national-scale register for load and usability tests: about 2,000
 * institutions and 50,000 services at scale 1, deterministic from a seed.
 * It holds the demo register's institutions, needs and services (without the
 * demo accounts) and generates the rest from them (see national-plan.ts,
 * national-build.ts, national-services.ts). Rows are written with multi-row
 * inserts in one transaction.
 */
import type { Db } from '../platform/db/database.js';
import type { RequestContext } from '../platform/actor.js';
import { audit } from '../modules/audit/audit.service.js';
import { vacuumAnalyze } from '../platform/db/database.js';
import type { ChannelTypeInfo } from '../modules/services/services.model.js';
import { RegisterBuilder } from './build.js';
import { ServiceAdder } from './build-services.js';
import { CHANNEL_POINTS } from './data/channel-points.js';
import { INSTITUTIONS } from './data/institutions.js';
import { LIFE_SITUATIONS, NEEDS } from './data/life-situations.js';
import { NATIONAL_NEEDS, NATIONAL_TEMPLATES } from './data/national-profiles.js';
import { CAPABILITIES, RESOURCES } from './data/resources.js';
import { DEMO_SERVICES, instanceKey } from './data/services.js';
import { appointLeads, appointResourceManagers, isInstantiated, isRegisterEmpty, parentsFirst } from './demo.js';
import { InstitutionGenerator, loadModels } from './national-build.js';
import { planInstitutions } from './national-plan.js';
import { cloneServices } from './national-services.js';
import { writeRegisterRows } from './rows.js';
import { loadChannelTypes, Rng, stableUuid, Timings } from './support.js';

/** Services at scale 1. */
export const NATIONAL_SERVICES = 50_000;

export interface NationalOptions {
  progress?: boolean;
  /** Fraction of the full size (1 = about 2,000 institutions and 50,000 services). */
  scale?: number;
  /** Seed of the random choices; the same seed and scale give the same register. */
  seed?: number;
}

export interface NationalSummary {
  counts: Record<string, number>;
  /** Milliseconds per phase: build, each table, listings, total. */
  timings: { name: string; ms: number; rows: number }[];
  totalMs: number;
}

/** Builds every row of the national register in memory (no I/O). */
export function buildNationalRegister(channelTypes: Map<string, ChannelTypeInfo>, opts: { scale?: number; seed?: number } = {}) {
  const scale = opts.scale ?? 1;
  const seed = opts.seed ?? 2026;
  const rng = new Rng(seed);
  const b = new RegisterBuilder((kind, key) => stableUuid(kind, `${seed}:${key}`), channelTypes);
  for (const spec of parentsFirst(INSTITUTIONS)) b.addInstitution(spec);
  for (const spec of CHANNEL_POINTS) b.addChannelPoint(spec);
  for (const spec of LIFE_SITUATIONS) b.addLifeSituation(spec, 'VARAM');
  for (const spec of [...NEEDS, ...NATIONAL_NEEDS]) b.addNeed(spec, 'VARAM');
  for (const spec of RESOURCES) b.addResource(spec);
  const gen = new InstitutionGenerator(b, loadModels());
  const municipalities = planInstitutions(gen, b, scale);

  const core = [...DEMO_SERVICES, ...NATIONAL_TEMPLATES];
  const templates = core.filter((s) => s.template && isInstantiated(s.st));
  const coreCount = core.length + templates.length * municipalities.length;
  const clones = cloneServices(gen, b, Math.max(0, Math.round(NATIONAL_SERVICES * scale) - coreCount), rng, municipalities);

  const known = new Map<string, string>();
  for (const s of [...core, ...clones]) known.set(s.key, s.type);
  for (const t of templates) for (const m of municipalities) known.set(instanceKey(m, t.key), t.type);
  const services = new ServiceAdder(b, known);
  for (const spec of core) {
    services.add(spec);
    if (spec.template && isInstantiated(spec.st)) for (const m of municipalities) services.addInstance(spec, m, instanceKey(m, spec.key));
  }
  for (const spec of clones) services.add(spec);
  for (const spec of CAPABILITIES) b.addCapability(spec);
  appointLeads(b);
  appointResourceManagers(b);
  services.addPortfolioApprovals(new Date('2026-01-15T10:00:00Z'));
  return { builder: b, services, municipalities };
}

/**
 * Loads the national-scale register into an empty database in one
 * transaction with one audit entry, showing a progress bar and printing a
 * summary with timings when `progress` is set. Throws when the register is not empty.
 */
export async function seedNational(db: Db, ctx: RequestContext, opts: NationalOptions = {}): Promise<NationalSummary> {
  if (!(await isRegisterEmpty(db))) throw new Error('The register is not empty: national-scale data can only be loaded into an empty database.');
  const timings = new Timings();
  const { builder } = buildNationalRegister(await loadChannelTypes(db), opts);
  timings.mark('build (in memory)', builder.rows.total);
  const counts = builder.rows.counts();
  let tables: { table: string; rows: number; ms: number }[] = [];
  await db.transaction(async (tx) => {
    if (!(await isRegisterEmpty(tx))) throw new Error('The register is not empty: national-scale data can only be loaded into an empty database.');
    tables = await writeRegisterRows(tx, builder.rows, { progress: opts.progress, label: 'national' });
    timings.mark('write rows', builder.rows.total);
    timings.mark('service list read model', counts.services);
    await audit(tx, ctx, { action: 'seed.national', entityType: 'register', entityId: 'national', after: { scale: opts.scale ?? 1, seed: opts.seed ?? 2026, counts } });
  });
  timings.mark('commit');
  await vacuumAnalyze(db);
  timings.mark('vacuum analyze');
  const summary: NationalSummary = {
    counts,
    timings: [...timings.phases, ...tables.map((t) => ({ name: `  ${t.table}`, ms: t.ms, rows: t.rows }))],
    totalMs: timings.totalMs,
  };
  if (opts.progress) printSummary(summary);
  return summary;
}

function printSummary(s: NationalSummary): void {
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\nNational-scale register loaded:');
  console.log(`  ${s.counts.institutions} institutions, ${s.counts.services} services, ${s.counts.serviceVersions} versions, ${s.counts.people} people, ${s.counts.roleAssignments} role assignments`);
  console.log('Timings:');
  for (const t of s.timings) console.log(`  ${t.name.padEnd(30)} ${sec(t.ms).padStart(8)}${t.rows ? `  ${t.rows} rows` : ''}`);
  console.log(`  ${'total'.padEnd(30)} ${sec(s.totalMs).padStart(8)}`);
}
