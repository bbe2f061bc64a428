import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';
import { grantRuntimePrivileges } from './roles.js';

/** The drizzle database, the same type for PGlite and a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database or an open transaction: what repositories take. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Runs the migrations (idempotent; serialised across instances by an advisory
   * lock on PostgreSQL). On PostgreSQL they run over the migration (owner)
   * connection when one is configured, which then grants the runtime role its
   * privileges (see grantRuntimePrivileges, ADR 0007).
   */
  migrate(): Promise<MigrateResult>;
  ping(): Promise<void>;
  /** Pool statistics for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
  /** PGlite only: a tarball of the data directory (tests clone a migrated template from it). */
  dumpDataDir?(): Promise<Blob>;
}

/**
 * What holds the audit log append-only against the runtime connection:
 * `privileges` — the runtime role owns nothing and may only SELECT and INSERT
 * there (PostgreSQL with separate roles); `triggers` — only the append-only
 * triggers, which the connection's own user could switch off (the embedded
 * database, or PostgreSQL migrated and run as one user).
 */
export type AuditProtection = 'privileges' | 'triggers';

export interface MigrateResult {
  auditProtection: AuditProtection;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** An open transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `fn` in a transaction: the caller's when `ex` already is one (the work
 * joins it and commits or rolls back with it), else a new one. Lets a use
 * case be called alone or as part of a larger one (an import, a seed).
 */
export async function inTransaction<T>(ex: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (ex instanceof PgTransaction) return fn(ex as Tx);
  return (ex as Db).transaction(fn);
}

/** Rows of a raw SQL query, on either driver. */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string;
  /** Directory of the embedded database; `memory://` or undefined keeps it in memory. */
  dataDir?: string;
  poolSize?: number;
  /** A PGlite data dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob;
  /** PostgreSQL only: the owner connection migrations run over; absent, they use `url`. */
  migrationUrl?: string;
  /** PostgreSQL only: the role granted the runtime privileges; absent, the user `url` connects as. */
  runtimeRole?: string;
}

/** Opens the register's database: PostgreSQL when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10, opts.migrationUrl, opts.runtimeRole);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  if (dataDir && !dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir && !dataDir.startsWith('memory://') ? dataDir : undefined, {
    extensions: { pg_trgm, unaccent },
    loadDataDir,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      // One in-process superuser: there is no other role to grant to.
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
      return { auditProtection: 'triggers' };
    },
    async ping() {
      await client.query('select 1');
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      await client.close();
    },
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

async function openPostgres(url: string, poolSize: number, migrationUrl?: string, runtimeRole?: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, a dropped database) must not crash the process: the pool replaces it.
  pool.on('error', () => undefined);
  // Fail fast with a clear message when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      const role = runtimeRole ?? (await pool.query<{ me: string }>('select current_user as me')).rows[0].me;
      // A separate owner connection when configured, else one of the runtime pool's.
      const dedicated = migrationUrl ? new pg.Client({ connectionString: migrationUrl }) : null;
      if (dedicated) await dedicated.connect();
      const owner: pg.Client | pg.PoolClient = dedicated ?? (await pool.connect());
      try {
        await owner.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(owner), { migrationsFolder: MIGRATIONS_DIR });
        await grantRuntimePrivileges(owner, role);
      } finally {
        await owner.query('select pg_advisory_unlock(727274)').catch(() => undefined);
        if (dedicated) await dedicated.end();
        else (owner as pg.PoolClient).release();
      }
      return { auditProtection: await auditProtectionOf(pool) };
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await pool.end();
    },
  };
}

/**
 * Whether the runtime connection itself could lift the audit log's triggers:
 * it can when its user is a superuser or (a member of) the table's owner.
 */
async function auditProtectionOf(pool: pg.Pool): Promise<AuditProtection> {
  const { rows } = await pool.query<{ can_lift: boolean }>(
    `select r.rolsuper or pg_has_role(current_user, c.relowner, 'USAGE') as can_lift
       from pg_roles r, pg_class c where r.rolname = current_user and c.oid = 'public.audit_log'::regclass`,
  );
  return rows[0]?.can_lift === false ? 'privileges' : 'triggers';
}

/**
 * Refreshes planner statistics and the visibility map after a bulk load (seed,
 * import). PostgreSQL's autovacuum would get there eventually; the embedded
 * database has no autovacuum, so without this its plans stay those of an empty
 * database. Runs outside any transaction.
 */
export async function vacuumAnalyze(db: Db): Promise<void> {
  await db.execute(sql`vacuum analyze`);
}

/** A "contains" pattern for ILIKE: the user's text with %, _ and \ taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
