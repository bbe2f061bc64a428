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
import {
  services,
  serviceVersions,
  serviceVersionNeeds,
  serviceVersionChannelPoints,
  serviceVersionProviders,
  serviceVersionResources,
  serviceVersionLinks,
} from '../modules/services/services.table.js';
import { roleAssignments } from '../modules/roles/roles.table.js';
import { portfolioApprovals } from '../modules/portfolio/portfolio.table.js';
import { insertChunked } from './support.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

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
  services: Row<typeof services>[] = [];
  serviceVersions: Row<typeof serviceVersions>[] = [];
  serviceVersionNeeds: Row<typeof serviceVersionNeeds>[] = [];
  serviceVersionChannelPoints: Row<typeof serviceVersionChannelPoints>[] = [];
  serviceVersionProviders: Row<typeof serviceVersionProviders>[] = [];
  serviceVersionResources: Row<typeof serviceVersionResources>[] = [];
  serviceVersionLinks: Row<typeof serviceVersionLinks>[] = [];
  roleAssignments: Row<typeof roleAssignments>[] = [];
  portfolioApprovals: Row<typeof portfolioApprovals>[] = [];

  /** Row counts per table, for the summary and the audit entry. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.tables().map(([name, , rows]) => [name, rows.length]));
  }

  get total(): number {
    return this.tables().reduce((n, [, , rows]) => n + rows.length, 0);
  }

  /** [name, table, rows] in write order. */
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
      // Templates first: instances reference them through a foreign key.
      ['services', services, [...this.services.filter((s) => s.isTemplate), ...this.services.filter((s) => !s.isTemplate)]],
      ['serviceVersions', serviceVersions, this.serviceVersions],
      ['serviceVersionNeeds', serviceVersionNeeds, this.serviceVersionNeeds],
      ['serviceVersionChannelPoints', serviceVersionChannelPoints, this.serviceVersionChannelPoints],
      ['serviceVersionProviders', serviceVersionProviders, this.serviceVersionProviders],
      ['serviceVersionResources', serviceVersionResources, this.serviceVersionResources],
      ['serviceVersionLinks', serviceVersionLinks, this.serviceVersionLinks],
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
  }
  bar?.stop();
  return timings;
}
