import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import { asUser, RUNTIME_ROLE, withDatabase } from '../global-setup.js';

/**
 * A fresh database for one test file, cloned from the migrated template:
 * PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in memory.
 * On PostgreSQL the application connects as the runtime role (SELECT and
 * INSERT only on the audit log, owns nothing) and migrates over the owner's
 * connection, as in production (ADR 0007); `owner: true` connects as the owner
 * instead, for maintenance commands such as restoring a whole register.
 */
/** A test database; on PostgreSQL with the URL other processes can connect to it with (as the runtime role). */
export type TestDatabase = Database & { url?: string };

export async function createTestDatabase(opts: { owner?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // CREATE DATABASE … TEMPLATE needs the template to be idle; retry briefly if another file is cloning.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
        break;
      } catch (err) {
        if (attempt > 50) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const ownerUrl = withDatabase(url, name);
    const runtimeUrl = opts.owner ? ownerUrl : asUser(ownerUrl, RUNTIME_ROLE);
    const database: TestDatabase = await openDatabase({
      url: runtimeUrl,
      poolSize: 5,
      migrationUrl: ownerUrl,
      runtimeRole: RUNTIME_ROLE,
    });
    database.url = runtimeUrl;
    const close = database.close.bind(database);
    database.close = async () => {
      await close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
    return database;
  }
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ dataDir: 'memory://', loadDataDir: blob });
}
