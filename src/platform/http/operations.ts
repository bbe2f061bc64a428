import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppDeps } from './app.js';
import { sendProblem } from './problem.js';

/**
 * Health checks and Prometheus metrics (request counts and latency by route, database pool).
 * Metrics go only to a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`; without
 * METRICS_TOKEN configured there is no /metrics at all (404).
 */
export async function registerOperations(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by route', labelNames: ['method', 'route', 'status'], registers: [registry] });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = deps.database.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const labels = { method: req.method, route, status: String(reply.statusCode) };
    duration.observe(labels, reply.elapsedTime / 1000);
    requests.inc(labels);
  });

  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (req, reply) => {
    try {
      await deps.database.ping();
      return { status: 'ok', database: deps.database.kind };
    } catch (err) {
      req.log.warn({ err }, 'readiness check failed');
      return reply.status(503).send({ status: 'unavailable', database: deps.database.kind });
    }
  });
  const metricsToken = deps.config.METRICS_TOKEN;
  if (metricsToken) {
    app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
      if (!bearerMatches(req.headers.authorization, metricsToken)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        return sendProblem(req, reply, 401, 'unauthenticated', 'errors.unauthenticated');
      }
      reply.type(registry.contentType);
      return registry.metrics();
    });
  }
}

/** Whether an Authorization header carries exactly this bearer token (compared in constant time). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : '';
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return given.length > 0 && crypto.timingSafeEqual(a, b);
}
