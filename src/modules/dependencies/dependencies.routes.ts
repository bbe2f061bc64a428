import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/schemas.js';
import * as dependencies from './dependencies.service.js';
import { DependencyGraph, DependencyGraphQuery, ImpactQuery, ImpactResponse } from './dependencies.schemas.js';

const tags = ['dependencies'];

/**
 * The dependency view of the workspace: service ↔ resource ↔ inter-institutional
 * service links around one node, and impact analysis (who depends on this?),
 * as JSON or CSV. Signed-in users only (resources are internal data).
 */
export const dependenciesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/dependencies/graph',
    {
      schema: {
        tags,
        summary: 'Services and resources linked to a service or resource, up to 4 links away (nodes, edges, truncated)',
        querystring: DependencyGraphQuery,
        response: { 200: DependencyGraph, ...problemResponses },
      },
    },
    async (req) => dependencies.dependencyGraph(db, req.actor, req.query),
  );

  app.get(
    '/dependencies/impact',
    {
      schema: {
        tags,
        summary: 'Every service that depends on a resource or service, directly or transitively, with owner and service manager',
        description: 'Exactly one of `resourceId` and `serviceId`. `Accept: text/csv` or `format=csv` answers the same list as CSV (UTF-8 with BOM; cells that would start a spreadsheet formula are prefixed with an apostrophe).',
        querystring: ImpactQuery,
        response: { 200: ImpactResponse, ...problemResponses },
      },
    },
    async (req, reply) => {
      const body = await dependencies.impactOf(db, req.actor, req.query);
      const wantsCsv = req.query.format === 'csv' || (req.query.format === undefined && /\btext\/csv\b/.test(req.headers.accept ?? ''));
      if (!wantsCsv) return body;
      const name = `atkaribas-${body.target.code}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        // A text body with a non-JSON content type bypasses the JSON serializer; the typed reply only knows the JSON shape.
        .send(dependencies.impactCsv(body, req.locale) as never);
    },
  );
};
