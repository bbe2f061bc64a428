import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { serviceRuleQueue, serviceRuleResults, serviceRuleSummaries, services, serviceVersions } from './services.table.js';

/**
 * Stored rule results and their stale queue (tables of migration 0011), and
 * the set-based reads the bulk computation makes of the services' own tables.
 * Every read here takes a whole batch of services: one query per table, never
 * one per service.
 */

export type ServiceRow = typeof services.$inferSelect;
export type VersionRow = typeof serviceVersions.$inferSelect;
export type RuleSummaryRow = typeof serviceRuleSummaries.$inferSelect;
export type RuleResultRow = typeof serviceRuleResults.$inferSelect;
export type RuleSummaryInsert = typeof serviceRuleSummaries.$inferInsert;
export type RuleResultInsert = typeof serviceRuleResults.$inferInsert;

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters for the widest row. */
const INSERT_CHUNK = 2000;
function* chunks<T>(xs: T[], n = INSERT_CHUNK): Generator<T[]> {
  for (let i = 0; i < xs.length; i += n) yield xs.slice(i, i + n);
}

/* ------------------------------------------------------------------ */
/* What the rules read of the services' own tables, for a batch        */
/* ------------------------------------------------------------------ */

export async function findServices(ex: Executor, ids: string[]): Promise<ServiceRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(services).where(inArray(services.id, uniq(ids)));
}

export async function findVersions(ex: Executor, ids: string[]): Promise<VersionRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(serviceVersions).where(inArray(serviceVersions.id, uniq(ids)));
}

/**
 * Component edges of services as their current version (draft, else published)
 * states them, ordered, so the same graph gives the same path: service id → component ids.
 */
export async function componentEdges(ex: Executor, serviceIds: string[]): Promise<Map<string, string[]>> {
  const ids = uniq(serviceIds);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await queryRows<{ service_id: string; target: string }>(
    ex,
    sql`select s.id as service_id, l.target_service_id as target
          from services s
          join service_version_links l on l.version_id = coalesce(s.draft_version_id, s.published_version_id) and l.kind = 'component'
         where s.id = any(${`{${ids.join(',')}}`}::uuid[])
         order by s.id, l.target_service_id`,
  );
  for (const r of rows) out.get(r.service_id)!.push(r.target);
  return out;
}

/* ------------------------------------------------------------------ */
/* The stale queue                                                     */
/* ------------------------------------------------------------------ */

/** Up to `limit` stale services, those queued longest first. */
export async function queuedServiceIds(ex: Executor, limit: number): Promise<string[]> {
  const rows = await queryRows<{ service_id: string }>(
    ex,
    sql`select service_id from service_rule_queue group by service_id order by min(id) limit ${limit}`,
  );
  return rows.map((r) => r.service_id);
}

/** How many services are stale. */
export async function countQueued(ex: Executor): Promise<number> {
  const [{ n }] = await queryRows<{ n: number | string }>(ex, sql`select count(distinct service_id) as n from service_rule_queue`);
  return Number(n);
}

/**
 * Takes services off the queue. Done first in the transaction that then reads
 * and stores: a change committed after this statement leaves a new entry, so
 * it is computed again, and nothing marked is lost.
 */
export async function dequeue(ex: Executor, serviceIds: string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  await ex.delete(serviceRuleQueue).where(inArray(serviceRuleQueue.serviceId, uniq(serviceIds)));
}

/** Marks every service stale (a full recompute). */
export async function queueAllServices(ex: Executor): Promise<void> {
  await ex.execute(sql`insert into service_rule_queue (service_id) select id from services`);
}

/** Of the given services, those that are stale. */
export async function staleAmong(ex: Executor, serviceIds: string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const rows = await ex.selectDistinct({ id: serviceRuleQueue.serviceId }).from(serviceRuleQueue).where(inArray(serviceRuleQueue.serviceId, uniq(serviceIds)));
  return new Set(rows.map((r) => r.id));
}

/* ------------------------------------------------------------------ */
/* Stored results                                                      */
/* ------------------------------------------------------------------ */

/**
 * Replaces the stored results of the given services with those computed for
 * their live versions: results of versions no longer live go, summaries are
 * upserted, each version's rule rows rewritten, all with multi-row statements.
 */
export async function storeRuleResults(ex: Executor, serviceIds: string[], summaries: RuleSummaryInsert[], results: RuleResultInsert[]): Promise<void> {
  const ids = uniq(serviceIds);
  if (ids.length === 0) return;
  const live = summaries.map((s) => s.versionId);
  await ex
    .delete(serviceRuleSummaries)
    .where(live.length ? and(inArray(serviceRuleSummaries.serviceId, ids), notInArray(serviceRuleSummaries.versionId, live)) : inArray(serviceRuleSummaries.serviceId, ids));
  for (const part of chunks(summaries)) {
    await ex
      .insert(serviceRuleSummaries)
      .values(part)
      .onConflictDoUpdate({
        target: serviceRuleSummaries.versionId,
        set: {
          serviceId: sql`excluded.service_id`,
          ownerInstitutionId: sql`excluded.owner_institution_id`,
          policyVersionId: sql`excluded.policy_version_id`,
          hardCount: sql`excluded.hard_count`,
          softCount: sql`excluded.soft_count`,
          computedAt: sql`excluded.computed_at`,
        },
      });
  }
  for (const part of chunks(live)) await ex.delete(serviceRuleResults).where(inArray(serviceRuleResults.versionId, part));
  for (const part of chunks(results)) await ex.insert(serviceRuleResults).values(part);
}

/** Summaries of the given versions, by version id. */
export async function summariesOf(ex: Executor, versionIds: string[]): Promise<Map<string, RuleSummaryRow>> {
  if (versionIds.length === 0) return new Map();
  const rows = await ex.select().from(serviceRuleSummaries).where(inArray(serviceRuleSummaries.versionId, uniq(versionIds)));
  return new Map(rows.map((r) => [r.versionId, r]));
}

/** Rule rows of one version, in order. */
export async function resultsOf(ex: Executor, versionId: string): Promise<RuleResultRow[]> {
  return ex.select().from(serviceRuleResults).where(eq(serviceRuleResults.versionId, versionId)).orderBy(asc(serviceRuleResults.seq));
}
