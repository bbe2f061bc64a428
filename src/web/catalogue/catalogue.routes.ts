/**
 * The public catalogue (/) and the inter-institutional catalogue
 * (/starpiestazu/…): server-rendered HTML that works without JavaScript, one
 * CSS file and one optional script under /static/, the sitemap and robots.txt.
 * Routes are thin: read the request, call one page function, send HTML.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fastifyFormbody from '@fastify/formbody';
import { ANONYMOUS, type Actor } from '../../platform/actor.js';
import { DomainError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n.js';
import { sendProblem } from '../../platform/http/problem.js';
import { resolveActor, SESSION_COOKIE } from '../../modules/auth/auth.service.js';
import { submitFeedback } from '../../modules/feedback/feedback.service.js';
import { FEEDBACK_RATE_LIMIT } from '../../modules/feedback/feedback.routes.js';
import { findCatalogueServiceByCode, sitemapEntries, type Audience } from './catalogue.repository.js';
import { href, type PageContext } from './catalogue.view.js';
import { serviceUrl } from './catalogue.components.js';
import { renderServicePage } from './catalogue.service-page.js';
import type { FeedbackFormState } from './catalogue.feedback-view.js';
import { parseSearchQuery, renderSearch } from './catalogue.search-page.js';
import {
  renderCentre,
  renderCentres,
  renderError,
  renderHome,
  renderInstitution,
  renderInstitutions,
  renderLifeSituation,
  renderLifeSituations,
  renderNotFound,
  renderSignInNotice,
  renderThanks,
} from './catalogue.pages.js';
import './catalogue.messages.js';

export const INTER_PREFIX = '/starpiestazu';
const LANG_COOKIE = 'lang';
const STATIC_DIR = new URL('./static/', import.meta.url);
const MAX_SITEMAP_URLS = 50_000;

function readAsset(name: string): { body: Buffer; etag: string } {
  const body = fs.readFileSync(new URL(name, STATIC_DIR));
  return { body, etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const pageOf = (v: unknown): number => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 10_000) : 1;
};

/** Feedback problems (domain issues) as the form shows them. */
function formErrors(err: ValidationError): NonNullable<FeedbackFormState['errors']> {
  return err.issues.map((i) => {
    if (i.path === 'rating') return { field: 'rating' as const, key: 'cat.fb.err.rating' };
    if (i.path === 'comment') return { field: 'comment' as const, key: 'cat.fb.err.comment', params: i.params };
    if (i.path === 'channel') return { field: 'channel' as const, key: 'cat.fb.err.channel' };
    if (i.path === 'formToken') return { field: 'form' as const, key: i.code === 'tooFast' ? 'cat.fb.err.tooFast' : 'cat.fb.err.token' };
    return { field: 'form' as const, key: 'cat.fb.err.spam' };
  });
}

/** Registers the catalogue pages (public and inter-institutional) with their static files. */
export const catalogueRoutes: FastifyPluginAsync = async (app: FastifyInstance) => {
  const { db } = app.deps.database;
  const { config } = app.deps;
  const css = readAsset('catalogue.css');
  const js = readAsset('catalogue.js');
  const assetVersion = crypto.createHash('sha256').update(css.body).update(js.body).digest('hex').slice(0, 10);
  const secureCookies = config.COOKIE_SECURE === 'true' || (config.COOKIE_SECURE === 'auto' && config.NODE_ENV === 'production');

  // Only the feedback form posts here; the rest of the application speaks JSON.
  await app.register(fastifyFormbody, { bodyLimit: 16_384 });

  /** The page context: language from ?lang= (remembered in a cookie), else the cookie, else the request's. */
  function contextOf(req: FastifyRequest, reply: FastifyReply, audience: Audience, signedIn = false): PageContext {
    const q = req.query as Record<string, unknown>;
    const explicit = str(q.lang);
    let locale: Locale = req.locale;
    if (explicit === 'lv' || explicit === 'en') {
      locale = explicit;
      reply.setCookie(LANG_COOKIE, explicit, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true, secure: secureCookies });
    } else {
      const c = req.cookies[LANG_COOKIE];
      if (c === 'lv' || c === 'en') locale = c;
      else if (!req.headers['accept-language']) locale = 'lv';
    }
    req.locale = locale;
    return { locale, audience, base: audience === 'inter' ? INTER_PREFIX : '', url: req.url, signedIn, assetVersion };
  }

  const sendHtml = (reply: FastifyReply, body: string, status = 200, audience: Audience = 'public') =>
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', audience === 'inter' ? 'private, no-store' : 'no-cache')
      .header('vary', 'Cookie, Accept-Language')
      .send(body);

  // HTML errors for the catalogue's own routes: unknown codes are a styled 404, never JSON.
  app.setErrorHandler(async (err: Error & { statusCode?: number }, req, reply) => {
    const audience: Audience = req.url.startsWith(INTER_PREFIX) ? 'inter' : 'public';
    const ctx = contextOf(req, reply, audience);
    if (err instanceof NotFoundError || err.statusCode === 404) return sendHtml(reply, renderNotFound(ctx), 404, audience);
    if (err.statusCode === 429) return sendHtml(reply, renderError(ctx, 'cat.fb.err.title', 'cat.fb.err.rateLimited'), 429, audience);
    if (err instanceof DomainError && err.status < 500) return sendHtml(reply, renderError(ctx, 'cat.notFound.title', 'cat.notFound.body'), err.status, audience);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return sendHtml(reply, renderError(ctx, 'cat.notFound.title', 'cat.notFound.body'), err.statusCode, audience);
    req.log.error({ err }, 'catalogue page failed');
    return sendHtml(reply, renderError(ctx, 'cat.notFound.title', 'cat.notFound.body'), 500, audience);
  });

  const assetHeaders = (reply: FastifyReply, type: string, etag: string) =>
    reply.type(type).header('cache-control', 'public, max-age=31536000, immutable').header('etag', etag);
  app.get('/static/catalogue.css', { schema: { hide: true } }, async (req, reply) =>
    req.headers['if-none-match'] === css.etag ? reply.status(304).send() : assetHeaders(reply, 'text/css; charset=utf-8', css.etag).send(css.body),
  );
  app.get('/static/catalogue.js', { schema: { hide: true } }, async (req, reply) =>
    req.headers['if-none-match'] === js.etag ? reply.status(304).send() : assetHeaders(reply, 'text/javascript; charset=utf-8', js.etag).send(js.body),
  );

  /** The signed-in institution user, or null (inter-institutional pages need one). */
  async function sessionActor(req: FastifyRequest): Promise<Actor> {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return ANONYMOUS;
    return resolveActor(db, { sessionToken: token }, config.SESSION_TTL_HOURS);
  }

  /** Registers one page in both catalogues (or only the public one). */
  function page(path: string, render: (req: FastifyRequest, reply: FastifyReply, ctx: PageContext, actor: Actor) => Promise<string | void>, opts: { publicOnly?: boolean } = {}) {
    app.get(path, { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextOf(req, reply, 'public');
      const out = await render(req, reply, ctx, ANONYMOUS);
      if (typeof out === 'string') return sendHtml(reply, out);
      return reply;
    });
    if (opts.publicOnly) return;
    const interPath = path === '/' ? INTER_PREFIX : `${INTER_PREFIX}${path}`;
    app.get(interPath, { schema: { hide: true } }, async (req, reply) => {
      const actor = await sessionActor(req);
      const ctx = contextOf(req, reply, 'inter', actor.kind === 'user');
      if (actor.kind !== 'user') return sendHtml(reply, renderSignInNotice(ctx, req.url), 401, 'inter');
      const out = await render(req, reply, ctx, actor);
      if (typeof out === 'string') return sendHtml(reply, out, 200, 'inter');
      return reply;
    });
  }

  const q = (req: FastifyRequest) => req.query as Record<string, unknown>;
  page('/', (_req, _reply, ctx) => renderHome(db, ctx));
  page('/pakalpojumi', (req, _reply, ctx, actor) => renderSearch(db, actor, ctx, parseSearchQuery(q(req))));
  const servicePage = async (req: FastifyRequest, reply: FastifyReply, ctx: PageContext) => {
    const p = req.params as { code: string; slug?: string };
    const r = await renderServicePage(db, ctx, p.code, p.slug);
    if (r.redirect) return void reply.redirect(r.redirect, 301);
    return r.html;
  };
  page('/pakalpojumi/:code', servicePage);
  page('/pakalpojumi/:code/:slug', servicePage);
  page('/dzives-situacijas', (_req, _reply, ctx) => renderLifeSituations(db, ctx));
  page('/dzives-situacijas/:code', (req, _reply, ctx) => renderLifeSituation(db, ctx, (req.params as { code: string }).code));
  page('/iestades', (req, _reply, ctx) => renderInstitutions(db, ctx, str(q(req).q)?.trim().slice(0, 200) || undefined, pageOf(q(req).lapa)));
  page('/iestades/:code', (req, _reply, ctx) => renderInstitution(db, ctx, (req.params as { code: string }).code, pageOf(q(req).lapa)));
  page('/klientu-centri', (req, _reply, ctx) => renderCentres(db, ctx, str(q(req).pasvaldiba)?.slice(0, 100) || undefined, q(req).vpvkac === '1'), { publicOnly: true });
  page('/klientu-centri/:code', (req, _reply, ctx) => renderCentre(db, ctx, (req.params as { code: string }).code, pageOf(q(req).lapa)), { publicOnly: true });
  page(
    '/pakalpojumi/:code/vertejums/paldies',
    async (req, _reply, ctx) => {
      const s = await findCatalogueServiceByCode(db, 'public', (req.params as { code: string }).code);
      if (!s) throw new NotFoundError('service', (req.params as { code: string }).code);
      return renderThanks(ctx, s, serviceUrl(ctx, s.code, s.nameLv));
    },
    { publicOnly: true },
  );

  // The feedback form: POST, then redirect to the thank-you page (POST-redirect-GET).
  app.post('/pakalpojumi/:code/vertejums', { schema: { hide: true }, config: { rateLimit: FEEDBACK_RATE_LIMIT } }, async (req, reply) => {
    const ctx = contextOf(req, reply, 'public');
    const code = (req.params as { code: string }).code;
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const values = { rating: str(body.rating), comment: str(body.comment), channel: str(body.channel) };
    try {
      await submitFeedback(db, code, { rating: values.rating, comment: values.comment, channel: values.channel, formToken: str(body.formToken), website: str(body.website) }, ctx.locale);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const r = await renderServicePage(db, ctx, code, undefined, { values, errors: formErrors(err) });
      return sendHtml(reply, r.html, 400);
    }
    return reply.redirect(href(ctx, `/pakalpojumi/${encodeURIComponent(code)}/vertejums/paldies`), 303);
  });

  // Absolute URLs come from the configured public address: the Host header is the caller's to choose.
  const origin = config.PUBLIC_BASE_URL;
  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) => {
    return reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`User-agent: *\nAllow: /\nDisallow: ${INTER_PREFIX}/\nDisallow: /darbvieta/\nDisallow: /api/\nDisallow: /pakalpojumi?\n\nSitemap: ${origin}/sitemap.xml\n`);
  });

  app.get('/sitemap.xml', { schema: { hide: true } }, async (_req, reply) => {
    const e = await sitemapEntries(db, MAX_SITEMAP_URLS);
    const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
    const url = (path: string, lastmod?: Date | string) =>
      `<url><loc>${xmlEscape(origin + path)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
    const base = { base: '' };
    const urls = [
      url('/'),
      url('/pakalpojumi'),
      url('/dzives-situacijas'),
      url('/iestades'),
      url('/klientu-centri'),
      ...e.services.map((s) => url(serviceUrl(base, s.code, s.name_lv), s.updated_at)),
      ...e.situations.map((s) => url(`/dzives-situacijas/${encodeURIComponent(s.code)}`)),
      ...e.institutions.map((s) => url(`/iestades/${encodeURIComponent(s.code)}`)),
      ...e.centres.map((s) => url(`/klientu-centri/${encodeURIComponent(s.code)}`)),
    ].slice(0, MAX_SITEMAP_URLS);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
  });

  // Any other page address: the catalogue's 404 page (API addresses keep their problem+json).
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    if (req.url.startsWith('/api/')) return sendProblem(req, reply, 404, 'notFound', 'errors.notFound.route', { method: req.method, url: req.url.split('?')[0] });
    const audience: Audience = req.url.startsWith(INTER_PREFIX) ? 'inter' : 'public';
    return sendHtml(reply, renderNotFound(contextOf(req, reply, audience)), 404, audience);
  });
};
