import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/platform/db/database.js';
import { syncPolicyVersions } from '../src/modules/policy/policy.data.js';
import { ensureWorkspaceBuilt } from '../src/web/workspace-build.js';

/**
 * Prepares one migrated database with the policy reference data, which every
 * test file then clones: a PGlite data dump, or a PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  // The end-to-end tests drive the built workspace.
  await ensureWorkspaceBuilt();
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `tmpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const tmplUrl = withDatabase(url, template);
    const database = await openDatabase({ url: tmplUrl, poolSize: 2 });
    await database.migrate();
    await syncPolicyVersions(database.db);
    await database.close();
    project.provide('pgTemplate', template);
    return async () => {
      // Drop the template and any database a crashed test file left behind.
      const left = await admin.query(`select datname from pg_database where datname like 't\\_${process.pid}\\_%' or datname = $1`, [template]);
      for (const r of left.rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  await syncPolicyVersions(database.db);
  const dump = await database.dumpDataDir!();
  await database.close();
  const file = path.join(os.tmpdir(), `pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(file, { force: true });
}

export function withDatabase(url: string, dbName: string): string {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
    pgliteTemplate: string;
  }
}
