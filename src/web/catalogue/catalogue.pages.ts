/**
 * The catalogue's browse pages: home, life situations, institutions, service
 * points (customer service centres by municipality), and the notices (not
 * found, sign in, thank you). Each loads what it shows and renders it.
 */
import type { Db } from '../../platform/db/database.js';
import { NotFoundError } from '../../platform/errors.js';
import { findInstitutionByCode } from '../../modules/institutions/institutions.repository.js';
import { needsOfLifeSituation } from '../../modules/life-situations/life-situations.repository.js';
import { popularServiceIds } from '../../modules/feedback/feedback.service.js';
import { html, type SafeHtml } from './html.js';
import { t, tn } from './catalogue.messages.js';
import {
  centreMunicipalities,
  listCatalogueInstitutions,
  listCatalogueLifeSituations,
  listCatalogueServices,
  listCentres,
  findCentre,
  type CatalogueServiceRow,
  type CentreRow,
} from './catalogue.repository.js';
import { contactList, formatDate, href, layout, openingHours, pager, paragraphs, pick, searchForm, type PageContext } from './catalogue.view.js';
import { serviceList, type ServiceCard } from './catalogue.components.js';
import { groupParamOf } from './catalogue.search-page.js';

const L = (ctx: PageContext, key: string, params?: Record<string, unknown>) => t(ctx.locale, key, params);

export const toCard = (r: CatalogueServiceRow): ServiceCard => ({
  code: r.code,
  nameLv: r.name_lv,
  nameEn: r.name_en,
  summaryLv: r.description_lv,
  summaryEn: r.description_en,
  ownerNameLv: r.owner_name_lv,
  ownerNameEn: r.owner_name_en,
  digitalStatus: r.digital_status,
});

/** Recipient groups shown on the home page of each catalogue. */
const GROUPS = { public: ['residents', 'businesses'], inter: ['institutions'] } as const;

export async function renderHome(db: Db, ctx: PageContext): Promise<string> {
  const situations = (await listCatalogueLifeSituations(db, ctx.audience)).filter((s) => s.service_count > 0).slice(0, 12);
  const popularIds = await popularServiceIds(db, 24);
  let popular: CatalogueServiceRow[] = [];
  if (popularIds.length) {
    const rows = (await listCatalogueServices(db, ctx.audience, { serviceIds: popularIds }, 1, popularIds.length)).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    popular = popularIds.map((id) => byId.get(id)).filter((r): r is CatalogueServiceRow => !!r).slice(0, 6);
  }
  if (popular.length < 6) {
    const more = (await listCatalogueServices(db, ctx.audience, { digitalStatus: 'eService' }, 1, 6)).rows;
    popular = [...popular, ...more.filter((m) => !popular.some((p) => p.id === m.id))].slice(0, 6);
  }
  const body = html`<div class="hero">
    <h1>${L(ctx, `cat.home.title.${ctx.audience}`)}</h1>
    <p class="lead">${L(ctx, `cat.home.lead.${ctx.audience}`)}</p>
    ${searchForm(ctx, '', { big: true })}
  </div>
  <section aria-labelledby="groups-h"><h2 id="groups-h">${L(ctx, 'cat.home.groups')}</h2>
    <ul class="tiles">${GROUPS[ctx.audience].map((g) => html`<li><a class="tile" href="${href(ctx, '/pakalpojumi', { grupa: groupParamOf[g] })}">${L(ctx, `cat.group.${g}`)}</a></li>`)}</ul>
  </section>
  <section aria-labelledby="ls-h"><h2 id="ls-h">${L(ctx, 'cat.home.lifeSituations')}</h2>
    <ul class="tiles">${situations.map((s) => html`<li><a class="tile" href="${href(ctx, `/dzives-situacijas/${encodeURIComponent(s.code)}`)}">${pick(ctx, s.name_lv, s.name_en)}<span class="count">${tn(ctx.locale, 'cat.count.services', s.service_count)}</span></a></li>`)}</ul>
    <p><a href="${href(ctx, '/dzives-situacijas')}">${L(ctx, 'cat.home.allLifeSituations')}</a></p>
  </section>
  ${popular.length ? html`<section aria-labelledby="popular-h"><h2 id="popular-h">${L(ctx, 'cat.home.popular')}</h2>${serviceList(ctx, popular.map(toCard), 3)}</section>` : ''}
  ${ctx.audience === 'public' ? html`<section aria-labelledby="centres-h"><h2 id="centres-h">${L(ctx, 'cat.home.centres')}</h2><p>${L(ctx, 'cat.home.centresLead')}</p><p><a href="${href(ctx, '/klientu-centri')}">${L(ctx, 'cat.nav.centres')}</a></p></section>` : ''}`;
  return layout(ctx, { title: L(ctx, `cat.site.${ctx.audience}`), description: L(ctx, `cat.home.lead.${ctx.audience}`), section: 'home', body });
}

export async function renderLifeSituations(db: Db, ctx: PageContext): Promise<string> {
  const rows = await listCatalogueLifeSituations(db, ctx.audience);
  const body = html`<h1>${L(ctx, 'cat.ls.title')}</h1><p class="lead">${L(ctx, 'cat.ls.lead')}</p>
  ${rows.length
    ? html`<ul class="cards">${rows.map((s) => html`<li class="card"><h2 class="card-title"><a href="${href(ctx, `/dzives-situacijas/${encodeURIComponent(s.code)}`)}">${pick(ctx, s.name_lv, s.name_en)}</a></h2>
        ${s.description_lv || s.description_en ? html`<p>${pick(ctx, s.description_lv, s.description_en)}</p>` : ''}
        <p class="count">${tn(ctx.locale, 'cat.count.services', s.service_count)}</p></li>`)}</ul>`
    : html`<p>${L(ctx, 'cat.ls.none')}</p>`}`;
  return layout(ctx, { title: L(ctx, 'cat.ls.title'), section: 'lifeSituations', crumbs: [{ label: L(ctx, 'cat.ls.title') }], body });
}

export async function renderLifeSituation(db: Db, ctx: PageContext, code: string): Promise<string> {
  const [ls] = await listCatalogueLifeSituations(db, ctx.audience, code);
  if (!ls) throw new NotFoundError('lifeSituation', code);
  const needs = await needsOfLifeSituation(db, ls.id);
  const sections: SafeHtml[] = [];
  for (const n of needs) {
    const { rows, total } = await listCatalogueServices(db, ctx.audience, { needId: n.id }, 1, 20);
    sections.push(html`<section class="need" aria-labelledby="need-${n.code}"><h3 id="need-${n.code}">${pick(ctx, n.nameLv, n.nameEn)}</h3>
      ${n.descriptionLv || n.descriptionEn ? html`<p>${pick(ctx, n.descriptionLv, n.descriptionEn)}</p>` : ''}
      ${rows.length ? serviceList(ctx, rows.map(toCard), 3) : html`<p class="muted">${L(ctx, 'cat.ls.noServices')}</p>`}
      ${total > rows.length ? html`<p><a href="${href(ctx, '/pakalpojumi', { situacija: ls.code })}">${tn(ctx.locale, 'cat.count.services', total)}</a></p>` : ''}
    </section>`);
  }
  const name = pick(ctx, ls.name_lv, ls.name_en);
  const body = html`<h1>${name}</h1>${paragraphs(pick(ctx, ls.description_lv, ls.description_en))}
    <p><a href="${href(ctx, '/pakalpojumi', { situacija: ls.code })}">${tn(ctx.locale, 'cat.count.services', ls.service_count)}</a></p>
    <h2>${L(ctx, 'cat.ls.needs')}</h2>${sections}`;
  return layout(ctx, {
    title: name,
    description: pick(ctx, ls.description_lv, ls.description_en).slice(0, 160),
    section: 'lifeSituations',
    crumbs: [{ label: L(ctx, 'cat.ls.title'), href: href(ctx, '/dzives-situacijas') }, { label: name }],
    body,
  });
}

const INSTITUTIONS_PAGE_SIZE = 50;
const SERVICES_PAGE_SIZE = 20;

export async function renderInstitutions(db: Db, ctx: PageContext, q: string | undefined, page: number): Promise<string> {
  const { rows, total } = await listCatalogueInstitutions(db, ctx.audience, q, page, INSTITUTIONS_PAGE_SIZE);
  const body = html`<h1>${L(ctx, 'cat.inst.title')}</h1><p class="lead">${L(ctx, 'cat.inst.lead')}</p>
  <form class="filter-form" method="get" action="${href(ctx, '/iestades')}">
    <label for="inst-q">${L(ctx, 'cat.inst.filter')}</label>
    <div class="search-row"><input type="search" id="inst-q" name="q" value="${q ?? ''}" maxlength="200"><button type="submit">${L(ctx, 'cat.inst.filterButton')}</button></div>
  </form>
  ${rows.length
    ? html`<ul class="plain-list">${rows.map((i) => html`<li><a href="${href(ctx, `/iestades/${encodeURIComponent(i.code)}`)}">${pick(ctx, i.name_lv, i.name_en)}</a> <span class="count">${tn(ctx.locale, 'cat.count.services', i.service_count)}</span></li>`)}</ul>`
    : html`<p>${L(ctx, 'cat.inst.none')}</p>`}
  ${pager(ctx, page, total, INSTITUTIONS_PAGE_SIZE, (p) => href(ctx, '/iestades', { q, lapa: p > 1 ? p : undefined }))}`;
  return layout(ctx, { title: L(ctx, 'cat.inst.title'), section: 'institutions', crumbs: [{ label: L(ctx, 'cat.inst.title') }], body, noindex: !!q || page > 1 });
}

export async function renderInstitution(db: Db, ctx: PageContext, code: string, page: number): Promise<string> {
  const inst = await findInstitutionByCode(db, code);
  if (!inst) throw new NotFoundError('institution', code);
  const { rows, total } = await listCatalogueServices(db, ctx.audience, { ownerInstitutionId: inst.id }, page, SERVICES_PAGE_SIZE);
  const centres = ctx.audience === 'public' ? (await listCentres(db)).filter((c) => c.institution_code === inst.code) : [];
  if (total === 0 && centres.length === 0 && page === 1) throw new NotFoundError('institution', code);
  const name = pick(ctx, inst.nameLv, inst.nameEn);
  const body = html`<h1>${name}</h1>
  <section aria-labelledby="contacts-h"><h2 id="contacts-h">${L(ctx, 'cat.inst.contacts')}</h2>${contactList(ctx, { url: inst.website, email: inst.email })}
    ${inst.formerNames.length ? html`<h3>${L(ctx, 'cat.inst.formerNames')}</h3><ul>${inst.formerNames.map((f) => html`<li>${pick(ctx, f.nameLv, f.nameEn)} (${L(ctx, 'cat.inst.formerUntil', { date: formatDate(ctx, f.until) })})</li>`)}</ul>` : ''}
  </section>
  ${centres.length ? html`<section aria-labelledby="centres-h"><h2 id="centres-h">${L(ctx, 'cat.inst.centres')}</h2><ul class="plain-list">${centres.map((c) => html`<li><a href="${href(ctx, `/klientu-centri/${encodeURIComponent(c.code)}`)}">${pick(ctx, c.name_lv, c.name_en)}</a>${c.address ? html` — ${c.address}` : ''}</li>`)}</ul></section>` : ''}
  <section aria-labelledby="services-h"><h2 id="services-h">${L(ctx, 'cat.inst.allServices', { count: total })}</h2>
    ${serviceList(ctx, rows.map(toCard), 3)}
    ${pager(ctx, page, total, SERVICES_PAGE_SIZE, (p) => href(ctx, `/iestades/${encodeURIComponent(inst.code)}`, { lapa: p > 1 ? p : undefined }))}
  </section>`;
  return layout(ctx, { title: name, section: 'institutions', crumbs: [{ label: L(ctx, 'cat.inst.title'), href: href(ctx, '/iestades') }, { label: name }], body });
}

const centreTypeLabel = (ctx: PageContext, c: CentreRow) => L(ctx, `cat.cp.type.${c.channel_type}`);
const municipalityName = (ctx: PageContext, c: { municipality_name_lv: string | null; municipality_name_en: string | null }) =>
  c.municipality_name_lv ? pick(ctx, c.municipality_name_lv, c.municipality_name_en) : L(ctx, 'cat.cp.state');

/** Service points grouped by municipality; `?pasvaldiba=<code>` (or "-" for state institutions) narrows, `?vpvkac=1` keeps one-stop centres. */
export async function renderCentres(db: Db, ctx: PageContext, municipality: string | undefined, vpvkacOnly: boolean): Promise<string> {
  const munis = await centreMunicipalities(db);
  const centres = await listCentres(db, { municipalityCode: municipality, vpvkacOnly });
  const groups = new Map<string, CentreRow[]>();
  for (const c of centres) {
    const key = c.municipality_code ?? '-';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const body = html`<h1>${L(ctx, 'cat.cp.title')}</h1><p class="lead">${L(ctx, 'cat.cp.lead')}</p>
  <form class="filter-form" method="get" action="${href(ctx, '/klientu-centri')}">
    <label for="cp-muni">${L(ctx, 'cat.cp.chooseMunicipality')}</label>
    <div class="search-row">
      <select id="cp-muni" name="pasvaldiba">
        <option value="">${L(ctx, 'cat.cp.allMunicipalities')}</option>
        ${munis.map((m) => html`<option value="${m.code ?? '-'}"${(m.code ?? '-') === municipality ? html` selected` : ''}>${m.code ? pick(ctx, m.name_lv, m.name_en) : L(ctx, 'cat.cp.state')} (${m.n})</option>`)}
      </select>
    </div>
    <div class="choice"><input type="checkbox" id="cp-vpvkac" name="vpvkac" value="1"${vpvkacOnly ? html` checked` : ''}><label for="cp-vpvkac">${L(ctx, 'cat.cp.vpvkacOnly')}</label></div>
    <button type="submit">${L(ctx, 'cat.cp.show')}</button>
  </form>
  ${centres.length === 0 ? html`<p>${L(ctx, 'cat.cp.none')}</p>` : ''}
  ${[...groups.entries()].map(
    ([key, list]) => html`<section class="municipality" aria-labelledby="m-${key}"><h2 id="m-${key}">${municipalityName(ctx, list[0])} <span class="count">${tn(ctx.locale, 'cat.count.centres', list.length)}</span></h2>
      <ul class="cards">${list.map((c) => html`<li class="card"><h3 class="card-title"><a href="${href(ctx, `/klientu-centri/${encodeURIComponent(c.code)}`)}">${pick(ctx, c.name_lv, c.name_en)}</a></h3>
        <p class="card-owner">${centreTypeLabel(ctx, c)}</p>${contactList(ctx, { address: c.address, phone: c.phone })}</li>`)}</ul>
    </section>`,
  )}`;
  return layout(ctx, { title: L(ctx, 'cat.cp.title'), section: 'centres', crumbs: [{ label: L(ctx, 'cat.cp.title') }], body });
}

export async function renderCentre(db: Db, ctx: PageContext, code: string, page: number): Promise<string> {
  const c = await findCentre(db, code);
  if (!c) throw new NotFoundError('channelPoint', code);
  const { rows, total } = await listCatalogueServices(db, 'public', { channelPointId: c.id }, page, SERVICES_PAGE_SIZE);
  const name = pick(ctx, c.name_lv, c.name_en);
  const access = pick(ctx, c.accessibility_notes_lv, c.accessibility_notes_en);
  const body = html`<h1>${name}</h1>
  <p class="lead">${centreTypeLabel(ctx, c)} · ${municipalityName(ctx, c)}</p>
  <div class="two-col">
    <section aria-labelledby="c-contacts"><h2 id="c-contacts">${L(ctx, 'cat.inst.contacts')}</h2>
      ${contactList(ctx, { address: c.address, phone: c.phone, email: c.email, url: c.url })}
      <p>${L(ctx, 'cat.cp.owner')}: <a href="${href(ctx, `/iestades/${encodeURIComponent(c.institution_code)}`)}">${pick(ctx, c.institution_name_lv, c.institution_name_en)}</a></p>
      ${access ? html`<h3>${L(ctx, 'cat.contact.accessibility')}</h3><p>${access}</p>` : ''}
    </section>
    ${c.opening_hours ? html`<section aria-labelledby="c-hours"><h2 id="c-hours">${L(ctx, 'cat.contact.hours')}</h2>${openingHours(ctx, c.opening_hours)}</section>` : ''}
  </div>
  <section aria-labelledby="c-services"><h2 id="c-services">${L(ctx, 'cat.cp.services')} (${total})</h2>
    ${rows.length ? serviceList(ctx, rows.map(toCard), 3) : html`<p>${L(ctx, 'cat.cp.servicesNone')}</p>`}
    ${pager(ctx, page, total, SERVICES_PAGE_SIZE, (p) => href(ctx, `/klientu-centri/${encodeURIComponent(c.code)}`, { lapa: p > 1 ? p : undefined }))}
  </section>`;
  return layout(ctx, { title: name, section: 'centres', crumbs: [{ label: L(ctx, 'cat.cp.title'), href: href(ctx, '/klientu-centri') }, { label: name }], body });
}

export function renderNotFound(ctx: PageContext): string {
  const body = html`<h1>${L(ctx, 'cat.notFound.title')}</h1><p>${L(ctx, 'cat.notFound.body')}</p><p>${L(ctx, 'cat.notFound.search')}</p>${searchForm(ctx)}
    <p><a href="${href(ctx, '/')}">${L(ctx, 'cat.nav.home')}</a></p>`;
  return layout(ctx, { title: L(ctx, 'cat.notFound.title'), section: null, body, noindex: true });
}

export function renderSignInNotice(ctx: PageContext, next: string): string {
  const body = html`<h1>${L(ctx, 'cat.signin.title')}</h1><p>${L(ctx, 'cat.signin.body')}</p>
    <p><a class="button" href="/darbvieta/pieteikties?${new URLSearchParams({ next }).toString()}">${L(ctx, 'cat.signin.link')}</a></p>
    <p>${L(ctx, 'cat.signin.public')} <a href="/">${L(ctx, 'cat.nav.toPublic')}</a></p>`;
  return layout(ctx, { title: L(ctx, 'cat.signin.title'), section: null, body, noindex: true });
}

export function renderThanks(ctx: PageContext, service: { code: string; nameLv: string | null; nameEn: string | null }, serviceHref: string): string {
  const name = pick(ctx, service.nameLv, service.nameEn) || service.code;
  const body = html`<h1>${L(ctx, 'cat.fb.thanks.title')}</h1><p>${L(ctx, 'cat.fb.thanks.body', { name })}</p><p><a href="${serviceHref}">${L(ctx, 'cat.fb.back')}</a></p>`;
  return layout(ctx, { title: L(ctx, 'cat.fb.thanks.title'), section: 'services', body, noindex: true });
}

export function renderError(ctx: PageContext, titleKey: string, messageKey: string): string {
  const body = html`<h1>${L(ctx, titleKey)}</h1><p>${L(ctx, messageKey)}</p><p><a href="${href(ctx, '/')}">${L(ctx, 'cat.nav.home')}</a></p>`;
  return layout(ctx, { title: L(ctx, titleKey), section: null, body, noindex: true });
}
