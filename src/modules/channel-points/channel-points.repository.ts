import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Executor } from '../../platform/db/database.js';
import { institutions } from '../institutions/institutions.table.js';
import { channelPoints } from './channel-points.table.js';

export type ChannelPointRow = typeof channelPoints.$inferSelect;
export type ChannelPointInsert = typeof channelPoints.$inferInsert;

/** A channel point with its owner institution's code and name. */
export type ChannelPointWithOwner = ChannelPointRow & { institutionCode: string; institutionNameLv: string };

export interface ChannelPointFilter {
  q?: string;
  institutionId?: string;
  channelType?: string;
  /** Channel type codes to keep (an environment filter resolved against the policy). */
  channelTypes?: string[];
  active?: boolean;
  sort: 'nameLv' | 'code' | 'channelType' | 'createdAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const withOwner = {
  point: channelPoints,
  institutionCode: institutions.code,
  institutionNameLv: institutions.nameLv,
};

const flatten = (r: { point: ChannelPointRow; institutionCode: string; institutionNameLv: string }): ChannelPointWithOwner => ({
  ...r.point,
  institutionCode: r.institutionCode,
  institutionNameLv: r.institutionNameLv,
});

export const escapeLike = containsPattern;

export async function findChannelPoint(ex: Executor, id: string): Promise<ChannelPointWithOwner | null> {
  const [row] = await ex.select(withOwner).from(channelPoints).innerJoin(institutions, eq(institutions.id, channelPoints.institutionId)).where(eq(channelPoints.id, id));
  return row ? flatten(row) : null;
}

export async function findChannelPointByCode(ex: Executor, code: string): Promise<ChannelPointRow | null> {
  const [row] = await ex.select().from(channelPoints).where(eq(channelPoints.code, code));
  return row ?? null;
}

export async function listChannelPoints(ex: Executor, f: ChannelPointFilter): Promise<{ rows: ChannelPointWithOwner[]; total: number }> {
  const conds: SQL[] = [];
  if (f.q) {
    const like = escapeLike(f.q);
    conds.push(or(ilike(channelPoints.nameLv, like), ilike(channelPoints.nameEn, like), ilike(channelPoints.code, like), ilike(channelPoints.address, like)) as SQL);
  }
  if (f.institutionId) conds.push(eq(channelPoints.institutionId, f.institutionId));
  if (f.channelType) conds.push(eq(channelPoints.channelType, f.channelType));
  if (f.channelTypes) conds.push(f.channelTypes.length ? inArray(channelPoints.channelType, f.channelTypes) : sql`false`);
  if (f.active !== undefined) conds.push(eq(channelPoints.active, f.active));
  const where = conds.length ? and(...conds) : undefined;
  const col = { nameLv: channelPoints.nameLv, code: channelPoints.code, channelType: channelPoints.channelType, createdAt: channelPoints.createdAt }[f.sort];
  const rows = await ex
    .select(withOwner)
    .from(channelPoints)
    .innerJoin(institutions, eq(institutions.id, channelPoints.institutionId))
    .where(where)
    .orderBy(f.order === 'desc' ? desc(col) : asc(col), asc(channelPoints.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(channelPoints).where(where);
  return { rows: rows.map(flatten), total: Number(n) };
}

export async function insertChannelPoint(ex: Executor, row: ChannelPointInsert): Promise<ChannelPointRow> {
  const [r] = await ex.insert(channelPoints).values(row).returning();
  return r;
}

/** Updates when the row version still matches; returns null when it does not. */
export async function updateChannelPoint(ex: Executor, id: string, expectedVersion: number, patch: Partial<ChannelPointInsert>): Promise<ChannelPointRow | null> {
  const [r] = await ex
    .update(channelPoints)
    .set({ ...patch, updatedAt: sql`now()`, rowVersion: sql`${channelPoints.rowVersion} + 1` })
    .where(and(eq(channelPoints.id, id), eq(channelPoints.rowVersion, expectedVersion)))
    .returning();
  return r ?? null;
}

export async function institutionExists(ex: Executor, id: string): Promise<boolean> {
  const [r] = await ex.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, id));
  return !!r;
}
