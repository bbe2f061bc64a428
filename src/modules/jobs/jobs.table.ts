import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Background jobs live in the database so any instance can pick them up. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('queued'),
    payload: jsonb('payload').notNull().default({}),
    progress: jsonb('progress').$type<{ done: number; total: number }>(),
    result: jsonb('result'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    /** Scheduled jobs: the start of the period they were queued for (ISO); one job per kind and period across all processes. */
    periodKey: text('period_key'),
    /** The person whose request queued the job (null: the system or a schedule); they may read it. */
    requestedBy: uuid('requested_by'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_status_run_after_idx').on(t.status, t.runAfter),
    uniqueIndex('jobs_kind_period_uq').on(t.kind, t.periodKey).where(sql`period_key is not null`),
    index('jobs_kind_created_idx').on(t.kind, t.createdAt),
  ],
);
