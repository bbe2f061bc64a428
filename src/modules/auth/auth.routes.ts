import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import { NotFoundError } from '../../platform/errors.js';
import { IdParams, iso, problemResponses } from '../../platform/http/schemas.js';
import * as auth from './auth.service.js';
import { CreateTokenBody, LoginBody, SessionResponse, TokenResponse } from './auth.schemas.js';
import { canCreateApiTokens } from './auth.policy.js';

const presentSession = (actor: Actor, csrfToken: string | null, who: auth.SessionPerson = { person: null, institution: null }) => ({
  ...who,
  authenticated: actor.kind === 'user',
  personId: actor.kind === 'user' ? actor.personId : null,
  institutionId: actor.kind === 'user' ? actor.institutionId : null,
  isSystemAdmin: actor.kind === 'user' && actor.isSystemAdmin,
  roles: actor.kind === 'user' ? actor.roles.map((r) => ({ role: r.role, institutionId: r.institutionId, scopeType: r.scopeType, scopeId: r.scopeId })) : [],
  csrfToken,
});

/** Sign-in, sign-out, the current session and API tokens. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const secure = config.COOKIE_SECURE === 'true' || (config.COOKIE_SECURE === 'auto' && config.NODE_ENV === 'production');

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in with a login and password (opens a session cookie)', body: LoginBody, response: { 200: SessionResponse, ...problemResponses, 429: problemResponses[400] } },
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const result = await auth.login(
        database.db,
        { login: req.body.login, password: req.body.password, ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id },
        { maxAttempts: config.LOGIN_MAX_ATTEMPTS, sessionTtlHours: config.SESSION_TTL_HOURS },
      );
      reply.setCookie(auth.SESSION_COOKIE, result.sessionToken, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: result.expiresAt });
      return presentSession(result.actor, auth.csrfTokenOf(result.sessionToken), await auth.sessionPerson(database.db, result.actor));
    },
  );

  app.post('/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out (ends the session)', response: { 204: z.null(), ...problemResponses } } }, async (req, reply) => {
    const token = req.cookies[auth.SESSION_COOKIE];
    if (token) await auth.logout(database.db, req.ctx, token);
    reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/session', { schema: { tags: ['auth'], summary: 'Who is signed in, with the CSRF token of the session for browser writes', response: { 200: SessionResponse, ...problemResponses } } }, async (req) => {
    // Only a cookie session needs (and has) a CSRF token; bearer callers get null.
    const sessionToken = req.actor.kind === 'user' && req.actor.via === 'session' ? req.cookies[auth.SESSION_COOKIE] : undefined;
    return presentSession(req.actor, sessionToken ? auth.csrfTokenOf(sessionToken) : null, await auth.sessionPerson(database.db, req.actor));
  });

  app.get('/auth/tokens', { schema: { tags: ['auth'], summary: 'My API tokens', response: { 200: z.array(TokenResponse), ...problemResponses } } }, async (req) => {
    const rows = await auth.listApiTokens(database.db, req.ctx);
    return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt)!, expiresAt: iso(r.expiresAt), lastUsedAt: iso(r.lastUsedAt), revokedAt: iso(r.revokedAt) }));
  });

  app.post('/auth/tokens', { config: { authorize: { action: 'auth.createTokenWithToken', allows: canCreateApiTokens } }, schema: { tags: ['auth'], summary: 'Create an API token for machines', body: CreateTokenBody, response: { 201: TokenResponse, ...problemResponses } } }, async (req, reply) => {
    const r = await auth.createApiToken(database.db, req.ctx, req.body);
    return reply.status(201).send({ ...r, createdAt: iso(r.createdAt)!, expiresAt: iso(r.expiresAt) });
  });

  app.delete('/auth/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke an API token', params: IdParams, response: { 204: z.null(), ...problemResponses } } }, async (req, reply) => {
    if (!(await auth.revokeApiToken(database.db, req.ctx, req.params.id))) throw new NotFoundError('apiToken', req.params.id);
    return reply.status(204).send(null);
  });
};
