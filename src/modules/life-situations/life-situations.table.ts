import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';

/** Life situations (dzīves situācijas): events and circumstances with the needs tied to them. */
export const lifeSituations = pgTable(
  'life_situations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    descriptionLv: text('description_lv'),
    descriptionEn: text('description_en'),
    audience: text('audience').notNull(),
    ownerInstitutionId: uuid('owner_institution_id').references(() => institutions.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [uniqueIndex('life_situations_code_uq').on(t.code)],
);

/** Needs (vajadzības), in the broad sense: necessities and wishes. */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    descriptionLv: text('description_lv'),
    descriptionEn: text('description_en'),
    ownerInstitutionId: uuid('owner_institution_id').references(() => institutions.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [uniqueIndex('needs_code_uq').on(t.code)],
);

/** Need groups are life situations; a need may belong to several (R40). */
export const lifeSituationNeeds = pgTable(
  'life_situation_needs',
  {
    lifeSituationId: uuid('life_situation_id')
      .notNull()
      .references(() => lifeSituations.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.lifeSituationId, t.needId] }), index('life_situation_needs_need_idx').on(t.needId)],
);
