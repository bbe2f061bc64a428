import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { ServiceUsageListQuery, ServiceUsagePage } from '../channel-points/service-usage.schemas.js';
import * as resources from './resources.service.js';
import {
  CapabilityCreate,
  CapabilityListQuery,
  CapabilityPage,
  CapabilityResponse,
  CapabilityUpdate,
  ResourceCreate,
  ResourceListQuery,
  ResourcePage,
  ResourceResponse,
  ResourceUpdate,
  ResourceValidation,
} from './resources.schemas.js';
import { canWriteSomeResourcePortfolio, mayEditResourceAt } from './resources.policy.js';

const resourceTags = ['resources'];
const capabilityTags = ['capabilities'];

/**
 * Resources (digital technologies and information) and capabilities of
 * institutions, with their virtual (supplier-service) links (R42), managers
 * (R15, R16) and the services that use them. Signed-in users read; the
 * resource-portfolio manager writes; a resource's manager may edit it.
 */
export const resourcesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/resources',
    { schema: { tags: resourceTags, summary: 'List resources (filter by institution, kind, virtual, missing manager, text)', querystring: ResourceListQuery, response: { 200: ResourcePage, ...problemResponses } } },
    async (req) => resources.listResources(db, req.actor, req.query),
  );

  app.get(
    '/resources/:id',
    { schema: { tags: resourceTags, summary: 'One resource with its supplier service, manager and service count', params: IdParams, response: { 200: ResourceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await resources.getResource(db, req.actor, req.params.id);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/resources/:id/services',
    {
      schema: {
        tags: resourceTags,
        summary: 'Services whose current or published version uses the resource',
        params: IdParams,
        querystring: ServiceUsageListQuery,
        response: { 200: ServiceUsagePage, ...problemResponses },
      },
    },
    async (req) => resources.listResourceServices(db, req.actor, req.params.id, req.query),
  );

  app.post('/resources', { config: { authorize: { action: 'resource.create', allows: canWriteSomeResourcePortfolio } }, schema: { tags: resourceTags, summary: 'Register a resource', body: ResourceCreate, response: { 201: ResourceResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await resources.createResource(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch(
    '/resources/:id',
    { config: { authorize: { action: 'resource.update', allows: mayEditResourceAt } }, schema: { tags: resourceTags, summary: 'Change a resource (If-Match required)', params: IdParams, body: ResourceUpdate, response: { 200: ResourceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await resources.updateResource(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/institutions/:id/resources/validation',
    {
      schema: {
        tags: resourceTags,
        summary: 'R15 and R16 status of an institution: one resource-portfolio manager, one manager per resource',
        params: IdParams,
        response: { 200: ResourceValidation, ...problemResponses },
      },
    },
    async (req) => resources.validateInstitutionResources(db, req.actor, req.params.id),
  );

  app.get(
    '/capabilities',
    { schema: { tags: capabilityTags, summary: 'List capabilities (filter by institution, kind, virtual, text)', querystring: CapabilityListQuery, response: { 200: CapabilityPage, ...problemResponses } } },
    async (req) => resources.listCapabilities(db, req.actor, req.query),
  );

  app.get(
    '/capabilities/:id',
    { schema: { tags: capabilityTags, summary: 'One capability with its supplier service', params: IdParams, response: { 200: CapabilityResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await resources.getCapability(db, req.actor, req.params.id);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.post('/capabilities', { config: { authorize: { action: 'capability.create', allows: canWriteSomeResourcePortfolio } }, schema: { tags: capabilityTags, summary: 'Register a capability', body: CapabilityCreate, response: { 201: CapabilityResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await resources.createCapability(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch(
    '/capabilities/:id',
    { config: { authorize: { action: 'capability.update', allows: canWriteSomeResourcePortfolio } }, schema: { tags: capabilityTags, summary: 'Change a capability (If-Match required)', params: IdParams, body: CapabilityUpdate, response: { 200: CapabilityResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await resources.updateCapability(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return r;
    },
  );
};
