import { and, count, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { people } from '../people/people.table.js';
import { services } from '../services/services.table.js';
import { portfolioApprovals } from './portfolio.table.js';

export type ApprovalRow = typeof portfolioApprovals.$inferSelect;

/** Ids of an institution's published services: its current service list. */
export async function publishedServiceIds(ex: Executor, institutionId: string): Promise<string[]> {
  const rows = await ex
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.ownerInstitutionId, institutionId), eq(services.status, 'published')))
    .orderBy(services.code);
  return rows.map((r) => r.id);
}

export interface PortfolioServiceRow {
  id: string;
  code: string;
  name_lv: string | null;
  name_en: string | null;
  recipient_type: string | null;
  complexity: string | null;
  digital_status: string;
  version_no: number;
  published_at: Date | string | null;
  is_template: boolean;
  template_service_id: string | null;
}

/** The published services of an institution with their published version (an instance named from its template). */
export async function publishedServicesOf(ex: Executor, institutionId: string): Promise<PortfolioServiceRow[]> {
  return queryRows<PortfolioServiceRow>(
    ex,
    sql`select s.id, s.code, coalesce(v.name_lv, tv.name_lv) as name_lv, coalesce(v.name_en, tv.name_en) as name_en,
               coalesce(v.recipient_type, tv.recipient_type) as recipient_type, coalesce(v.complexity, tv.complexity) as complexity,
               v.digital_status, v.version_no, v.published_at, s.is_template, s.template_service_id
          from services s
          join service_versions v on v.id = s.published_version_id
          left join services ts on ts.id = s.template_service_id
          left join service_versions tv on tv.id = ts.published_version_id
         where s.owner_institution_id = ${institutionId} and s.status = 'published'
         order by coalesce(v.name_lv, tv.name_lv), s.code`,
  );
}

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
