import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import * as institutions from './institutions.service.js';
import { InstitutionCreate, InstitutionListQuery, InstitutionPage, InstitutionResponse, InstitutionUpdate } from './institutions.schemas.js';
import { canManageInstitutions, mayEditInstitutionAt } from './institutions.policy.js';

const tags = ['institutions'];

/** Institutions: public reference data; structural changes by administrators and the state lead. */
export const institutionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/institutions', { schema: { tags, summary: 'List institutions (filter by group, kind, parent or any-depth hierarchy)', querystring: InstitutionListQuery, response: { 200: InstitutionPage, ...problemResponses } } }, async (req) => {
    return institutions.listInstitutions(db, req.actor, req.query);
  });

  app.get('/institutions/:id', { schema: { tags, summary: 'One institution with its hierarchy and core activity directions', params: IdParams, response: { 200: InstitutionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await institutions.getInstitution(db, req.actor, req.params.id);
    setEtag(reply, r.version);
    return r;
  });

  app.post('/institutions', { config: { authorize: { action: 'institution.create', allows: canManageInstitutions } }, schema: { tags, summary: 'Register an institution', body: InstitutionCreate, response: { 201: InstitutionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await institutions.createInstitution(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch('/institutions/:id', { config: { authorize: { action: 'institution.update', allows: mayEditInstitutionAt } }, schema: { tags, summary: 'Change an institution (If-Match required)', params: IdParams, body: InstitutionUpdate, response: { 200: InstitutionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await institutions.updateInstitution(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
    setEtag(reply, r.version);
    return r;
  });
};
