import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { serviceFeedback } from './feedback.table.js';
import { visibleListingSql } from '../services/services.visibility.js';

export type FeedbackRow = typeof serviceFeedback.$inferSelect;

/** A published public service by code, as the feedback form needs it (null otherwise). */
export async function findRateableService(ex: Executor, code: string): Promise<{ id: string; code: string; nameLv: string | null; nameEn: string | null } | null> {
  const [row] = await queryRows<{ id: string; code: string; name_lv: string | null; name_en: string | null }>(
    ex,
    sql`select l.service_id as id, l.code, l.name_lv, l.name_en from service_listings l
         where ${visibleListingSql({ kind: 'public' }, 'l')} and l.code = ${code}`,
  );
  return row ? { id: row.id, code: row.code, nameLv: row.name_lv, nameEn: row.name_en } : null;
}

/** Channel types of the published version's channel points (the template's when an instance has none of its own). */
export async function publishedChannelTypes(ex: Executor, serviceId: string): Promise<Set<string>> {
  const rows = await queryRows<{ channel_type: string }>(
    ex,
    sql`select distinct cp.channel_type
          from services s
          left join services ts on ts.id = s.template_service_id
          join service_version_channel_points x on x.version_id =
               case when ts.id is null or exists (select 1 from service_version_channel_points o where o.version_id = s.published_version_id)
                    then s.published_version_id else ts.published_version_id end
          join channel_points cp on cp.id = x.channel_point_id
         where s.id = ${serviceId} and s.status = 'published'`,
  );
  return new Set(rows.map((r) => r.channel_type));
}

export async function insertFeedback(ex: Executor, row: typeof serviceFeedback.$inferInsert): Promise<FeedbackRow> {
  const [created] = await ex.insert(serviceFeedback).values(row).returning();
  return created;
}

/** How many ratings of each value a service has (optionally since a time). */
export async function ratingCounts(ex: Executor, serviceId: string, since?: Date): Promise<{ rating: number; n: number }[]> {
  const rows = await queryRows<{ rating: number; n: number | string }>(
    ex,
    sql`select rating, count(*) as n from service_feedback
         where service_id = ${serviceId} ${since ? sql`and created_at >= ${since.toISOString()}` : sql``}
         group by rating order by rating`,
  );
  return rows.map((r) => ({ rating: Number(r.rating), n: Number(r.n) }));
}

/** Services rated most often in the last `days` days, most rated first. */
export async function mostRatedServiceIds(ex: Executor, days: number, limit: number): Promise<string[]> {
  const rows = await queryRows<{ service_id: string }>(
    ex,
    sql`select service_id from service_feedback where created_at >= now() - make_interval(days => ${days})
         group by service_id order by count(*) desc, service_id limit ${limit}`,
  );
  return rows.map((r) => r.service_id);
}

/** The owner institution of a service, or null when there is no such service. */
export async function serviceOwner(ex: Executor, serviceId: string): Promise<string | null> {
  const [row] = await queryRows<{ owner: string }>(ex, sql`select owner_institution_id as owner from services where id = ${serviceId}`);
  return row?.owner ?? null;
}
