/**
 * The composition root: wires the modules' routes, pages and jobs into the
 * platform's HTTP application. The platform (src/platform) knows no module;
 * everything that names one is here.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../platform/http/app.js';
import { JobRunner } from '../modules/jobs/jobs.runner.js';
import { jobDefinitions } from './jobs.js';
import { apiModules, pagePlugins } from './modules.js';

/** Builds the register's whole HTTP application with its job runner (started when the app is ready, stopped on close). Does not listen. */
export async function buildRegisterApp(deps: Pick<AppDeps, 'database' | 'config'>): Promise<FastifyInstance> {
  const runner = new JobRunner(deps.database.db, jobDefinitions, {
    pollMs: deps.config.JOBS_POLL_MS,
    exclusive: deps.database.kind === 'pglite',
  });
  return buildApp({ ...deps, apiModules, pagePlugins, background: runner });
}
