import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, iso, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import * as peopleService from './people.service.js';
import { canCreateAccounts, managesAnyPeople } from './people.policy.js';
import { AccountCreate, AccountResponse, PersonCreate, PersonListQuery, PersonPage, PersonResponse, PersonUpdate } from './people.schemas.js';

const tags = ['people'];

/** People who perform roles for institutions: readable by signed-in users (contacts only where people.policy allows), kept by each institution's managers. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/people', { schema: { tags, summary: 'List people (filter by institution, name or e-mail, active)', querystring: PersonListQuery, response: { 200: PersonPage, ...problemResponses } } }, async (req) => {
    const { items, total } = await peopleService.listPeople(db, req.ctx, req.query);
    return { items, total, page: req.query.page, pageSize: req.query.pageSize };
  });

  app.get('/people/:id', { schema: { tags, summary: 'One person with the roles they perform now', params: IdParams, response: { 200: PersonResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await peopleService.getPerson(db, req.ctx, req.params.id);
    setEtag(reply, r.version);
    return r;
  });

  app.post('/people', { config: { authorize: { action: 'person.create', allows: managesAnyPeople } }, schema: { tags, summary: 'Register a person of an institution', body: PersonCreate, response: { 201: PersonResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await peopleService.createPerson(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.patch('/people/:id', { config: { authorize: { action: 'person.update', allows: managesAnyPeople } }, schema: { tags, summary: 'Change a person; active=false deactivates (If-Match required)', params: IdParams, body: PersonUpdate, response: { 200: PersonResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await peopleService.updatePerson(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
    setEtag(reply, r.version);
    return r;
  });

  app.post('/people/:id/account', { config: { authorize: { action: 'account.create', allows: canCreateAccounts } }, schema: { tags, summary: 'Create a sign-in account for a person (system administrators)', params: IdParams, body: AccountCreate, response: { 201: AccountResponse, ...problemResponses } } }, async (req, reply) => {
    const a = await peopleService.createAccountForPerson(db, req.ctx, req.params.id, req.body);
    return reply.status(201).send({ ...a, createdAt: iso(a.createdAt)! });
  });
};
