import { is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from '../../platform/db/schema.js';

/**
 * Tables that are never exported: sessions, sign-in attempts and their throttles are transient
 * (a moved installation simply asks people to sign in again). API tokens are
 * kept — only their hashes are stored, and machines must keep working. Stored
 * rule results and their queue are derived from the register: the import's
 * own writes mark the services stale and the rule-results job computes them again.
 */
export const SKIPPED_TABLES: ReadonlySet<string> = new Set([
  'sessions',
  'login_attempts',
  'login_throttles',
  'service_rule_queue',
  'service_rule_results',
  'service_rule_summaries',
]);

/**
 * Rows every database gets at start-up: policy versions from the data files and
 * the read-model counters the migrations create. An import replaces these rows
 * with the file's instead of demanding that the table is empty.
 */
export const REPLACED_TABLES: ReadonlySet<string> = new Set(['policy_versions', 'read_model_generations']);

/**
 * The audit log of a fresh database holds the entries of that start-up load;
 * an import replaces them along with the policy versions (see the repository).
 */
export const AUDIT_TABLE = 'audit_log';

/** How a column's value is written to and read from the export file. */
export type ColumnKind = 'timestamptz' | 'timestamp' | 'plain';

export interface TransferColumn {
  name: string;
  /** SQL type as declared, e.g. "uuid", "text[]", "timestamp with time zone", "bigserial". */
  sqlType: string;
  kind: ColumnKind;
  notNull: boolean;
  /** Whether a sequence feeds the column (serial/bigserial): reset after an import. */
  serial: boolean;
}

export interface TransferTable {
  name: string;
  columns: TransferColumn[];
  /** Primary-key column names in key order (rows are sorted by them). */
  primaryKey: string[];
  /** Columns of foreign keys to the same table (e.g. institutions.parent_id): filled in after all rows exist. */
  selfReferences: string[];
}

/** The type Postgres can cast a text/JSON value to: serial types are not real types. */
export function castableType(sqlType: string): string {
  if (sqlType === 'bigserial') return 'bigint';
  if (sqlType === 'serial') return 'integer';
  if (sqlType === 'smallserial') return 'smallint';
  return sqlType;
}

/** Whether a column of this declared type sorts by collation (then rows are sorted with "C" for stability). */
export const isCollatable = (sqlType: string) => /^(text|varchar|character varying|char|character)\b/.test(sqlType) && !sqlType.endsWith('[]');

function describeTable(table: PgTable): TransferTable {
  const config = getTableConfig(table);
  const columns = config.columns.map((c): TransferColumn => {
    const sqlType = c.getSQLType();
    const kind: ColumnKind = sqlType.startsWith('timestamp') ? (sqlType.includes('with time zone') ? 'timestamptz' : 'timestamp') : 'plain';
    return { name: c.name, sqlType, kind, notNull: c.notNull, serial: /serial$/.test(sqlType) };
  });
  const single = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const primaryKey = single.length ? single : composite;
  if (!primaryKey.length) throw new Error(`Table ${config.name} has no primary key: it cannot be exported in a stable order`);
  const selfReferences: string[] = [];
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    if (getTableConfig(ref.foreignTable).name === config.name) selfReferences.push(...ref.columns.map((c) => c.name));
  }
  for (const name of selfReferences) {
    if (columns.find((c) => c.name === name)?.notNull) throw new Error(`Table ${config.name}: the self-reference ${name} is NOT NULL, which the import cannot defer`);
  }
  return { name: config.name, columns, primaryKey, selfReferences };
}

/**
 * Orders tables so that every table comes after the tables it references
 * (Kahn's algorithm; ties broken by name so the order is stable).
 */
export function orderByForeignKeys(tables: PgTable[]): PgTable[] {
  const byName = new Map(tables.map((t) => [getTableConfig(t).name, t]));
  const deps = new Map<string, Set<string>>();
  for (const [name, t] of byName) {
    const refs = new Set<string>();
    for (const fk of getTableConfig(t).foreignKeys) {
      const target = getTableConfig(fk.reference().foreignTable).name;
      if (target !== name && byName.has(target)) refs.add(target);
    }
    deps.set(name, refs);
  }
  const ordered: PgTable[] = [];
  const done = new Set<string>();
  while (done.size < byName.size) {
    const ready = [...byName.keys()].filter((n) => !done.has(n) && [...deps.get(n)!].every((d) => done.has(d))).sort();
    if (!ready.length) throw new Error(`Foreign keys form a cycle among: ${[...byName.keys()].filter((n) => !done.has(n)).join(', ')}`);
    for (const n of ready) {
      done.add(n);
      ordered.push(byName.get(n)!);
    }
  }
  return ordered;
}

let cached: TransferTable[] | undefined;

/**
 * Every exported table of the register's schema, in foreign-key order.
 * Derived from the drizzle tables, so a new table is exported without code changes.
 */
export function transferTables(): TransferTable[] {
  if (!cached) {
    const all = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
    const exported = all.filter((t) => !SKIPPED_TABLES.has(getTableConfig(t).name));
    cached = orderByForeignKeys(exported).map(describeTable);
  }
  return cached;
}
