import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { policyVersions } from './policy.table.js';
import type { PolicyVersionListQuery, PolicyVersionStatus } from './policy.schemas.js';

export type PolicyVersionRow = typeof policyVersions.$inferSelect;
/** A version without its document, for lists. */
export type PolicyVersionHeadRow = Omit<PolicyVersionRow, 'document'>;

const head = {
  id: policyVersions.id,
  titleLv: policyVersions.titleLv,
  titleEn: policyVersions.titleEn,
  status: policyVersions.status,
  effectiveFrom: policyVersions.effectiveFrom,
  createdAt: policyVersions.createdAt,
  createdBy: policyVersions.createdBy,
  rowVersion: policyVersions.rowVersion,
};

export async function findPolicyVersion(ex: Executor, id: string): Promise<PolicyVersionRow | null> {
  const [row] = await ex.select().from(policyVersions).where(eq(policyVersions.id, id));
  return row ?? null;
}

export async function findActivePolicyVersion(ex: Executor): Promise<PolicyVersionRow | null> {
  const [row] = await ex.select().from(policyVersions).where(eq(policyVersions.status, 'active'));
  return row ?? null;
}

/** Id and row version of the active version: a cheap freshness check for cached documents. */
export async function findActivePolicyHead(ex: Executor): Promise<{ id: string; rowVersion: number } | null> {
  const [row] = await ex.select({ id: policyVersions.id, rowVersion: policyVersions.rowVersion }).from(policyVersions).where(eq(policyVersions.status, 'active'));
  return row ?? null;
}

/** Ids and statuses of every stored version (for the file sync). */
export async function listPolicyVersionHeads(ex: Executor): Promise<PolicyVersionHeadRow[]> {
  return ex.select(head).from(policyVersions).orderBy(asc(policyVersions.id));
}

export async function listPolicyVersions(ex: Executor, q: PolicyVersionListQuery): Promise<{ rows: PolicyVersionHeadRow[]; total: number }> {
  const conds: SQL[] = [];
  if (q.status) conds.push(eq(policyVersions.status, q.status));
  const where = conds.length ? and(...conds) : undefined;
  const col = { effectiveFrom: policyVersions.effectiveFrom, createdAt: policyVersions.createdAt, id: policyVersions.id }[q.sort];
  const rows = await ex
    .select(head)
    .from(policyVersions)
    .where(where)
    .orderBy(q.order === 'desc' ? sql`${col} desc nulls last` : sql`${col} asc nulls last`, q.order === 'desc' ? desc(policyVersions.id) : asc(policyVersions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(policyVersions).where(where);
  return { rows, total: Number(n) };
}

/** Inserts a version; returns null when one with this id already exists. */
export async function insertPolicyVersion(ex: Executor, row: typeof policyVersions.$inferInsert): Promise<PolicyVersionRow | null> {
  const [r] = await ex.insert(policyVersions).values(row).onConflictDoNothing({ target: policyVersions.id }).returning();
  return r ?? null;
}

/** Replaces a draft's document and titles when the row version still matches; null when it does not. */
export async function updateDraftPolicyVersion(
  ex: Executor,
  id: string,
  expectedVersion: number,
  patch: Pick<typeof policyVersions.$inferInsert, 'titleLv' | 'titleEn' | 'effectiveFrom' | 'document'>,
): Promise<PolicyVersionRow | null> {
  const [r] = await ex
    .update(policyVersions)
    .set({ ...patch, rowVersion: sql`${policyVersions.rowVersion} + 1` })
    .where(and(eq(policyVersions.id, id), eq(policyVersions.rowVersion, expectedVersion), eq(policyVersions.status, 'draft')))
    .returning();
  return r ?? null;
}

/** Moves a version from one status to another; null when it is not in `from` (or, with a version, is stale). */
export async function setPolicyVersionStatus(ex: Executor, id: string, from: PolicyVersionStatus, to: PolicyVersionStatus, expectedVersion?: number): Promise<PolicyVersionRow | null> {
  const conds = [eq(policyVersions.id, id), eq(policyVersions.status, from)];
  if (expectedVersion !== undefined) conds.push(eq(policyVersions.rowVersion, expectedVersion));
  const [r] = await ex
    .update(policyVersions)
    .set({ status: to, rowVersion: sql`${policyVersions.rowVersion} + 1` })
    .where(and(...conds))
    .returning();
  return r ?? null;
}

/** Serialises the file sync across instances starting at the same time (held until the transaction ends). */
export async function lockPolicySync(ex: Executor): Promise<void> {
  await ex.execute(sql`select pg_advisory_xact_lock(727275)`);
}
