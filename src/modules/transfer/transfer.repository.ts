import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';
import { castableType, isCollatable, type TransferColumn, type TransferTable } from './transfer.catalogue.js';

const id = (name: string) => sql.identifier(name);

/** A column as it goes into the file: timestamps as UTC ISO text with all six fractional digits. */
function exportExpression(c: TransferColumn): SQL {
  // Rendered as SQL (not JS Date) so the microseconds Postgres stores survive.
  if (c.kind === 'timestamptz') return sql`to_char(${id(c.name)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as ${id(c.name)}`;
  if (c.kind === 'timestamp') return sql`to_char(${id(c.name)}, 'YYYY-MM-DD"T"HH24:MI:SS.US') as ${id(c.name)}`;
  return sql`${id(c.name)}`;
}

/** Primary-key columns as sort keys; text sorts by bytes ("C") so both database kinds agree. */
function keyExpressions(table: TransferTable): SQL[] {
  return table.primaryKey.map((name) => {
    const col = table.columns.find((c) => c.name === name)!;
    return isCollatable(col.sqlType) ? sql`${id(name)} collate "C"` : sql`${id(name)}`;
  });
}

/** Row counts of the given tables. */
export async function countRows(ex: Executor, tables: TransferTable[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const [{ n }] = await queryRows<{ n: string | number }>(ex, sql`select count(*) as n from ${id(table.name)}`);
    counts.set(table.name, Number(n));
  }
  return counts;
}

/** The first table of `tables` holding any row, or null when all are empty. */
export async function firstNonEmptyTable(ex: Executor, tables: TransferTable[]): Promise<string | null> {
  for (const table of tables) {
    const [{ found }] = await queryRows<{ found: boolean }>(ex, sql`select exists (select 1 from ${id(table.name)}) as found`);
    if (found) return table.name;
  }
  return null;
}

/**
 * One page of a table's rows in primary-key order, each row rendered by the
 * database as a JSON object (column names as keys). `after` holds the key
 * values of the previous page's last row (keyset paging keeps each page cheap).
 */
export async function readPage(ex: Executor, table: TransferTable, after: unknown[] | null, limit: number): Promise<string[]> {
  const keys = keyExpressions(table);
  const cols = sql.join(table.columns.map(exportExpression), sql`, `);
  const where = after
    ? sql`where (${sql.join(keys, sql`, `)}) > (${sql.join(
        after.map((v, i) => {
          const col = table.columns.find((c) => c.name === table.primaryKey[i])!;
          const cast = sql`cast(${v} as ${sql.raw(castableType(col.sqlType))})`;
          return isCollatable(col.sqlType) ? sql`${cast} collate "C"` : cast;
        }),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<{ j: string }>(
    ex,
    sql`select row_to_json(r)::text as j from (select ${cols} from ${id(table.name)} ${where} order by ${sql.join(keys, sql`, `)} limit ${limit}) r`,
  );
  return rows.map((r) => r.j);
}

/**
 * Audit entries every database writes at start-up when it loads the policy data
 * files (see syncPolicyVersions in policy.data.ts: request id "policy-sync").
 */
const STARTUP_AUDIT = sql`request_id = 'policy-sync' and action = 'policyVersion.load'`;

/** Whether the audit log holds any entry other than the start-up entries. */
export async function hasNonStartupAuditEntries(ex: Executor): Promise<boolean> {
  const [{ found }] = await queryRows<{ found: boolean }>(ex, sql`select exists (select 1 from audit_log where not (${STARTUP_AUDIT})) as found`);
  return found;
}

/**
 * Removes the start-up audit entries of an otherwise empty database, whose
 * policy versions the import replaces. The append-only trigger is lifted for
 * this one statement inside the caller's transaction (DDL is transactional, so
 * no other session ever sees it lifted); it needs the table owner's rights.
 */
export async function deleteStartupAuditEntries(ex: Executor): Promise<number> {
  const [{ found }] = await queryRows<{ found: boolean }>(ex, sql`select exists (select 1 from audit_log where ${STARTUP_AUDIT}) as found`);
  if (!found) return 0;
  await ex.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  const rows = await queryRows<{ id: string }>(ex, sql`delete from audit_log where ${STARTUP_AUDIT} returning id`);
  await ex.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  return rows.length;
}

/** Removes every row of a table (reference data the import replaces). */
export async function deleteAll(ex: Executor, table: TransferTable): Promise<void> {
  await ex.execute(sql`delete from ${id(table.name)}`);
}

/**
 * Inserts rows given as a JSON array text of objects keyed by column name; the
 * database converts each value to its column type. Self-references are left
 * null here and filled in by {@link setSelfReferences} once every row exists.
 */
export async function insertRows(ex: Executor, table: TransferTable, rowsJson: string): Promise<void> {
  const names = sql.join(table.columns.map((c) => id(c.name)), sql`, `);
  const values = sql.join(
    table.columns.map((c) => (table.selfReferences.includes(c.name) ? sql`null` : sql`s.${id(c.name)}`)),
    sql`, `,
  );
  await ex.execute(sql`insert into ${id(table.name)} (${names}) select ${values} from json_populate_recordset(null::${id(table.name)}, ${rowsJson}::json) s`);
}

/** Sets self-referencing columns (e.g. institutions.parent_id) from a JSON array text of {key…, column} objects. */
export async function setSelfReferences(ex: Executor, table: TransferTable, column: string, rowsJson: string): Promise<void> {
  const match = sql.join(
    table.primaryKey.map((k) => sql`t.${id(k)} = s.${id(k)}`),
    sql` and `,
  );
  await ex.execute(
    sql`update ${id(table.name)} t set ${id(column)} = s.${id(column)} from json_populate_recordset(null::${id(table.name)}, ${rowsJson}::json) s where ${match}`,
  );
}

/** Moves a serial column's sequence past the imported ids, so new rows do not collide. */
export async function resetSequence(ex: Executor, table: TransferTable, column: string): Promise<void> {
  const qualified = `"${table.name.replace(/"/g, '""')}"`;
  await ex.execute(
    sql`select setval(pg_get_serial_sequence(${qualified}, ${column}), coalesce((select max(${id(column)}) from ${id(table.name)}), 0) + 1, false)`,
  );
}
