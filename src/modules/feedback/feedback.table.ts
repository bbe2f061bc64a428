import { check, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { services } from '../services/services.table.js';

/**
 * Satisfaction ratings of services from the public catalogue: anonymous public
 * input (no personal data, no account, no address), one row per submitted form.
 * Not audited line by line: the rows themselves are the record.
 */
export const serviceFeedback = pgTable(
  'service_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    /** 1 (very dissatisfied) … 10 (very satisfied). */
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    /** A channel type code of the active policy the person used, or "other". */
    channel: text('channel').notNull(),
    locale: text('locale').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_feedback_service_idx').on(t.serviceId, t.createdAt),
    index('service_feedback_created_idx').on(t.createdAt),
    check('service_feedback_rating_ck', sql`${t.rating} between 1 and 10`),
    check('service_feedback_comment_ck', sql`${t.comment} is null or char_length(${t.comment}) <= 2000`),
    check('service_feedback_locale_ck', sql`${t.locale} in ('lv', 'en')`),
  ],
);
