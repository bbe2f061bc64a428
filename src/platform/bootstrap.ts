import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { syncPolicyVersions } from '../modules/policy/policy.data.js';

/**
 * Opens the configured database for the server (the runtime connection,
 * DATABASE_URL), migrates it over the owner connection (DATABASE_MIGRATION_URL
 * when set), which grants the runtime role its privileges, and loads the policy
 * reference data files. In production, warns when the runtime connection could
 * itself lift the audit log's triggers (ADR 0007).
 */
export async function openAndMigrate(config: Config, warn: (message: string) => void = console.warn): Promise<Database> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.dataDir,
    poolSize: config.DATABASE_POOL_SIZE,
    migrationUrl: config.DATABASE_MIGRATION_URL,
    runtimeRole: config.DATABASE_RUNTIME_ROLE,
  });
  const { auditProtection } = await database.migrate();
  if (config.NODE_ENV === 'production' && database.kind === 'postgres' && auditProtection === 'triggers') {
    warn(
      config.DATABASE_MIGRATION_URL
        ? 'DATABASE_URL connects as a superuser or the owner of audit_log: it could switch off the audit triggers and rewrite history. Connect it as the runtime role (README, "Audit guarantees per database").'
        : 'DATABASE_MIGRATION_URL is not set: migrations ran as the DATABASE_URL user, who owns audit_log and could switch off its triggers and rewrite history. Set DATABASE_MIGRATION_URL to an owner role and DATABASE_URL to a runtime role (README, "Audit guarantees per database").',
    );
  }
  await syncPolicyVersions(database.db);
  return database;
}

/**
 * Like {@link openAndMigrate}, then reopens the database over the owner
 * connection: for maintenance commands that restore a whole register (they
 * reset sequences and replace the start-up audit entries, which only the
 * owner may). The embedded database has one user, so it is returned as is.
 */
export async function openAsOwner(config: Config): Promise<Database> {
  const database = await openAndMigrate(config);
  if (database.kind !== 'postgres' || !config.DATABASE_MIGRATION_URL) return database;
  await database.close();
  return openDatabase({ url: config.DATABASE_MIGRATION_URL, poolSize: 2, migrationUrl: config.DATABASE_MIGRATION_URL, runtimeRole: config.DATABASE_RUNTIME_ROLE });
}
