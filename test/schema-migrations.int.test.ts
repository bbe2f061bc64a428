import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../src/platform/db/schema.js';
import { MIGRATIONS_DIR, queryRows, type Database } from '../src/platform/db/database.js';
import { createTestDatabase } from './helpers/db.js';

/**
 * The Drizzle table definitions (the typed queries' idea of the database) and
 * the migrations (what a database really gets) must agree: a column, type,
 * nullability, index or constraint present in one and not the other fails
 * here, on both databases. (`npm run check:migrations` checks the other half:
 * that the schema needs no migration that has not been generated.)
 */

const tables = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => v instanceof PgTable)
  .map((t) => getTableConfig(t));

/** Drizzle's SQL type as PostgreSQL's format_type spells it. */
function normaliseType(type: string): string {
  const t = type.toLowerCase().trim();
  const aliases: Record<string, string> = {
    bigserial: 'bigint',
    serial: 'integer',
    smallserial: 'smallint',
    timestamp: 'timestamp without time zone',
    'timestamp with time zone': 'timestamp with time zone',
    time: 'time without time zone',
  };
  const array = t.endsWith('[]');
  const base = array ? t.slice(0, -2) : t;
  const mapped = aliases[base] ?? base.replace(/^varchar/, 'character varying').replace(/^char\b/, 'character');
  return array ? `${mapped}[]` : mapped;
}

/**
 * Objects the migrations write by hand, outside the Drizzle schema: trigram
 * indexes with operator classes, partial unique indexes and check constraints
 * written as SQL. Each is listed with the migration that creates it; anything
 * else in one place and not the other fails.
 */
const HAND_WRITTEN: Record<string, string> = {
  'institutions: check institutions_group_ck': '0001_constraints.sql',
  'institutions: index institutions_name_lv_trgm': '0001_constraints.sql',
  'policy_versions: index policy_versions_one_active_uq': '0001_constraints.sql',
  'role_assignments: index role_assignments_single_holder_uq': '0001_constraints.sql',
  'service_version_channel_points: check svcp_phase_ck': '0001_constraints.sql',
  'service_version_links: check svl_kind_ck': '0001_constraints.sql',
  'service_versions: check service_versions_state_ck': '0001_constraints.sql',
  'service_versions: index service_versions_name_lv_trgm': '0001_constraints.sql',
  'services: check services_status_ck': '0001_constraints.sql',
  'service_listings: check service_listings_visibility_ck': '0003_service_listings_name_index.sql',
  'service_listings: index service_listings_name_idx': '0003_service_listings_name_index.sql',
  'service_listings: index service_listings_name_trgm': '0003_service_listings_name_index.sql',
  'role_assignments: index role_assignments_active_manager_idx': '0008_workspace_indexes.sql',
  'service_listings: index service_listings_pending_idx': '0008_workspace_indexes.sql',
  'service_versions: index service_versions_draft_creator_idx': '0008_workspace_indexes.sql',
  'service_versions: index service_versions_published_at_idx': '0008_workspace_indexes.sql',
};

/** PostgreSQL keeps the first 63 bytes of a longer identifier (drizzle's generated foreign key names). */
const pgName = (name: string) => Buffer.from(name).subarray(0, 63).toString();

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe('the Drizzle schema and the migrated database agree', () => {
  it('has exactly the tables the schema declares', async () => {
    const rows = await queryRows<{ name: string }>(
      database.db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(tables.map((t) => t.name).sort());
  });

  it('has every column with the declared type and nullability, and no other', async () => {
    const rows = await queryRows<{ table: string; column: string; type: string; not_null: boolean }>(
      database.db,
      sql`select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
            from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`,
    );
    const actual = rows.map((r) => `${r.table}.${r.column} ${r.type}${r.not_null ? ' not null' : ''}`).sort();
    const declared = tables
      .flatMap((t) => t.columns.map((c) => `${t.name}.${c.name} ${normaliseType(c.getSQLType())}${c.notNull ? ' not null' : ''}`))
      .sort();
    expect(actual).toEqual(declared);
  });

  it('has the declared indexes, foreign keys and unique and check constraints (by name)', async () => {
    const rows = await queryRows<{ table: string; name: string; kind: string }>(
      database.db,
      sql`select c.relname as "table", i.relname as name, 'index' as kind
            from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
            join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and not x.indisprimary
             and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype = 'u')
          union all
          select c.relname, k.conname, case k.contype when 'f' then 'foreign key' when 'u' then 'unique' when 'c' then 'check' end
            from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = 'public' and k.contype in ('f', 'u', 'c')`,
    );
    const actual = rows.map((r) => `${r.table}: ${r.kind} ${r.name}`).sort();
    const declared = tables
      .flatMap((t) => [
        ...t.indexes.map((i) => `${t.name}: index ${pgName(i.config.name!)}`),
        ...t.foreignKeys.map((f) => `${t.name}: foreign key ${pgName(f.getName())}`),
        ...t.uniqueConstraints.map((u) => `${t.name}: unique ${pgName(u.getName()!)}`),
        ...t.checks.map((c) => `${t.name}: check ${pgName(c.name)}`),
        ...t.columns.filter((c) => c.isUnique).map((c) => `${t.name}: unique ${pgName(c.uniqueName!)}`),
      ])
      .concat(Object.keys(HAND_WRITTEN))
      .sort();
    expect(actual).toEqual(declared);
  });

  it('finds each hand-written object in the migration it is listed under', () => {
    for (const [object, file] of Object.entries(HAND_WRITTEN)) {
      const name = object.split(' ').at(-1)!;
      expect(fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8'), `${object} in ${file}`).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });
});
