import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { IdParams, PageQuery, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { ValidationError } from '../../platform/errors.js';
import * as services from './services.service.js';
import { getRuleResults } from './services.rule-results.service.js';
import { ServiceRuleResults } from './services.rule-results.schemas.js';
import {
  computedFieldIssues,
  DiffQuery,
  InstancePage,
  ServiceCreate,
  ServiceDiff,
  ServiceListQuery,
  ServicePage,
  ServiceResponse,
  ServiceUpdate,
  ServiceViewQuery,
  ValidateQuery,
  ValidationReport,
  VersionList,
  VersionParams,
} from './services.schemas.js';
import { canApproveSomeService, canCreateSomeService, canWriteSomeService, mayEditServiceAt } from './services.policy.js';

const tags = ['services'];

/** Refuses computed fields (R27) before schema validation, so the answer says why instead of "unknown field". */
async function rejectComputedFields(req: FastifyRequest) {
  const issues = computedFieldIssues(req.body);
  if (issues.length) throw new ValidationError(issues);
}

/** If-Match when given (submit works without it, but a stale one is still refused). */
const optionalIfMatch = (req: FastifyRequest): number | null => (req.headers['if-match'] ? requireIfMatch(req) : null);

/** Services: the register's descriptions, their versions and their publication workflow. */
export const servicesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/services',
    { schema: { tags, summary: 'List services (filters, paging, sort); anonymous callers see published services only', querystring: ServiceListQuery, response: { 200: ServicePage, ...problemResponses } } },
    async (req) => services.listServices(db, req.actor, req.query),
  );

  app.post(
    '/services',
    {
      config: { authorize: { action: 'service.create', allows: canCreateSomeService } },
      preValidation: rejectComputedFields,
      schema: { tags, summary: 'Create a service as a draft (version 1)', body: ServiceCreate, response: { 201: ServiceResponse, ...problemResponses } },
    },
    async (req, reply) => {
      const r = await services.createService(db, req.ctx, req.body, req.locale);
      setEtag(reply, r.version);
      return reply.status(201).send(r);
    },
  );

  app.post(
    '/services/validate',
    {
      config: { authorize: { action: 'service.update', allows: canWriteSomeService } },
      preValidation: rejectComputedFields,
      schema: {
        tags,
        summary: 'Check an unsaved description against the publication rules (nothing is written); `serviceId` when editing that service',
        querystring: ValidateQuery,
        body: ServiceCreate,
        response: { 200: ValidationReport, ...problemResponses },
      },
    },
    async (req) => services.validateUnsaved(db, req.actor, req.body, req.query.serviceId, req.locale),
  );

  app.get(
    '/services/:id',
    { schema: { tags, summary: 'One service with everything around it', params: IdParams, querystring: ServiceViewQuery, response: { 200: ServiceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await services.getService(db, req.actor, req.params.id, req.query.version);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.patch(
    '/services/:id',
    {
      config: { authorize: { action: 'service.update', allows: mayEditServiceAt } },
      preValidation: rejectComputedFields,
      schema: { tags, summary: 'Edit the draft (If-Match required); a published service gets a new draft version', params: IdParams, body: ServiceUpdate, response: { 200: ServiceResponse, ...problemResponses } },
    },
    async (req, reply) => {
      const r = await services.updateService(db, req.ctx, req.params.id, requireIfMatch(req), req.body, req.locale);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.post(
    '/services/:id/submit',
    { config: { authorize: { action: 'service.submit', allows: mayEditServiceAt } }, schema: { tags, summary: 'Submit the draft for approval (service manager or portfolio manager)', params: IdParams, response: { 200: ServiceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await services.submitService(db, req.ctx, req.params.id, optionalIfMatch(req), req.locale);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.post(
    '/services/:id/publish',
    { config: { authorize: { action: 'service.publish', allows: canApproveSomeService } }, schema: { tags, summary: 'Publish the draft (If-Match; the owner’s portfolio manager only, R10); rule violations give 422', params: IdParams, response: { 200: ServiceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await services.publishService(db, req.ctx, req.params.id, requireIfMatch(req));
      setEtag(reply, r.version);
      return r;
    },
  );

  app.post(
    '/services/:id/archive',
    { config: { authorize: { action: 'service.archive', allows: canApproveSomeService } }, schema: { tags, summary: 'Archive a service (If-Match; the owner’s portfolio manager only)', params: IdParams, response: { 200: ServiceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await services.archiveService(db, req.ctx, req.params.id, requireIfMatch(req));
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/services/:id/versions',
    { schema: { tags, summary: 'Version history of a service', params: IdParams, response: { 200: VersionList, ...problemResponses } } },
    async (req) => services.listServiceVersions(db, req.actor, req.params.id),
  );

  app.get(
    '/services/:id/versions/:no',
    { schema: { tags, summary: 'One version of a service in full', params: VersionParams, response: { 200: ServiceResponse, ...problemResponses } } },
    async (req) => services.getServiceVersion(db, req.actor, req.params.id, req.params.no),
  );

  app.get(
    '/services/:id/diff',
    { schema: { tags, summary: 'Field-by-field changes between two versions', params: IdParams, querystring: DiffQuery, response: { 200: ServiceDiff, ...problemResponses } } },
    async (req) => services.diffServiceVersions(db, req.actor, req.params.id, req.query.from, req.query.to),
  );

  app.get(
    '/services/:id/validation',
    { schema: { tags, summary: 'Publication check of the current version: errors and warnings with rule, code, path and message', params: IdParams, response: { 200: ValidationReport, ...problemResponses } } },
    async (req) => services.validateService(db, req.actor, req.params.id, req.locale),
  );

  app.get(
    '/services/:id/rule-results',
    {
      schema: {
        tags,
        summary: 'Stored rule results of the live versions (current first): each rule of policy-v1 section C passed, violated (with its findings) or not applicable, the policy version checked under and whether they are stale',
        params: IdParams,
        response: { 200: ServiceRuleResults, ...problemResponses },
      },
    },
    async (req) => getRuleResults(db, req.actor, req.params.id, req.locale),
  );

  app.get(
    '/services/:id/instances',
    { schema: { tags, summary: 'Instances of a unified (template) service with their owners', params: IdParams, querystring: PageQuery, response: { 200: InstancePage, ...problemResponses } } },
    async (req) => services.listInstances(db, req.actor, req.params.id, req.query.page, req.query.pageSize),
  );
};
