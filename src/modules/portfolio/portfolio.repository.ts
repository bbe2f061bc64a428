import { count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { people } from '../people/people.table.js';
import { portfolioApprovals } from './portfolio.table.js';

export type ApprovalRow = typeof portfolioApprovals.$inferSelect;

export async function insertApproval(ex: Executor, row: typeof portfolioApprovals.$inferInsert): Promise<ApprovalRow> {
  const [r] = await ex.insert(portfolioApprovals).values(row).returning();
  return r;
}

/** The latest approval of an institution's list, if any. */
export async function latestApproval(ex: Executor, institutionId: string): Promise<ApprovalRow | null> {
  const [r] = await ex
    .select()
    .from(portfolioApprovals)
    .where(eq(portfolioApprovals.institutionId, institutionId))
    .orderBy(desc(portfolioApprovals.approvedAt), desc(portfolioApprovals.id))
    .limit(1);
  return r ?? null;
}

export interface ApprovalWithPerson extends ApprovalRow {
  givenName: string;
  familyName: string;
}

/** Approval history, newest first, with who approved. */
export async function listApprovals(ex: Executor, institutionId: string, page: number, pageSize: number): Promise<{ rows: ApprovalWithPerson[]; total: number }> {
  const rows = await ex
    .select({ a: portfolioApprovals, givenName: people.givenName, familyName: people.familyName })
    .from(portfolioApprovals)
    .innerJoin(people, eq(people.id, portfolioApprovals.approvedBy))
    .where(eq(portfolioApprovals.institutionId, institutionId))
    .orderBy(desc(portfolioApprovals.approvedAt), desc(portfolioApprovals.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ n }] = await ex.select({ n: count() }).from(portfolioApprovals).where(eq(portfolioApprovals.institutionId, institutionId));
  return { rows: rows.map((r) => ({ ...r.a, givenName: r.givenName, familyName: r.familyName })), total: Number(n) };
}
