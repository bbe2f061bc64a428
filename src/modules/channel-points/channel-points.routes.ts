import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import * as channelPoints from './channel-points.service.js';
import { ChannelPointCreate, ChannelPointListQuery, ChannelPointPage, ChannelPointResponse, ChannelPointUpdate } from './channel-points.schemas.js';
import { ServiceUsageListQuery, ServiceUsagePage } from './service-usage.schemas.js';
import { canWriteSomeChannelPoints } from './channel-points.policy.js';

const tags = ['channel-points'];

/**
 * Channel points: concrete places and means to request or receive services,
 * owned by an institution and shared by many services. Public to read (active
 * ones for anonymous callers); kept by the owner's portfolio manager.
 */
export const channelPointsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/channel-points',
    { schema: { tags, summary: 'List channel points (filter by institution, channel type, environment, text, active)', querystring: ChannelPointListQuery, response: { 200: ChannelPointPage, ...problemResponses } } },
    async (req) => channelPoints.listChannelPoints(db, req.actor, req.query),
  );

  app.get(
    '/channel-points/:id',
    { schema: { tags, summary: 'One channel point with its channel meaning and the number of services using it', params: IdParams, response: { 200: ChannelPointResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await channelPoints.getChannelPoint(db, req.actor, req.params.id);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.get(
    '/channel-points/:id/services',
    {
      schema: {
        tags,
        summary: 'Services whose current or published version uses the channel point (published only for anonymous callers)',
        params: IdParams,
        querystring: ServiceUsageListQuery,
        response: { 200: ServiceUsagePage, ...problemResponses },
      },
    },
    async (req) => channelPoints.listChannelPointServices(db, req.actor, req.params.id, req.query),
  );

  app.post('/channel-points', { config: { authorize: { action: 'channelPoint.create', allows: canWriteSomeChannelPoints } }, schema: { tags, summary: 'Register a channel point', body: ChannelPointCreate, response: { 201: ChannelPointResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await channelPoints.createChannelPoint(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch(
    '/channel-points/:id',
    { config: { authorize: { action: 'channelPoint.update', allows: canWriteSomeChannelPoints } }, schema: { tags, summary: 'Change a channel point; every service using it sees the change (If-Match required)', params: IdParams, body: ChannelPointUpdate, response: { 200: ChannelPointResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await channelPoints.updateChannelPoint(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return r;
    },
  );

  app.post(
    '/channel-points/:id/deactivate',
    { config: { authorize: { action: 'channelPoint.deactivate', allows: canWriteSomeChannelPoints } }, schema: { tags, summary: 'Take a channel point out of use (If-Match required)', params: IdParams, response: { 200: ChannelPointResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await channelPoints.deactivateChannelPoint(db, req.ctx, req.params.id, requireIfMatch(req));
      setEtag(reply, r.version);
      return r;
    },
  );
};
