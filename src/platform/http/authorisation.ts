import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserActor } from '../actor.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/**
 * A route's authorisation pre-check: a decision that needs only the caller and
 * the path parameters, taken before the body is read or validated. It is a
 * necessary condition of the service layer's full check (which still runs and
 * may refuse for reasons the body or the stored record hold); it must never
 * refuse a caller the full check would allow.
 */
export interface RoutePreCheck {
  /** The action code a refusal names, as the service layer's ForbiddenError does. */
  action: string;
  /**
   * From the module's `*.policy.ts`: the caller and the raw path parameters
   * (strings, not yet validated), no body, no I/O.
   */
  allows(actor: UserActor, params: Readonly<Record<string, string | undefined>>): boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A write under /api/v1 meant for anonymous callers (sign-in, public
     * feedback). Without it, every POST/PUT/PATCH/DELETE answers 401 to an
     * anonymous caller before the body is read.
     */
    public?: boolean;
    /** The pre-check of a write, run before body parsing and validation (403 when it refuses). */
    authorize?: RoutePreCheck;
  }
}

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a route is an API write that anonymous callers may not make. */
const isProtectedWrite = (methods: string | string[], url: string, config: { public?: boolean } | undefined, prefix: string): boolean =>
  url.startsWith(prefix) && [methods].flat().some((m) => WRITE_METHODS.has(m.toUpperCase())) && config?.public !== true;

/**
 * Documents every protected write as needing a bearer token or a session
 * cookie in the OpenAPI document (public operations keep the document's
 * default, where signing in is optional). Register before the routes.
 */
export function registerProtectedWriteDocs(app: FastifyInstance, prefix: string): void {
  app.addHook('onRoute', (route) => {
    if (!isProtectedWrite(route.method, route.url, route.config, prefix) || !route.schema || route.schema.hide) return;
    route.schema = { security: [{ bearerAuth: [] }, { sessionCookie: [] }], ...route.schema } as typeof route.schema;
  });
}

/**
 * Authorisation before validation, for a request whose actor is already
 * resolved (call it from the `onRequest` hook that resolves the actor, so it
 * runs before the body is parsed, before the refused-text check and before
 * schema validation):
 * 1. an anonymous caller of a protected write gets 401;
 * 2. a signed-in caller whom the route's `config.authorize` pre-check refuses gets 403.
 * Reads, public writes and unknown routes (404) pass through untouched.
 */
export function checkRouteAccess(req: FastifyRequest, prefix: string): void {
  if (req.is404 || !WRITE_METHODS.has(req.method)) return;
  const url = req.routeOptions.url ?? '';
  const config = req.routeOptions.config;
  if (!isProtectedWrite(req.method, url, config, prefix)) return;
  const actor = req.actor;
  if (actor.kind !== 'user') throw new UnauthenticatedError();
  const check = config.authorize;
  if (check && !check.allows(actor, (req.params ?? {}) as Record<string, string | undefined>)) throw new ForbiddenError(check.action);
}
