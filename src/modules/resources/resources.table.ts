import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';

/**
 * Resources in the policy's narrow sense: digital technologies and information.
 * A resource obtained through a supplier's service is virtual (R42): virtual is
 * derived from `supplierServiceId` being set.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    descriptionLv: text('description_lv'),
    descriptionEn: text('description_en'),
    /** The supplier's service this resource is obtained through (no FK: services reference resources too). */
    supplierServiceId: uuid('supplier_service_id'),
    lifecycleStage: text('lifecycle_stage').notNull().default('use'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('resources_code_uq').on(t.code),
    index('resources_institution_idx').on(t.institutionId),
    index('resources_supplier_service_idx').on(t.supplierServiceId),
  ],
);

/** Capabilities (spējas), the nine kinds of B9; virtual when obtained through a partner's service. */
export const capabilities = pgTable(
  'capabilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    nameLv: text('name_lv').notNull(),
    nameEn: text('name_en'),
    descriptionLv: text('description_lv'),
    supplierServiceId: uuid('supplier_service_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [index('capabilities_institution_idx').on(t.institutionId)],
);
