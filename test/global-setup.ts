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
    await ensureRuntimeRole(admin);
    const tmplUrl = withDatabase(url, template);
    // As in production (ADR 0007): migrated by the owner, which grants the runtime role its rights.
    const database = await openDatabase({ url: tmplUrl, poolSize: 2, runtimeRole: RUNTIME_ROLE });
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

/** The role the server runs as in the PostgreSQL tests: no superuser, owns nothing (ADR 0007). */
export const RUNTIME_ROLE = 'register_runtime';

async function ensureRuntimeRole(admin: pg.Client): Promise<void> {
  // Roles are cluster-wide and parallel runs may race to create it.
  await admin.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${RUNTIME_ROLE}') then
        create role ${RUNTIME_ROLE} login nosuperuser nocreatedb nocreaterole;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`);
}

/** The same server URL, connecting as another user. */
export function asUser(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  return u.toString();
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
