import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { syncPolicyVersions } from '../modules/policy/policy.data.js';

/** Opens the configured database, migrates it and loads the policy reference data files. */
export async function openAndMigrate(config: Config): Promise<Database> {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: config.DATABASE_POOL_SIZE });
  await database.migrate();
  await syncPolicyVersions(database.db);
  return database;
}
