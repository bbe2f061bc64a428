/**
 * The rows of a whole register, built in memory by the demo and national seeds
 * and written table by table in foreign-key order with multi-row inserts.
 */
import cliProgress from 'cli-progress';
import type { Executor } from '../platform/db/database.js';
import { institutions, activityDirections } from '../modules/institutions/institutions.table.js';
import { people } from '../modules/people/people.table.js';
import { accounts } from '../modules/auth/auth.table.js';
import { channelPoints } from '../modules/channel-points/channel-points.table.js';
import { lifeSituations, needs, lifeSituationNeeds } from '../modules/life-situations/life-situations.table.js';
import { resources, capabilities } from '../modules/resources/resources.table.js';
import { writeServiceRecords, type ServiceRecord } from '../modules/services/services.bulk.js';
import { roleAssignments } from '../modules/roles/roles.table.js';
import { portfolioApprovals } from '../modules/portfolio/portfolio.table.js';
import { insertChunked } from './support.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** The table after which the services are written: they refer to everything before it, and the rest refers to them. */
const SERVICES_AFTER = 'resources';

/** Every table a seed fills, in the order the rows must be written (parents first). */
export class RegisterRows {
  institutions: Row<typeof institutions>[] = [];
  activityDirections: Row<typeof activityDirections>[] = [];
  people: Row<typeof people>[] = [];
  accounts: Row<typeof accounts>[] = [];
  channelPoints: Row<typeof channelPoints>[] = [];
  lifeSituations: Row<typeof lifeSituations>[] = [];
  needs: Row<typeof needs>[] = [];
  lifeSituationNeeds: Row<typeof lifeSituationNeeds>[] = [];
  resources: Row<typeof resources>[] = [];
  capabilities: Row<typeof capabilities>[] = [];
  /** Services with their versions, written by the services module (`writeServiceRecords`). */
  services: ServiceRecord[] = [];
  roleAssignments: Row<typeof roleAssignments>[] = [];
  portfolioApprovals: Row<typeof portfolioApprovals>[] = [];

  /** Row counts per table, for the summary and the audit entry. */
  counts(): Record<string, number> {
    return { ...Object.fromEntries(this.tables().map(([name, , rows]) => [name, rows.length])), ...this.serviceCounts() };
  }

  get total(): number {
    return Object.values(this.counts()).reduce((n, c) => n + c, 0);
  }

  /** Rows of the services tables: services, versions and their link rows (the description's lists). */
  serviceCounts(): Record<string, number> {
    const versions = this.services.flatMap((r) => r.versions.map((v) => v.description));
    const sum = (f: (d: (typeof versions)[number]) => number) => versions.reduce((n, d) => n + f(d), 0);
    return {
      services: this.services.length,
      serviceVersions: versions.length,
      serviceVersionNeeds: sum((d) => d.needIds.length),
      serviceVersionChannelPoints: sum((d) => d.channelPoints.length),
      serviceVersionProviders: sum((d) => d.providers.length),
      serviceVersionResources: sum((d) => d.resourceIds.length),
      serviceVersionLinks: sum((d) => d.componentIds.length + d.dependsOnIds.length + d.replacesIds.length + d.mergesIds.length),
    };
  }

  /** [name, table, rows] in write order, the services left out (written after `SERVICES_AFTER`). */
  tables(): [string, Parameters<typeof insertChunked>[1], unknown[]][] {
    return [
      ['institutions', institutions, sortByDepth(this.institutions)],
      ['activityDirections', activityDirections, this.activityDirections],
      ['people', people, this.people],
      ['accounts', accounts, this.accounts],
      ['channelPoints', channelPoints, this.channelPoints],
      ['lifeSituations', lifeSituations, this.lifeSituations],
      ['needs', needs, this.needs],
      ['lifeSituationNeeds', lifeSituationNeeds, this.lifeSituationNeeds],
      ['resources', resources, this.resources],
      // The services (SERVICES_AFTER) are written here, by the services module.
      ['capabilities', capabilities, this.capabilities],
      ['roleAssignments', roleAssignments, this.roleAssignments],
      ['portfolioApprovals', portfolioApprovals, this.portfolioApprovals],
    ];
  }
}

/** Parents before children, so a chunk never references a row of a later chunk. */
function sortByDepth<T extends { ancestorIds?: string[] | unknown }>(rows: T[]): T[] {
  const depth = (r: T) => (Array.isArray(r.ancestorIds) ? r.ancestorIds.length : 0);
  return [...rows].sort((a, b) => depth(a) - depth(b));
}

/**
 * Writes every table with multi-row inserts of up to `chunkSize` rows, one
 * round trip per chunk, showing a progress bar when asked. Returns per-table
 * timings in milliseconds.
 */
export async function writeRegisterRows(
  ex: Executor,
  rows: RegisterRows,
  opts: { progress?: boolean; chunkSize?: number; label?: string } = {},
): Promise<{ table: string; rows: number; ms: number }[]> {
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: `${opts.label ?? 'seed'} [{bar}] {percentage}% | {value}/{total} rows | {table}`, hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(rows.total, 0, { table: '' });
  const timings: { table: string; rows: number; ms: number }[] = [];
  for (const [name, table, list] of rows.tables()) {
    const started = performance.now();
    bar?.update({ table: name });
    await insertChunked(ex, table, list as never[], { chunkSize: opts.chunkSize ?? 1000, onChunk: (n) => bar?.increment(n) });
    timings.push({ table: name, rows: list.length, ms: performance.now() - started });
    if (name === SERVICES_AFTER) {
      // Services, versions and link rows set-based, with their list read model and search documents.
      const at = performance.now();
      bar?.update({ table: 'services' });
      await writeServiceRecords(ex, rows.services);
      const written = Object.values(rows.serviceCounts()).reduce((sum, c) => sum + c, 0);
      bar?.increment(written);
      timings.push({ table: 'services (versions, links, listings)', rows: written, ms: performance.now() - at });
    }
  }
  bar?.stop();
  return timings;
}
