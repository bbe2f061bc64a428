import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fastifyCors from '@fastify/cors';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.js';
import * as openData from './open-data.service.js';
import { currentExport, EXPORT_FORMATS, removeExportFiles, type ExportFormat } from './open-data.export.js';
import {
  OpenCodeParams,
  OpenInstitutionDetail,
  OpenInstitutionPage,
  OpenLifeSituationDetail,
  OpenLifeSituationList,
  OpenListQuery,
  OpenPageQuery,
  OpenServicePage,
  OpenServiceSchema,
} from './open-data.schemas.js';

const tags = ['Open data'];
const CACHE_CONTROL = 'public, max-age=300';

/** Whether the client's If-None-Match names `etag` (or is `*`). */
function matches(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * The public read API and bulk export of the published public catalogue,
 * under /api/v1/open. No sign-in; CORS for reading from any origin (scoped to
 * this plugin only); every response has a strong ETag (a hash of the body)
 * and is cacheable for five minutes; a matching If-None-Match gets 304.
 */
export const openDataRoutes: FastifyPluginAsyncZod = async (parent) => {
  await parent.register(
    async (plain) => {
      const app = plain.withTypeProvider<ZodTypeProvider>();
      const { db } = app.deps.database;
      await app.register(fastifyCors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], credentials: false, maxAge: 86_400, exposedHeaders: ['ETag', 'Last-Modified', 'Content-Length'] });
      app.addHook('onClose', async () => removeExportFiles());

      // Open data may be embedded by any site: relax helmet's same-origin resource policy here only.
      app.addHook('onSend', async (req, reply, payload) => {
        reply.header('cross-origin-resource-policy', 'cross-origin');
        if ((req.method !== 'GET' && req.method !== 'HEAD') || reply.statusCode !== 200) return payload;
        reply.header('cache-control', CACHE_CONTROL);
        if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams set their own ETag
        const etag = `"${createHash('sha256').update(payload).digest('base64url')}"`;
        reply.header('etag', etag);
        if (matches(req, etag)) {
          reply.code(304);
          reply.removeHeader('content-type');
          reply.removeHeader('content-length');
          return '';
        }
        return payload;
      });

      app.get(
        '/services',
        { schema: { tags, summary: 'Published public services (paged; filter by institution, life situation, recipient type, updatedSince)', security: [], querystring: OpenListQuery, response: { 200: OpenServicePage, ...problemResponses } } },
        async (req) => openData.listOpenServices(db, req.query),
      );

      app.get(
        '/services/:code',
        { schema: { tags, summary: 'The full published description of one public service', security: [], params: OpenCodeParams, response: { 200: OpenServiceSchema, ...problemResponses } } },
        async (req, reply) => {
          const s = await openData.getOpenService(db, req.params.code);
          reply.header('last-modified', new Date(s.updatedAt).toUTCString());
          return s;
        },
      );

      app.get(
        '/life-situations',
        { schema: { tags, summary: 'Life situations with their needs', security: [], response: { 200: OpenLifeSituationList, ...problemResponses } } },
        async () => openData.listOpenLifeSituations(db),
      );

      app.get(
        '/life-situations/:code',
        { schema: { tags, summary: 'One life situation with its needs and the codes of the public services meeting them', security: [], params: OpenCodeParams, response: { 200: OpenLifeSituationDetail, ...problemResponses } } },
        async (req) => openData.getOpenLifeSituation(db, req.params.code),
      );

      app.get(
        '/institutions',
        { schema: { tags, summary: 'Institutions that own published public services (paged)', security: [], querystring: OpenPageQuery, response: { 200: OpenInstitutionPage, ...problemResponses } } },
        async (req) => openData.listOpenInstitutions(db, req.query),
      );

      app.get(
        '/institutions/:code',
        { schema: { tags, summary: 'One institution with the codes of its published public services', security: [], params: OpenCodeParams, response: { 200: OpenInstitutionDetail, ...problemResponses } } },
        async (req) => openData.getOpenInstitution(db, req.params.code),
      );

      const sendExport = async (format: ExportFormat, req: FastifyRequest, reply: FastifyReply) => {
        const file = await currentExport(db, format, app.deps.config.OPEN_DATA_IRI_BASE);
        reply.header('etag', file.etag).header('last-modified', file.lastModified.toUTCString()).header('cache-control', CACHE_CONTROL);
        if (matches(req, file.etag)) return reply.code(304).send();
        reply
          .type(EXPORT_FORMATS[format])
          .header('content-length', file.size)
          .header('content-disposition', `attachment; filename="services.${format}"`)
          .header('x-total-count', file.count);
        // For HEAD, fastify drains the stream and keeps our Content-Length.
        return reply.send(createReadStream(file.path));
      };
      const exportResponse = { 200: z.string().describe('The file'), 304: z.null().describe('Not modified'), ...problemResponses };
      for (const [format, what] of [
        ['csv', 'CSV (UTF-8 with BOM, one row per service, formula injection neutralised)'],
        ['json', 'JSON (the full description of every service, as /services/{code})'],
        ['jsonld', 'CPSV-AP 3.2.0 JSON-LD (official context inlined, lvps: extension)'],
        ['ttl', 'CPSV-AP 3.2.0 Turtle (lvps: extension)'],
      ] as const) {
        app.get(`/export/services.${format}`, { schema: { tags, summary: `Every published public service as ${what}`, security: [], response: exportResponse } }, (req, reply) =>
          sendExport(format, req, reply),
        );
      }
    },
    { prefix: '/open' },
  );
};
