import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';
import { people } from '../people/people.table.js';

/**
 * Approvals of an institution's service list by its portfolio manager (R10, R11):
 * each publication or archiving of a service, and each explicit approval of the
 * whole list, is recorded with who, when and the list as approved.
 */
export const portfolioApprovals = pgTable(
  'portfolio_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    approvedBy: uuid('approved_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    /** 'list' for the whole list, 'publish' or 'archive' for one change. */
    kind: text('kind').notNull(),
    serviceIds: uuid('service_ids').array().notNull(),
    change: jsonb('change').$type<{ added: string[]; removed: string[] }>(),
    note: text('note'),
  },
  (t) => [index('portfolio_approvals_inst_idx').on(t.institutionId, t.approvedAt)],
);
