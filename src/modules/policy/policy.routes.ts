import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/schemas.js';
import { requireIfMatch, setEtag } from '../../platform/http/etag.js';
import * as policy from './policy.service.js';
import { toPolicyVersionSummary } from './policy.presenter.js';
import {
  PolicyDiff,
  PolicyDiffParams,
  PolicyDocumentBase,
  PolicyVersionListQuery,
  PolicyVersionPage,
  PolicyVersionParams,
  PolicyVersionResponse,
} from './policy.schemas.js';
import { canActivatePolicyVersion, canDraftPolicyVersions, policyCollectionActionsFor, policyVersionActionsFor } from './policy.policy.js';

const tags = ['policy'];

/** Policy versions: public reference data; drafted by the state lead or an administrator, activated by the state lead. */
export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;

  app.get('/policy/versions', { schema: { tags, summary: 'List policy versions', querystring: PolicyVersionListQuery, response: { 200: PolicyVersionPage, ...problemResponses } } }, async (req) => {
    const { rows, total } = await policy.listPolicyVersions(db, req.query);
    const allowedActions = policyVersionActionsFor(req.actor);
    return { items: rows.map((r) => ({ ...toPolicyVersionSummary(r), allowedActions })), total, page: req.query.page, pageSize: req.query.pageSize, allowedActions: policyCollectionActionsFor(req.actor) };
  });

  app.get('/policy/active', { schema: { tags, summary: 'The policy version in force, with its reference data', response: { 200: PolicyVersionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await policy.getActivePolicyResponse(db);
    setEtag(reply, r.version);
    return { ...r, allowedActions: policyVersionActionsFor(req.actor) };
  });

  app.get('/policy/versions/:id', { schema: { tags, summary: 'One policy version with its reference data', params: PolicyVersionParams, response: { 200: PolicyVersionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await policy.getPolicyVersionResponse(db, req.params.id);
    setEtag(reply, r.version);
    return { ...r, allowedActions: policyVersionActionsFor(req.actor) };
  });

  app.get(
    '/policy/versions/:id/diff/:otherId',
    { schema: { tags, summary: 'What changed from one policy version to another, per section and field', params: PolicyDiffParams, response: { 200: PolicyDiff, ...problemResponses } } },
    async (req) => policy.diffPolicyVersions(db, req.params.id, req.params.otherId),
  );

  app.post('/policy/versions', { config: { authorize: { action: 'policyVersion.create', allows: canDraftPolicyVersions } }, schema: { tags, summary: 'Create a draft policy version from a full document', body: PolicyDocumentBase, response: { 201: PolicyVersionResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await policy.createPolicyVersion(db, req.ctx, req.body);
    setEtag(reply, r.version);
    return reply.status(201).send({ ...r, allowedActions: policyVersionActionsFor(req.actor) });
  });

  app.put(
    '/policy/versions/:id',
    { config: { authorize: { action: 'policyVersion.update', allows: canDraftPolicyVersions } }, schema: { tags, summary: "Replace a draft's document (If-Match required; active and superseded versions are immutable)", params: PolicyVersionParams, body: PolicyDocumentBase, response: { 200: PolicyVersionResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await policy.replacePolicyVersion(db, req.ctx, req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, r.version);
      return { ...r, allowedActions: policyVersionActionsFor(req.actor) };
    },
  );

  app.post(
    '/policy/versions/:id/activate',
    { config: { authorize: { action: 'policyVersion.activate', allows: canActivatePolicyVersion } }, schema: { tags, summary: 'Put a draft into force; the previous version becomes superseded (If-Match required)', params: PolicyVersionParams, response: { 200: PolicyVersionResponse, ...problemResponses } } },
    async (req, reply) => {
      const r = await policy.activatePolicyVersion(db, req.ctx, req.params.id, requireIfMatch(req));
      setEtag(reply, r.version);
      return { ...r, allowedActions: policyVersionActionsFor(req.actor) };
    },
  );
};
