import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { serviceFeedback } from './feedback.table.js';

export type FeedbackRow = typeof serviceFeedback.$inferSelect;

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
