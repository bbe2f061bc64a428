import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Executor } from '../../platform/db/database.js';
import { institutions } from '../institutions/institutions.table.js';
import { lifeSituationNeeds, lifeSituations, needs } from './life-situations.table.js';

export type LifeSituationRow = typeof lifeSituations.$inferSelect;
export type LifeSituationInsert = typeof lifeSituations.$inferInsert;
export type NeedRow = typeof needs.$inferSelect;
export type NeedInsert = typeof needs.$inferInsert;

/** The owner institution's code and name, when the record has an owner. */
export interface OwnerLabel {
  ownerCode: string | null;
  ownerNameLv: string | null;
}
export type LifeSituationWithOwner = LifeSituationRow & OwnerLabel & { needCount: number };
export type NeedWithOwner = NeedRow & OwnerLabel & { lifeSituationCount: number };

const escapeLike = containsPattern;

// Outer columns are qualified by hand: drizzle leaves them unqualified in single-table queries.
const needCountSql = sql<number>`(select count(*) from life_situation_needs x where x.life_situation_id = "life_situations"."id")`.mapWith(Number);
const lifeSituationCountSql = sql<number>`(select count(*) from life_situation_needs x where x.need_id = "needs"."id")`.mapWith(Number);

// ---------------------------------------------------------------- life situations

const lsColumns = { ls: lifeSituations, ownerCode: institutions.code, ownerNameLv: institutions.nameLv, needCount: needCountSql };
const flattenLs = (r: { ls: LifeSituationRow; ownerCode: string | null; ownerNameLv: string | null; needCount: number }): LifeSituationWithOwner => ({
  ...r.ls,
  ownerCode: r.ownerCode,
  ownerNameLv: r.ownerNameLv,
  needCount: Number(r.needCount),
});

export async function findLifeSituation(ex: Executor, id: string): Promise<LifeSituationWithOwner | null> {
  const [r] = await ex.select(lsColumns).from(lifeSituations).leftJoin(institutions, eq(institutions.id, lifeSituations.ownerInstitutionId)).where(eq(lifeSituations.id, id));
  return r ? flattenLs(r) : null;
}

export async function findLifeSituationByCode(ex: Executor, code: string): Promise<LifeSituationRow | null> {
  const [r] = await ex.select().from(lifeSituations).where(eq(lifeSituations.code, code));
  return r ?? null;
}

export async function findLifeSituationsByIds(ex: Executor, ids: string[]): Promise<LifeSituationWithOwner[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .select(lsColumns)
    .from(lifeSituations)
    .leftJoin(institutions, eq(institutions.id, lifeSituations.ownerInstitutionId))
    .where(inArray(lifeSituations.id, [...new Set(ids)]));
  return rows.map(flattenLs);
}

export interface LifeSituationFilter {
  q?: string;
  audience?: string;
  ownerInstitutionId?: string;
  needId?: string;
  sort: 'nameLv' | 'code' | 'createdAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export async function listLifeSituations(ex: Executor, f: LifeSituationFilter): Promise<{ rows: LifeSituationWithOwner[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = escapeLike(f.q);
    conds.push(or(ilike(lifeSituations.nameLv, like), ilike(lifeSituations.nameEn, like), ilike(lifeSituations.code, like)) as SQL);
  }
  if (f.audience) conds.push(eq(lifeSituations.audience, f.audience));
  if (f.ownerInstitutionId) conds.push(eq(lifeSituations.ownerInstitutionId, f.ownerInstitutionId));
  if (f.needId) conds.push(sql`exists (select 1 from life_situation_needs x where x.life_situation_id = "life_situations"."id" and x.need_id = ${f.needId}::uuid)`);
  const where = conds.length ? and(...conds) : undefined;
  const col = { nameLv: lifeSituations.nameLv, code: lifeSituations.code, createdAt: lifeSituations.createdAt }[f.sort];
  const rows = await ex
    .select(lsColumns)
    .from(lifeSituations)
    .leftJoin(institutions, eq(institutions.id, lifeSituations.ownerInstitutionId))
    .where(where)
    .orderBy(f.order === 'desc' ? desc(col) : asc(col), asc(lifeSituations.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(lifeSituations).where(where);
  return { rows: rows.map(flattenLs), total: Number(n) };
}

export async function insertLifeSituation(ex: Executor, row: LifeSituationInsert): Promise<LifeSituationRow> {
  const [r] = await ex.insert(lifeSituations).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateLifeSituation(ex: Executor, id: string, expectedVersion: number, patch: Partial<LifeSituationInsert>): Promise<LifeSituationRow | null> {
  const [r] = await ex
    .update(lifeSituations)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${lifeSituations.rowVersion} + 1` })
    .where(and(eq(lifeSituations.id, id), eq(lifeSituations.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

/** Bumps the row version of life situations whose needs changed through a need's edit. */
export async function touchLifeSituations(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex
    .update(lifeSituations)
    .set({ updatedAt: sql`now()`, rowVersion: sql`${lifeSituations.rowVersion} + 1` })
    .where(inArray(lifeSituations.id, ids));
}

/** The needs of a life situation, by code. */
export async function needsOfLifeSituation(ex: Executor, lifeSituationId: string): Promise<NeedRow[]> {
  const rows = await ex
    .select({ need: needs })
    .from(lifeSituationNeeds)
    .innerJoin(needs, eq(needs.id, lifeSituationNeeds.needId))
    .where(eq(lifeSituationNeeds.lifeSituationId, lifeSituationId))
    .orderBy(asc(needs.code));
  return rows.map((r) => r.need);
}

/** Need ids of a life situation. */
export async function needIdsOfLifeSituation(ex: Executor, lifeSituationId: string): Promise<string[]> {
  const rows = await ex.select({ id: lifeSituationNeeds.needId }).from(lifeSituationNeeds).where(eq(lifeSituationNeeds.lifeSituationId, lifeSituationId));
  return rows.map((r) => r.id);
}

/** Replaces the needs of a life situation. */
export async function replaceLifeSituationNeeds(ex: Executor, lifeSituationId: string, needIds: string[]): Promise<void> {
  await ex.delete(lifeSituationNeeds).where(eq(lifeSituationNeeds.lifeSituationId, lifeSituationId));
  const unique = [...new Set(needIds)];
  if (unique.length) await ex.insert(lifeSituationNeeds).values(unique.map((needId) => ({ lifeSituationId, needId })));
}

// ---------------------------------------------------------------- needs

const needColumns = { need: needs, ownerCode: institutions.code, ownerNameLv: institutions.nameLv, lifeSituationCount: lifeSituationCountSql };
const flattenNeed = (r: { need: NeedRow; ownerCode: string | null; ownerNameLv: string | null; lifeSituationCount: number }): NeedWithOwner => ({
  ...r.need,
  ownerCode: r.ownerCode,
  ownerNameLv: r.ownerNameLv,
  lifeSituationCount: Number(r.lifeSituationCount),
});

export async function findNeed(ex: Executor, id: string): Promise<NeedWithOwner | null> {
  const [r] = await ex.select(needColumns).from(needs).leftJoin(institutions, eq(institutions.id, needs.ownerInstitutionId)).where(eq(needs.id, id));
  return r ? flattenNeed(r) : null;
}

/** Needs by id (e.g. the services module checking the needs a description names). */
export async function findNeedsByIds(ex: Executor, ids: string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(needs).where(inArray(needs.id, [...new Set(ids)]));
}

export async function findNeedsByCodes(ex: Executor, codes: string[]): Promise<NeedRow[]> {
  if (codes.length === 0) return [];
  return ex.select().from(needs).where(inArray(needs.code, [...new Set(codes)]));
}

export interface NeedFilter {
  q?: string;
  ownerInstitutionId?: string;
  lifeSituationId?: string;
  sort: 'nameLv' | 'code' | 'createdAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export async function listNeeds(ex: Executor, f: NeedFilter): Promise<{ rows: NeedWithOwner[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = escapeLike(f.q);
    conds.push(or(ilike(needs.nameLv, like), ilike(needs.nameEn, like), ilike(needs.code, like)) as SQL);
  }
  if (f.ownerInstitutionId) conds.push(eq(needs.ownerInstitutionId, f.ownerInstitutionId));
  if (f.lifeSituationId) conds.push(sql`exists (select 1 from life_situation_needs x where x.need_id = "needs"."id" and x.life_situation_id = ${f.lifeSituationId}::uuid)`);
  const where = conds.length ? and(...conds) : undefined;
  const col = { nameLv: needs.nameLv, code: needs.code, createdAt: needs.createdAt }[f.sort];
  const rows = await ex
    .select(needColumns)
    .from(needs)
    .leftJoin(institutions, eq(institutions.id, needs.ownerInstitutionId))
    .where(where)
    .orderBy(f.order === 'desc' ? desc(col) : asc(col), asc(needs.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(needs).where(where);
  return { rows: rows.map(flattenNeed), total: Number(n) };
}

export async function insertNeed(ex: Executor, row: NeedInsert): Promise<NeedRow> {
  const [r] = await ex.insert(needs).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateNeed(ex: Executor, id: string, expectedVersion: number, patch: Partial<NeedInsert>): Promise<NeedRow | null> {
  const [r] = await ex
    .update(needs)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${needs.rowVersion} + 1` })
    .where(and(eq(needs.id, id), eq(needs.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

/** The life situations a need belongs to, by code. */
export async function lifeSituationsOfNeed(ex: Executor, needId: string): Promise<LifeSituationRow[]> {
  const rows = await ex
    .select({ ls: lifeSituations })
    .from(lifeSituationNeeds)
    .innerJoin(lifeSituations, eq(lifeSituations.id, lifeSituationNeeds.lifeSituationId))
    .where(eq(lifeSituationNeeds.needId, needId))
    .orderBy(asc(lifeSituations.code));
  return rows.map((r) => r.ls);
}

export async function linkNeedToLifeSituations(ex: Executor, needId: string, lifeSituationIds: string[]): Promise<void> {
  const unique = [...new Set(lifeSituationIds)];
  if (unique.length) await ex.insert(lifeSituationNeeds).values(unique.map((lifeSituationId) => ({ lifeSituationId, needId }))).onConflictDoNothing();
}

export async function unlinkNeedFromLifeSituations(ex: Executor, needId: string, lifeSituationIds: string[]): Promise<void> {
  if (lifeSituationIds.length === 0) return;
  await ex.delete(lifeSituationNeeds).where(and(eq(lifeSituationNeeds.needId, needId), inArray(lifeSituationNeeds.lifeSituationId, lifeSituationIds)));
}

export async function institutionExists(ex: Executor, id: string): Promise<boolean> {
  const [r] = await ex.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, id));
  return !!r;
}
