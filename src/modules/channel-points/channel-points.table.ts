import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';

/** Opening hours: per ISO weekday (1 = Monday) a list of "HH:MM-HH:MM" intervals. */
export interface OpeningHours {
  weekly: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', string[]>>;
  notesLv?: string | null;
  notesEn?: string | null;
}

/**
 * Channel points: concrete places and means to request or receive services
 * (a customer service centre, a website, a phone line, an e-address…). Owned by
 * one institution and shared by many services.
 */
export const channelPoints = pgTable(
  'channel_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    /** Code of a channel type in the active policy version (B8). */
    channelType: text('channel_type').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    url: text('url'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    openingHours: jsonb('opening_hours').$type<OpeningHours>(),
    accessibilityNotesLv: text('accessibility_notes_lv'),
    accessibilityNotesEn: text('accessibility_notes_en'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [uniqueIndex('channel_points_code_uq').on(t.code), index('channel_points_institution_idx').on(t.institutionId)],
);
