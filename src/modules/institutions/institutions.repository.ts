import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Executor } from '../../platform/db/database.js';
import { serviceVersions } from '../services/services.table.js';
import { activityDirections, institutions } from './institutions.table.js';
import type { InstitutionListQuery } from './institutions.schemas.js';

export type InstitutionRow = typeof institutions.$inferSelect;
export type ActivityDirectionRow = typeof activityDirections.$inferSelect;

export async function findInstitution(ex: Executor, id: string): Promise<InstitutionRow | null> {
  const [row] = await ex.select().from(institutions).where(eq(institutions.id, id));
  return row ?? null;
}

export async function findInstitutionsByIds(ex: Executor, ids: string[]): Promise<InstitutionRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(institutions).where(inArray(institutions.id, ids));
}

export async function findInstitutionByCode(ex: Executor, code: string): Promise<InstitutionRow | null> {
  const [row] = await ex.select().from(institutions).where(eq(institutions.code, code));
  return row ?? null;
}

export async function listInstitutions(ex: Executor, q: InstitutionListQuery, onlyIds?: readonly string[]): Promise<{ rows: InstitutionRow[]; total: number }> {
  const conds: SQL[] = [];
  if (onlyIds) conds.push(onlyIds.length ? inArray(institutions.id, [...onlyIds]) : sql`false`);
  if (q.q) {
    const like = containsPattern(q.q);
    conds.push(or(ilike(institutions.nameLv, like), ilike(institutions.nameEn, like), ilike(institutions.code, like), ilike(institutions.shortName, like)) as SQL);
  }
  if (q.group) conds.push(eq(institutions.groupCode, q.group));
  if (q.kind) conds.push(eq(institutions.kind, q.kind));
  if (q.parentId) conds.push(eq(institutions.parentId, q.parentId));
  if (q.under) conds.push(sql`${institutions.ancestorIds} @> array[${q.under}::uuid]`);
  const where = conds.length ? and(...conds) : undefined;
  // Latvian-aware order (Ā after A, Š after S) via the ICU root collation, on both engines.
  const col = { nameLv: sql`${institutions.nameLv} collate "und-x-icu"`, code: institutions.code, createdAt: institutions.createdAt }[q.sort];
  const rows = await ex
    .select()
    .from(institutions)
    .where(where)
    .orderBy(q.order === 'desc' ? desc(col) : asc(col), asc(institutions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(institutions).where(where);
  return { rows, total: Number(n) };
}

export async function insertInstitution(ex: Executor, row: typeof institutions.$inferInsert): Promise<InstitutionRow> {
  const [r] = await ex.insert(institutions).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateInstitution(ex: Executor, id: string, expectedVersion: number, patch: Partial<typeof institutions.$inferInsert>): Promise<InstitutionRow | null> {
  const [r] = await ex
    .update(institutions)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${institutions.rowVersion} + 1` })
    .where(and(eq(institutions.id, id), eq(institutions.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

/** Rewrites ancestor_ids of every institution below `id` after it moved. */
export async function refreshDescendantAncestors(ex: Executor, id: string, oldAncestors: string[], newAncestors: string[]): Promise<void> {
  const oldPrefix = [...oldAncestors, id];
  const newPrefix = [...newAncestors, id];
  await ex.execute(sql`
    update institutions
       set ancestor_ids = ${sql`array[${sql.join(newPrefix.map((x) => sql`${x}::uuid`), sql`, `)}]`} || ancestor_ids[${oldPrefix.length + 1}:]
     where ancestor_ids @> array[${id}::uuid]`);
}

export async function countChildren(ex: Executor, id: string): Promise<number> {
  const [{ n }] = await ex.select({ n: count() }).from(institutions).where(eq(institutions.parentId, id));
  return Number(n);
}

export async function listActivityDirections(ex: Executor, institutionId: string): Promise<ActivityDirectionRow[]> {
  return ex.select().from(activityDirections).where(eq(activityDirections.institutionId, institutionId)).orderBy(asc(activityDirections.code));
}

export async function findActivityDirection(ex: Executor, id: string): Promise<ActivityDirectionRow | null> {
  const [r] = await ex.select().from(activityDirections).where(eq(activityDirections.id, id));
  return r ?? null;
}

/**
 * Of the given directions, the ids some service version (draft, published or
 * past) still names. Locks the directions first, so no service can take one up
 * between this answer and their removal in the same transaction.
 */
export async function activityDirectionIdsInUse(ex: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  await ex.select({ id: activityDirections.id }).from(activityDirections).where(inArray(activityDirections.id, ids)).for('update');
  const rows = await ex
    .selectDistinct({ id: serviceVersions.activityDirectionId })
    .from(serviceVersions)
    .where(inArray(serviceVersions.activityDirectionId, ids));
  return new Set(rows.map((r) => r.id!));
}

/** Replaces an institution's directions by code: kept codes keep their ids. */
export async function replaceActivityDirections(ex: Executor, institutionId: string, dirs: { code: string; nameLv: string; nameEn: string | null }[]): Promise<void> {
  const existing = await listActivityDirections(ex, institutionId);
  const wanted = new Map(dirs.map((d) => [d.code, d]));
  const gone = existing.filter((e) => !wanted.has(e.code)).map((e) => e.id);
  if (gone.length) await ex.delete(activityDirections).where(inArray(activityDirections.id, gone));
  for (const d of dirs) {
    const old = existing.find((e) => e.code === d.code);
    if (old) await ex.update(activityDirections).set({ nameLv: d.nameLv, nameEn: d.nameEn }).where(eq(activityDirections.id, old.id));
    else await ex.insert(activityDirections).values({ institutionId, ...d });
  }
}
