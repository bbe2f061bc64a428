import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';

/**
 * Imports of service lists (CSV, XLSX, CPSV-AP JSON-LD): the uploaded file,
 * the run's status and progress counters, and the per-row report. The work
 * itself runs as a job (`jobs` table), so any instance can pick it up.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'cascade' }),
    /** The person who uploaded the file; null for the command line (system). */
    createdBy: uuid('created_by'),
    requestId: text('request_id'),
    format: text('format').notNull(),
    fileName: text('file_name'),
    fileSize: integer('file_size').notNull(),
    /** The uploaded bytes, base64: kept so a job interrupted by a restart can run again. Cleared when done. */
    fileBase64: text('file_base64'),
    dryRun: boolean('dry_run').notNull(),
    skipRejected: boolean('skip_rejected').notNull().default(false),
    /** queued → validating → writing → done | failed */
    status: text('status').notNull().default('queued'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createCount: integer('create_count').notNull().default(0),
    updateCount: integer('update_count').notNull().default(0),
    rejectCount: integer('reject_count').notNull().default(0),
    warningCount: integer('warning_count').notNull().default(0),
    /** Whether the services were written (false for a dry run and for a refused import). */
    applied: boolean('applied').notNull().default(false),
    /** Per-row report: [{ row, action, code?, errors, warnings }]. */
    report: jsonb('report'),
    /** Why the whole import failed: { code, message: { lv, en } }. */
    failure: jsonb('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_institution_idx').on(t.institutionId, t.createdAt)],
);
