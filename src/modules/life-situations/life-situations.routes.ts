import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import { ServiceUsageListQuery, ServiceUsagePage } from '../channel-points/service-usage.schemas.js';
import * as lifeSituations from './life-situations.service.js';
import {
  LifeSituationCreate,
  LifeSituationListQuery,
  LifeSituationPage,
  LifeSituationResponse,
  LifeSituationUpdate,
  NeedCreate,
  NeedListQuery,
  NeedPage,
  NeedResponse,
  NeedUpdate,
} from './life-situations.schemas.js';
import { canCreateLifeSituations, canEditSomeOwned } from './life-situations.policy.js';

const lsTags = ['life-situations'];
const needTags = ['needs'];

/**
 * Life situations and the needs tied to them (need groups = life situations).
 * Public to read; created by leads and portfolio managers, kept by the owner's
 * portfolio manager, the state lead and administrators.
 */
export const lifeSituationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/life-situations',
    { schema: { tags: lsTags, summary: 'List life situations (filter by audience, owner, need, text)', querystring: LifeSituationListQuery, response: { 200: LifeSituationPage, ...problemResponses } } },
    async (req) => lifeSituations.listLifeSituations(db, req.actor, req.query),
  );

  app.get(
    '/life-situations/:id',
    { schema: { tags: lsTags, summary: 'One life situation with its needs', params: IdParams, response: { 200: LifeSituationResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await lifeSituations.getLifeSituation(db, req.actor, req.params.id);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/life-situations/:id/services',
    {
      schema: {
        tags: lsTags,
        summary: 'Services meeting any need of the life situation (published only for anonymous callers)',
        params: IdParams,
        querystring: ServiceUsageListQuery,
        response: { 200: ServiceUsagePage, ...problemResponses },
      },
    },
    async (req) => lifeSituations.listLifeSituationServices(db, req.actor, req.params.id, req.query),
  );

  app.post(
    '/life-situations',
    { config: { authorize: { action: 'lifeSituation.create', allows: canCreateLifeSituations } }, schema: { tags: lsTags, summary: 'Register a life situation with at least one need (R40)', body: LifeSituationCreate, response: { 201: LifeSituationResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await lifeSituations.createLifeSituation(db, req.ctx, req.body);
      setEtag(reply, r.version);
      return reply.status(201).send(r);
    },
  );

  app.patch(
    '/life-situations/:id',
    { config: { authorize: { action: 'lifeSituation.update', allows: canEditSomeOwned } }, schema: { tags: lsTags, summary: 'Change a life situation or its needs (If-Match required)', params: IdParams, body: LifeSituationUpdate, response: { 200: LifeSituationResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await lifeSituations.updateLifeSituation(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/needs',
    { schema: { tags: needTags, summary: 'List needs (filter by life situation, owner, text)', querystring: NeedListQuery, response: { 200: NeedPage, ...problemResponses } } },
    async (req) => lifeSituations.listNeeds(db, req.actor, req.query),
  );

  app.get(
    '/needs/:id',
    { schema: { tags: needTags, summary: 'One need with its life situations and the services meeting it', params: IdParams, response: { 200: NeedResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await lifeSituations.getNeed(db, req.actor, req.params.id);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/needs/:id/services',
    {
      schema: {
        tags: needTags,
        summary: 'Services meeting the need, paged (published only for anonymous callers)',
        params: IdParams,
        querystring: ServiceUsageListQuery,
        response: { 200: ServiceUsagePage, ...problemResponses },
      },
    },
    async (req) => lifeSituations.listNeedServices(db, req.actor, req.params.id, req.query),
  );

  app.post('/needs', { config: { authorize: { action: 'need.create', allows: canCreateLifeSituations } }, schema: { tags: needTags, summary: 'Register a need', body: NeedCreate, response: { 201: NeedResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await lifeSituations.createNeed(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch(
    '/needs/:id',
    { config: { authorize: { action: 'need.update', allows: canEditSomeOwned } }, schema: { tags: needTags, summary: 'Change a need or the life situations it belongs to (If-Match required)', params: IdParams, body: NeedUpdate, response: { 200: NeedResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await lifeSituations.updateNeed(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return r;
    },
  );
};
