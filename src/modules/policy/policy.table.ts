import { jsonb, pgTable, text, timestamp, integer, uuid } from 'drizzle-orm/pg-core';

/**
 * Versions of the service management policy's reference data (roles, tasks,
 * responsibility matrix, conditions, channels, institution groups, capability
 * kinds, maturity levels). The document is validated by the policy schema;
 * exactly one version is active (partial unique index in a hand-written migration).
 */
export const policyVersions = pgTable('policy_versions', {
  id: text('id').primaryKey(),
  titleLv: text('title_lv').notNull(),
  titleEn: text('title_en'),
  status: text('status').notNull(),
  effectiveFrom: text('effective_from'),
  document: jsonb('document').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
  rowVersion: integer('row_version').notNull().default(1),
});
