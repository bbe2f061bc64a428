import crypto from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { pgErrorOf, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, CHECK_VIOLATION } from '../db/pg-errors.js';
import { ANONYMOUS, type Actor, type RequestContext } from '../actor.js';
import { ConflictError, DomainError, RuleViolationError, TooManyRequestsError } from '../errors.js';
import { negotiateLocale, t, type Locale } from '../i18n.js';
import { sendProblem } from './problem.js';
import { issueMessage, pointerToPath } from './validation-messages.js';
import { registerRefusedTextCheck, sendRefusedText } from './refused-text.js';
import { checkRouteAccess, registerProtectedWriteDocs } from './authorisation.js';
import { csrfTokenMatches, resolveActor, SESSION_COOKIE } from '../../modules/auth/auth.service.js';
import { registerOperations } from './operations.js';
import type { FastifyPluginAsync } from 'fastify';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    locale: Locale;
    /** The actor and request id, as services take them. */
    ctx: RequestContext;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export interface AppDeps {
  database: Database;
  config: Config;
  /** Route plugins mounted under /api/v1 (the composition root, src/app, lists the modules'). */
  apiModules: FastifyPluginAsync[];
  /** Plugins serving pages outside the API (catalogues, workspace). */
  pagePlugins: FastifyPluginAsync[];
  /** Background work started when the app is ready and stopped when it closes (the job runner). */
  background?: { start(): Promise<void>; stop(): Promise<void> };
}

export const API_PREFIX = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the HTTP application: API, docs, health, metrics. Does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] },
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    // X-Forwarded-For is believed only from the configured proxies; otherwise anyone could
    // pick their own address and walk round the per-address sign-in limit.
    trustProxy: config.TRUSTED_PROXIES.length > 0 ? config.TRUSTED_PROXIES : false,
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot decode (bytes that are no UTF-8) gets the same problem body as every other 400.
    frameworkErrors: (err, req, reply) => {
      void sendProblem(req, reply, 400, 'badRequest', 'errors.badJson', { detail: err.message });
    },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only: anything else is 415, not a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.decorate('deps', deps);

  // On shutdown, ask keep-alive clients to close, so close() does not wait for their idle timeout.
  let shuttingDown = false;
  app.addHook('preClose', async () => {
    shuttingDown = true;
  });
  app.addHook('onSend', async (_req, reply) => {
    if (shuttingDown) reply.header('connection', 'close');
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are checked against their contracts in development and tests, where a
  // mismatch is a bug to catch; in production presenters already allow-list the
  // fields, so the check is skipped to save the CPU it costs on every list page.
  app.setSerializerCompiler(config.NODE_ENV === 'production' ? () => (data) => JSON.stringify(data) : serializerCompiler);

  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', 'lv');
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    const q = req.query as Record<string, unknown> | undefined;
    req.locale = negotiateLocale(req.headers['accept-language'], typeof q?.lang === 'string' ? q.lang : undefined);
    req.actor = ANONYMOUS;
    req.ctx = { actor: ANONYMOUS, requestId: req.id };
  });

  registerRefusedTextCheck(app);

  // Responses over 1 kB are compressed (brotli or gzip, as the client accepts): JSON lists and HTML
  // pages shrink 5–10×. Dynamic answers use a fast brotli level; the workspace's hashed assets are
  // compressed once at build time at the highest level and served as they are (workspace.plugin.ts).
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // No inline code anywhere: the catalogue and the workspace load scripts and styles from files
        // (test/catalogue/catalogue.csp.int.test.ts checks every page; the e2e harness fails on any violation).
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Scripts are strictly our own files; styles may be set inline, because the workspace's
        // dependency graph (cytoscape) styles its canvas at run time. Inline styles run no code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  // Who is calling: bearer token for machines, session cookie for browsers. Resolved when the
  // request arrives (before the body is read), so authorisation comes before validation
  // (docs/adr/0009): CSRF 403 for a cookie session, then 401 for an anonymous write, then the
  // route's pre-check 403 — all before the refused-text check (preValidation) and the schema.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith(API_PREFIX)) return;
    const auth = req.headers.authorization;
    const bearer = auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : undefined;
    // Signing in opens a new session, so a stale cookie the browser still sends is no reason to refuse it.
    const signingIn = req.method === 'POST' && req.routeOptions.url === `${API_PREFIX}/auth/login`;
    const sessionToken = bearer || signingIn ? undefined : req.cookies[SESSION_COOKIE];
    req.actor = await resolveActor(deps.database.db, { bearer, sessionToken }, config.SESSION_TTL_HOURS);
    req.ctx = { actor: req.actor, requestId: req.id };
    // Browsers authenticated by cookie must prove the request comes from our pages, with the
    // token derived from this very session (so it rotates at sign-in and dies at sign-out).
    if (sessionToken && req.actor.kind === 'user' && !SAFE_METHODS.has(req.method) && !csrfTokenMatches(sessionToken, req.headers['x-csrf-token'])) {
      return sendProblem(req, reply, 403, 'csrf', 'errors.csrf');
    }
    checkRouteAccess(req, API_PREFIX);
  });
  registerProtectedWriteDocs(app, API_PREFIX);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vienotais pakalpojumu reģistrs — API',
        description:
          'REST API of the unified public-service register of Latvia. Errors are RFC 9457 problem+json. Writes to existing records need If-Match with the ETag.',
        version: '1.0.0',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearerAuth: [] }, { sessionCookie: [] }, {}],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.setErrorHandler((err: FastifyError, req, reply) => handleError(app, err, req, reply));
  app.setNotFoundHandler((req, reply) => sendProblem(req, reply, 404, 'notFound', 'errors.notFound.route', { method: req.method, url: req.url.split('?')[0] }));

  await app.register(
    async (api) => {
      for (const mod of deps.apiModules) await api.register(mod);
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: API_PREFIX },
  );
  // Pages outside the API: the public and inter-institutional catalogues, the institutions' React workspace.
  for (const plugin of deps.pagePlugins) await app.register(plugin);
  // The API reference page (Scalar) starts itself with an inline script and injects its own styles:
  // its scripts get a per-response nonce (still no 'unsafe-inline' scripts); only this page allows inline styles.
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith(`${API_PREFIX}/docs`) || typeof payload !== 'string' || !String(reply.getHeader('content-type')).startsWith('text/html')) return payload;
    const nonce = crypto.randomBytes(16).toString('base64');
    const csp = String(reply.getHeader('content-security-policy') ?? '')
      .replace(/script-src 'self'/, `script-src 'self' 'nonce-${nonce}'`)
      .replace(/style-src 'self'/, "style-src 'self' 'unsafe-inline'");
    reply.header('content-security-policy', csp);
    return payload.replace(/<script\b/gi, `<script nonce="${nonce}"`).replace(/<head>/i, `<head><meta property="csp-nonce" content="${nonce}">`);
  });
  await app.register(scalar, { routePrefix: `${API_PREFIX}/docs`, configuration: { url: `${API_PREFIX}/openapi.json` } });
  await registerOperations(app, deps);
  const { background } = deps;
  if (background) {
    app.addHook('onReady', () => background.start());
    app.addHook('onClose', () => background.stop());
  }
  return app;
}

function handleError(app: FastifyInstance, err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = req.locale ?? 'lv';
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext;
    const errors = err.validation.map((v) => ({
      path: pointerToPath(v.instancePath, where === 'body' ? undefined : where),
      code: String(v.keyword),
      message: issueMessage(locale, v as never),
    }));
    return sendProblem(req, reply, 400, 'validation', 'errors.validation', {}, { errors });
  }
  if (err instanceof RuleViolationError) {
    return sendProblem(req, reply, err.status, err.code, err.message, err.params, {
      errors: err.violations.map((v) => ({ path: v.path, code: v.code, rule: v.rule, severity: v.severity, message: v.message[locale] })),
      violations: err.violations,
    });
  }
  if (err instanceof DomainError) {
    if (err instanceof TooManyRequestsError) reply.header('retry-after', String(err.retryAfterSeconds));
    const extra: Record<string, unknown> = {};
    if (err.issues.length) extra.errors = err.issues.map((i) => ({ path: i.path, code: i.code, message: i.params ? t(locale, i.message ?? i.code, i.params) : (i.message ?? i.code) }));
    if (err instanceof ConflictError && err.current !== undefined) extra.current = err.current;
    return sendProblem(req, reply, err.status, err.code, err.message, err.params, extra);
  }
  const pgErr = pgErrorOf(err);
  if (pgErr?.code === UNIQUE_VIOLATION) {
    return sendProblem(req, reply, 409, 'duplicate', 'errors.conflict.duplicate', { field: pgErr.constraint ?? '' }, { errors: [{ path: constraintField(pgErr.constraint), code: 'duplicate', message: t(locale, 'errors.conflict.duplicate', { field: constraintField(pgErr.constraint) }) }] });
  }
  if (pgErr?.code === FOREIGN_KEY_VIOLATION) {
    const deleting = req.method === 'DELETE';
    return deleting
      ? sendProblem(req, reply, 409, 'inUse', 'errors.conflict.inUse')
      : sendProblem(req, reply, 400, 'validation', 'errors.validation', {}, { errors: [{ path: constraintField(pgErr.constraint), code: 'unknownReference', message: t(locale, 'errors.unknownReference') }] });
  }
  // Text the database cannot store that slipped past the request check (e.g. from a file being imported).
  if (pgErr?.code === '22021' || pgErr?.code === '22P05') return sendRefusedText(req, reply, '');
  if (pgErr?.code === CHECK_VIOLATION || pgErr?.code === '22P02' || pgErr?.code === '22007' || pgErr?.code === '22003') {
    return sendProblem(req, reply, 400, 'validation', 'errors.validation', {}, { errors: [{ path: constraintField(pgErr.constraint), code: 'invalidValue', message: t(locale, 'errors.invalidValue') }] });
  }
  if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
    return sendProblem(req, reply, 403, 'csrf', 'errors.csrf');
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    // The limit of the route that refused the body (imports take 20 MiB), not only the general one.
    return sendProblem(req, reply, 413, 'payloadTooLarge', 'errors.payloadTooLarge', { limit: req.routeOptions?.bodyLimit ?? app.deps.config.BODY_LIMIT_BYTES });
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(req, reply, 415, 'unsupportedMediaType', 'errors.unsupportedMediaType', { type: req.headers['content-type'] ?? '' });
  }
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) {
    return sendProblem(req, reply, 400, 'badJson', 'errors.badJson', { detail: err.message });
  }
  if (err.statusCode === 429) {
    return sendProblem(req, reply, 429, 'tooManyRequests', 'errors.tooManyRequests', { seconds: 60 });
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(req, reply, err.statusCode, 'badRequest', 'errors.badJson', { detail: err.message });
  }
  if (isResponseSerializationError(err)) req.log.error({ err, issues: err.cause?.issues }, 'response does not match its contract');
  else req.log.error({ err }, 'unhandled error');
  return sendProblem(req, reply, 500, 'internal', 'errors.internal');
}

/** "people_email_uq" → "email": the field a constraint guards, for the error path. */
function constraintField(constraint?: string): string {
  if (!constraint) return '';
  const m = /^[a-z_]+?_([a-z_]+?)_(uq|fk|ck|idx)$/.exec(constraint);
  const raw = m ? m[1] : constraint;
  return raw.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
