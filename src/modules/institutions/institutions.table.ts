import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** A former name of an institution (VARAM was renamed on 1 July 2024). */
export interface FormerName {
  nameLv: string;
  nameEn?: string | null;
  /** Last day the name was in use, ISO date. */
  until: string;
}

/** Institutions (iestādes) in the broad sense of policy v1 B7. */
export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable readable code, e.g. "VARAM", "VID", "RIGA-DOME". */
    code: text('code').notNull(),
    registrationNumber: text('registration_number').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    shortName: text('short_name'),
    groupCode: text('group_code').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => institutions.id, { onDelete: 'restrict' }),
    /** Ids of every ancestor, nearest last; kept by the service layer for fast scope queries. */
    ancestorIds: uuid('ancestor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    formerNames: jsonb('former_names').$type<FormerName[]>().notNull().default([]),
    website: text('website'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('institutions_code_uq').on(t.code),
    uniqueIndex('institutions_registration_number_uq').on(t.registrationNumber),
    index('institutions_parent_idx').on(t.parentId),
    index('institutions_ancestors_gin').using('gin', t.ancestorIds),
  ],
);

/** Core activity directions (pamatdarbības virzieni) an institution's services link to (R02). */
export const activityDirections = pgTable(
  'activity_directions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
  },
  (t) => [uniqueIndex('activity_directions_inst_code_uq').on(t.institutionId, t.code)],
);
