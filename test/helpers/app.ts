import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { buildRegisterApp } from '../../src/app/app.js';
import { createTestDatabase } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Calls the API in-process; `token` signs the call as a user. */
  api(opts: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The whole HTTP application on a fresh database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Jobs run when woken (an upload wakes its import), not on a timer: tests decide when work runs.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_POLL_MS: '0', ...env });
  const app = await buildRegisterApp({ database, config });
  await app.ready();
  return {
    app,
    database,
    api: ({ token, headers, ...opts }) =>
      app.inject({ ...opts, headers: { ...(headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
