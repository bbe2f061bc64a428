import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/institutions.table.js';
import { people } from '../people/people.table.js';

/**
 * A role held by an institution within a scope and performed by a person.
 * Single-holder roles (SINGLE_HOLDER_ROLES) are unique per scope while active:
 * the partial unique index is created in a hand-written migration.
 */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    role: text('role').notNull(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id, { onDelete: 'restrict' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    scopeType: text('scope_type').notNull(),
    /** The sector's ministry, the municipality, the institution, the service or the resource; null for the state. */
    scopeId: uuid('scope_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    index('role_assignments_person_idx').on(t.personId),
    index('role_assignments_scope_idx').on(t.scopeId, t.role),
    index('role_assignments_institution_idx').on(t.institutionId),
  ],
);
