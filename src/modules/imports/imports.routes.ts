import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses, ProblemSchema } from '../../platform/http/schemas.js';
import { IMPORT_LIMITS } from './imports.limits.js';
import { formatOfContentType, ImportFileError } from './imports.parse.js';
import { toImportResponse } from './imports.presenter.js';
import { ImportReportQuery, ImportResponse, ImportStartQuery } from './imports.schemas.js';
import * as importsService from './imports.service.js';
import { canImportSomewhere, importActionsFor } from './imports.policy.js';

const tags = ['imports'];

/**
 * Imports of institutions' service lists (CSV, XLSX, CPSV-AP JSON-LD) as
 * drafts: a dry run reports per row what would be created, updated or
 * rejected; a real run writes everything in one transaction or nothing.
 * The body is the file itself; this plugin reads it as bytes with its own limit.
 */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  // Scoped to this plugin: the rest of the API stays JSON only.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_LIMITS.maxFileBytes }, (_req, body, done) => done(null, body));
  app.addContentTypeParser(['text/csv', 'application/ld+json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], { parseAs: 'buffer', bodyLimit: IMPORT_LIMITS.maxFileBytes }, (_req, body, done) => done(null, body));

  app.post(
    '/imports',
    {
      bodyLimit: IMPORT_LIMITS.maxFileBytes,
      config: { authorize: { action: 'import.services', allows: canImportSomewhere } },
      schema: {
        tags,
        summary: 'Upload a service list (CSV, XLSX or CPSV-AP JSON-LD) for a dry run or an import; runs as a job',
        description:
          'Body: the file bytes with Content-Type text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/ld+json. ' +
          'A file that cannot be read is refused at once (422, or 413/415); otherwise 202 with the import, whose progress and report GET /imports/{id} shows.',
        querystring: ImportStartQuery,
        response: { 202: ImportResponse, 413: ProblemSchema, 415: ProblemSchema, ...problemResponses },
      },
    },
    async (req, reply) => {
      const contentType = req.headers['content-type'];
      const format = req.query.format ?? formatOfContentType(contentType);
      if (!format || !Buffer.isBuffer(req.body)) throw new ImportFileError('unsupportedType', { type: (contentType ?? '').slice(0, 100) }, undefined, 415);
      const imp = await importsService.startImport(db, req.ctx, {
        file: req.body,
        format,
        institution: req.query.institutionId,
        dryRun: req.query.dryRun,
        skipRejected: req.query.skipRejected,
        fileName: req.query.fileName ?? null,
        locale: req.locale,
      });
      void importsService.kickImports(db);
      reply.header('location', `/api/v1/imports/${imp.id}`);
      return reply.status(202).send(toImportResponse(imp, [], { rows: [], total: 0, page: 1, pageSize: 0 }, importActionsFor(req.actor, imp)));
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import: status, processed/total rows, counts and one page of the per-row report (filter by action)',
        params: IdParams,
        querystring: ImportReportQuery,
        response: { 200: ImportResponse, ...problemResponses },
      },
    },
    async (req) => {
      const r = await importsService.getImport(db, req.actor, req.params.id, req.query);
      return toImportResponse(r.imp, r.notes, { rows: r.rows, total: r.total, page: req.query.page, pageSize: req.query.pageSize }, importActionsFor(req.actor, r.imp));
    },
  );
};

