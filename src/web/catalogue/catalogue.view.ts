/**
 * Layout and shared pieces of the catalogue pages: plain HTML, one CSS file,
 * no inline script or style (CSP), every text from the message catalogue.
 */
import type { Locale } from '../../platform/i18n.js';
import { html, raw, safeUrl, type HtmlValue, type SafeHtml } from './html.js';
import { t } from './catalogue.messages.js';
import type { Audience } from './catalogue.repository.js';
import type { OpeningHours } from '../../modules/channel-points/channel-points.table.js';

/** What every page needs to know about its request. */
export interface PageContext {
  locale: Locale;
  audience: Audience;
  /** '' for the public catalogue, '/starpiestazu' for the inter-institutional one. */
  base: string;
  /** Path and query of the request, for the language switch and canonical links. */
  url: string;
  signedIn: boolean;
  assetVersion: string;
}

export type Section = 'home' | 'services' | 'lifeSituations' | 'institutions' | 'centres' | null;

/** A catalogue URL: `href(ctx, '/pakalpojumi', { q: 'pase' })`; empty values are left out. */
export function href(ctx: Pick<PageContext, 'base'>, path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const p = path === '/' && ctx.base ? ctx.base : `${ctx.base}${path}`;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${p}?${s}` : p;
}

/** The same page in the other language (sets the `lang` cookie on arrival). */
function switchLanguageUrl(ctx: PageContext): string {
  const u = new URL(ctx.url, 'http://x');
  u.searchParams.set('lang', ctx.locale === 'lv' ? 'en' : 'lv');
  return `${u.pathname}${u.search}`;
}

/** Picks the English text when the page is English and it exists, else the Latvian one. */
export const pick = (ctx: { locale: Locale }, lv: string | null | undefined, en: string | null | undefined): string => (ctx.locale === 'en' && en ? en : (lv ?? ''));

/** A date as the locale writes it (Latvian: 2026. gada 23. novembris). */
export function formatDate(ctx: { locale: Locale }, d: Date | string): string {
  return new Date(d).toLocaleDateString(ctx.locale === 'lv' ? 'lv-LV' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Riga' });
}

export interface Crumb {
  label: string;
  href?: string;
}

export interface LayoutOptions {
  title: string;
  description?: string;
  section: Section;
  crumbs?: Crumb[];
  body: SafeHtml;
  /** Pages that should not be indexed (search results, thank-you, sign-in notice). */
  noindex?: boolean;
}

/** The whole HTML document around a page's content. */
export function layout(ctx: PageContext, o: LayoutOptions): string {
  const site = t(ctx.locale, ctx.audience === 'inter' ? 'cat.site.inter' : 'cat.site.public');
  const nav: [Section, string, string][] = [
    ['home', '/', 'cat.nav.home'],
    ['services', '/pakalpojumi', 'cat.nav.services'],
    ['lifeSituations', '/dzives-situacijas', 'cat.nav.lifeSituations'],
    ['institutions', '/iestades', 'cat.nav.institutions'],
  ];
  if (ctx.audience === 'public') nav.push(['centres', '/klientu-centri', 'cat.nav.centres']);
  const other = ctx.audience === 'public' ? { url: '/starpiestazu', key: 'cat.nav.toInter' } : { url: '/', key: 'cat.nav.toPublic' };
  const otherLocale = ctx.locale === 'lv' ? 'en' : 'lv';
  const page = html`<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title === site ? site : `${o.title} — ${site}`}</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
${o.noindex || ctx.audience === 'inter' ? raw('<meta name="robots" content="noindex">') : ''}
<link rel="stylesheet" href="/static/catalogue.css?v=${ctx.assetVersion}">
<script src="/static/catalogue.js?v=${ctx.assetVersion}" defer></script>
</head>
<body class="catalogue catalogue-${ctx.audience}">
<a class="skip-link" href="#main">${t(ctx.locale, 'cat.skip')}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${href(ctx, '/')}"><span class="brand-name">${site}</span><span class="brand-tagline">${t(ctx.locale, 'cat.site.tagline')}</span></a>
    <a class="lang-switch" href="${switchLanguageUrl(ctx)}" lang="${otherLocale}" hreflang="${otherLocale}" aria-label="${t(ctx.locale, 'cat.lang.switchLabel')}">${t(ctx.locale, 'cat.lang.switch')}</a>
  </div>
  <nav class="site-nav" aria-label="${t(ctx.locale, 'cat.nav.label')}">
    <ul class="wrap">
      ${nav.map(([key, path, label]) => html`<li><a href="${href(ctx, path)}"${o.section === key ? raw(' aria-current="page"') : ''}>${t(ctx.locale, label)}</a></li>`)}
      <li class="nav-other"><a href="${other.url}">${t(ctx.locale, other.key)}</a></li>
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1" class="wrap">
${o.crumbs?.length ? breadcrumbs(ctx, o.crumbs) : ''}
${o.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t(ctx.locale, 'cat.footer.text')}</p>
    <ul class="footer-links">
      <li><a href="/api/v1/docs">${t(ctx.locale, 'cat.footer.api')}</a></li>
      <li><a href="/darbvieta/">${t(ctx.locale, 'cat.footer.workspace')}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
`;
  return page.value;
}

function breadcrumbs(ctx: PageContext, crumbs: Crumb[]): SafeHtml {
  const all: Crumb[] = [{ label: t(ctx.locale, 'cat.nav.home'), href: href(ctx, '/') }, ...crumbs];
  return html`<nav class="breadcrumbs" aria-label="${t(ctx.locale, 'cat.breadcrumb')}"><ol>
    ${all.map((c, i) => (i === all.length - 1 || !c.href ? html`<li><span aria-current="page">${c.label}</span></li>` : html`<li><a href="${c.href}">${c.label}</a></li>`))}
  </ol></nav>`;
}

/** The search box (a GET form: works without JavaScript). */
export function searchForm(ctx: PageContext, q = '', opts: { big?: boolean; hidden?: Record<string, string> } = {}): SafeHtml {
  return html`<form class="search-form${opts.big ? ' search-form-big' : ''}" role="search" method="get" action="${href(ctx, '/pakalpojumi')}">
  <label for="q">${t(ctx.locale, 'cat.search.label')}</label>
  <p class="hint" id="q-hint">${t(ctx.locale, 'cat.search.hint')}</p>
  <div class="search-row">
    <input type="search" id="q" name="q" value="${q}" maxlength="200" autocomplete="off" aria-describedby="q-hint" data-suggest="${ctx.audience}">
    ${Object.entries(opts.hidden ?? {}).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
    <button type="submit">${t(ctx.locale, 'cat.search.button')}</button>
  </div>
</form>`;
}

/** Previous / next links and the page status. */
export function pager(ctx: PageContext, page: number, total: number, pageSize: number, urlOf: (page: number) => string): HtmlValue {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  return html`<nav class="pager" aria-label="${t(ctx.locale, 'cat.paging.label')}">
  ${page > 1 ? html`<a rel="prev" href="${urlOf(page - 1)}">← ${t(ctx.locale, 'cat.paging.prev')}</a>` : ''}
  <span class="pager-status">${t(ctx.locale, 'cat.paging.status', { page, pages })}</span>
  ${page < pages ? html`<a rel="next" href="${urlOf(page + 1)}">${t(ctx.locale, 'cat.paging.next')} →</a>` : ''}
</nav>`;
}

/** The digital status badge (nothing for a service that is not electronic). */
export function digitalBadge(ctx: PageContext, status: string): HtmlValue {
  if (status !== 'eService' && status !== 'dService') return '';
  return html`<span class="badge badge-${status}" title="${t(ctx.locale, `cat.digital.${status}.title`)}">${t(ctx.locale, `cat.digital.${status}`)}</span>`;
}

/** Weekly opening hours as a definition list. */
export function openingHours(ctx: PageContext, oh: OpeningHours | null | undefined): HtmlValue {
  if (!oh?.weekly || Object.keys(oh.weekly).length === 0) return '';
  const days = ['1', '2', '3', '4', '5', '6', '7'] as const;
  const notes = pick(ctx, oh.notesLv, oh.notesEn);
  return html`<dl class="hours">
    ${days.map((d) => html`<div><dt>${t(ctx.locale, `cat.day.${d}`)}</dt><dd>${oh.weekly[d]?.length ? oh.weekly[d]!.join(', ') : t(ctx.locale, 'cat.hours.closed')}</dd></div>`)}
  </dl>${notes ? html`<p class="hours-notes">${notes}</p>` : ''}`;
}

/** Phone, e-mail, web and address of a place or institution, each a link where it can be. */
export function contactList(ctx: PageContext, c: { phone?: string | null; email?: string | null; url?: string | null; address?: string | null }): HtmlValue {
  const items: SafeHtml[] = [];
  if (c.address) items.push(html`<div><dt>${t(ctx.locale, 'cat.contact.address')}</dt><dd>${c.address}</dd></div>`);
  if (c.phone) items.push(html`<div><dt>${t(ctx.locale, 'cat.contact.phone')}</dt><dd><a href="${safeUrl(`tel:${c.phone.replace(/[^+\d]/g, '')}`)}">${c.phone}</a></dd></div>`);
  if (c.email) items.push(html`<div><dt>${t(ctx.locale, 'cat.contact.email')}</dt><dd><a href="${safeUrl(`mailto:${c.email}`)}">${c.email}</a></dd></div>`);
  if (c.url) items.push(html`<div><dt>${t(ctx.locale, 'cat.contact.web')}</dt><dd><a href="${safeUrl(c.url)}">${c.url.replace(/^https?:\/\//, '')}</a></dd></div>`);
  return items.length ? html`<dl class="contacts">${items}</dl>` : '';
}

/** Paragraphs from plain text (blank lines separate paragraphs). */
export function paragraphs(text: string | null | undefined): HtmlValue {
  if (!text) return '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
}
