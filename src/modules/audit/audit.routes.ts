import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../platform/http/schemas.js';
import { MAX_AUDIT_PAGE, readAuditTrail } from './audit.service.js';

const tags = ['audit'];

const AuditParams = z.object({
  entityType: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/, 'Entity type: a camelCase name such as "person"'),
  entityId: z.string().min(1).max(100),
});

const AuditQuery = z.object({
  /** Entries older than this entry id (the `nextBefore` of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).default(50),
});

const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    actorPersonId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const AuditPage = z
  .object({
    items: z.array(AuditEntry),
    /** Pass as `before` to get the next (older) page; null on the last page. */
    nextBefore: z.number().int().nullable(),
  })
  .meta({ id: 'AuditPage' });

/** The audit trail: read-only; entries are written by every module inside its own transactions. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/audit/:entityType/:entityId',
    { schema: { tags, summary: "One object's audit trail, newest first (cursor: before = an entry id)", params: AuditParams, querystring: AuditQuery, response: { 200: AuditPage, ...problemResponses } } },
    async (req) => readAuditTrail(db, req.ctx, req.params.entityType, req.params.entityId, req.query),
  );
};
