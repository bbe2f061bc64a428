import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import * as roles from './roles.service.js';
import {
  InstitutionRolesResponse,
  RoleAssignmentCreate,
  RoleAssignmentListQuery,
  RoleAssignmentPage,
  RoleAssignmentReplace,
  RoleAssignmentReplaceResponse,
  RoleAssignmentResponse,
} from './roles.schemas.js';
import { appointsAnyRoles } from './roles.policy.js';

const tags = ['roles'];

/** Role assignments: which institution holds which role in which scope, and who performs it. */
export const roleAssignmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/role-assignments', { schema: { tags, summary: 'List role assignments (filter by role, institution, person, scope, active)', querystring: RoleAssignmentListQuery, response: { 200: RoleAssignmentPage, ...problemResponses } } }, async (req) => {
    const { items, total, allowedActions } = await roles.listAssignments(db, req.ctx, req.query);
    return { items, total, page: req.query.page, pageSize: req.query.pageSize, allowedActions };
  });

  app.get('/role-assignments/:id', { schema: { tags, summary: 'One role assignment', params: IdParams, response: { 200: RoleAssignmentResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await roles.getAssignment(db, req.ctx, req.params.id);
    setEtag(reply, r.version);
    return r;
  });

  app.post('/role-assignments', { config: { authorize: { action: 'roleAssignment.appoint', allows: appointsAnyRoles } }, schema: { tags, summary: 'Appoint a person to a role held by an institution (R12–R19)', body: RoleAssignmentCreate, response: { 201: RoleAssignmentResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await roles.appoint(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send(r);
  });

  app.post('/role-assignments/:id/end', { config: { authorize: { action: 'roleAssignment.end', allows: appointsAnyRoles } }, schema: { tags, summary: 'End a role assignment (If-Match required)', params: IdParams, response: { 200: RoleAssignmentResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await roles.endAssignment(db, req.ctx, req.params.id, requireIfMatch(req));
    setEtag(reply, r.version);
    return r;
  });

  app.post(
    '/role-assignments/:id/replace',
    { config: { authorize: { action: 'roleAssignment.replace', allows: appointsAnyRoles } }, schema: { tags, summary: 'Hand a role over to another person in one step (If-Match required)', params: IdParams, body: RoleAssignmentReplace, response: { 200: RoleAssignmentReplaceResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await roles.replaceAssignment(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.appointed.version);
      return r;
    },
  );

  app.get('/institutions/:id/roles', { schema: { tags, summary: 'Roles an institution holds, who performs them, and the cardinality rules met or broken', params: IdParams, response: { 200: InstitutionRolesResponse, ...problemResponses } } }, async (req) =>
    roles.institutionRoles(db, req.ctx, req.params.id),
  );
};
