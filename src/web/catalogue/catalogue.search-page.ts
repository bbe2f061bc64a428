/**
 * The search page: a GET form and filters as plain links (each link adds or
 * removes one filter, keeps the others and goes back to page 1), paging links.
 * Results and facet counts come from the search module; while it is not
 * available the page lists services from the catalogue repository instead.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { ANONYMOUS, type Actor } from '../../platform/actor.js';
import { searchCatalogue } from '../../modules/search/search.service.js';
import type { SearchParams, SearchResult } from '../../modules/search/search.contract.js';
import { html, type HtmlValue } from './html.js';
import { t, tn } from './catalogue.messages.js';
import { listCatalogueLifeSituations, listCatalogueServices } from './catalogue.repository.js';
import { channelTypeLabels } from './catalogue.service-page.js';
import { href, layout, pager, pick, searchForm, type PageContext } from './catalogue.view.js';
import { serviceList, type ServiceCard } from './catalogue.components.js';

/** Readable URL values of the filters (Latvian, no diacritics) → search parameter values. */
export const GROUP_PARAM = { iedzivotajiem: 'residents', uznemejiem: 'businesses', iestadem: 'institutions' } as const;
export const ENV_PARAM = { tiessaiste: 'remoteElectronic', pasts: 'remotePhysical', klatiene: 'inPerson' } as const;
export const STATUS_PARAM = { 'e-pakalpojums': 'eService', 'd-pakalpojums': 'dService' } as const;
const FEE_PARAM = { bez: true, ar: false } as const;
const invert = <T extends Record<string, string>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k])) as Record<string, string>;
export const groupParamOf = invert(GROUP_PARAM);

export const SEARCH_PAGE_SIZE = 20;
const MAX_PAGE = 500;

/** The filters of a search URL; unknown values are ignored. */
export interface SearchQuery {
  q: string;
  situacija?: string;
  iestade?: string;
  grupa?: keyof typeof GROUP_PARAM;
  kanals?: keyof typeof ENV_PARAM;
  statuss?: keyof typeof STATUS_PARAM;
  vpvkac?: '1';
  maksa?: keyof typeof FEE_PARAM;
  lapa: number;
}

const oneOf = <T extends object>(o: T, v: unknown): keyof T | undefined => (typeof v === 'string' && Object.hasOwn(o, v) ? (v as keyof T) : undefined);
const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined);

export function parseSearchQuery(raw: Record<string, unknown>): SearchQuery {
  const page = Number(raw.lapa);
  return {
    q: text(raw.q, 200) ?? '',
    situacija: text(raw.situacija, 100),
    iestade: text(raw.iestade, 100),
    grupa: oneOf(GROUP_PARAM, raw.grupa),
    kanals: oneOf(ENV_PARAM, raw.kanals),
    statuss: oneOf(STATUS_PARAM, raw.statuss),
    vpvkac: raw.vpvkac === '1' ? '1' : undefined,
    maksa: oneOf(FEE_PARAM, raw.maksa),
    lapa: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

type FilterKey = 'situacija' | 'iestade' | 'grupa' | 'kanals' | 'statuss' | 'vpvkac' | 'maksa';
const FILTER_KEYS: FilterKey[] = ['situacija', 'iestade', 'grupa', 'kanals', 'statuss', 'vpvkac', 'maksa'];

/** The search URL with one filter set to `value` (or removed when undefined), back on page 1. */
function withFilter(ctx: PageContext, q: SearchQuery, key: FilterKey | null, value?: string): string {
  const params: Record<string, string | undefined> = { q: q.q };
  for (const k of FILTER_KEYS) params[k] = q[k] as string | undefined;
  if (key) params[key] = value;
  return href(ctx, '/pakalpojumi', params);
}

async function idOfCode(db: Db, table: 'life_situations' | 'institutions', code: string | undefined): Promise<string | undefined> {
  if (!code) return undefined;
  const [row] = await queryRows<{ id: string }>(db, sql`select id from ${sql.raw(table)} where code = ${code}`);
  return row?.id ?? '00000000-0000-0000-0000-000000000000';
}

async function codesOf(db: Db, table: 'life_situations' | 'institutions', ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; code: string }>(db, sql`select id, code from ${sql.raw(table)} where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** Results from the search module, or from the catalogue repository while search is not implemented. */
async function runSearch(db: Db, actor: Actor, ctx: PageContext, params: SearchParams, envTypes: Map<string, string[]>): Promise<SearchResult & { fallback: boolean }> {
  try {
    return { ...(await searchCatalogue(db, ctx.audience === 'inter' ? actor : ANONYMOUS, params)), fallback: false };
  } catch (err) {
    if (!(err instanceof Error) || err.message !== 'not implemented') throw err;
  }
  const { rows, total } = await listCatalogueServices(
    db,
    ctx.audience,
    {
      q: params.q,
      lifeSituationId: params.lifeSituationId,
      ownerInstitutionId: params.institutionId,
      targetGroup: params.recipientGroup,
      environmentTypes: params.channelEnvironment ? (envTypes.get(params.channelEnvironment) ?? []) : undefined,
      digitalStatus: params.digitalStatus,
      vpvkac: params.vpvkac,
      free: params.free,
    },
    params.page,
    params.pageSize,
  );
  const empty = { recipientGroup: [], channelEnvironment: [], digitalStatus: [], vpvkac: [], free: [], institution: [], lifeSituation: [] };
  return {
    total,
    fallback: true,
    facets: empty,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameLv: r.name_lv ?? r.code,
      nameEn: r.name_en,
      summaryLv: r.description_lv,
      summaryEn: r.description_en,
      owner: { code: r.owner_code, nameLv: r.owner_name_lv, nameEn: r.owner_name_en },
      digitalStatus: r.digital_status,
      free: null,
      score: 0,
    })),
  };
}

interface Option {
  value: string;
  label: string;
  count?: number;
}

function facetGroup(ctx: PageContext, q: SearchQuery, key: FilterKey, titleKey: string, options: Option[]): HtmlValue {
  const selected = q[key] as string | undefined;
  const shown = options.filter((o) => o.count === undefined || o.count > 0 || o.value === selected);
  if (shown.length === 0) return '';
  return html`<div class="facet"><h3>${t(ctx.locale, titleKey)}</h3><ul>
    ${shown.map((o) =>
      o.value === selected
        ? html`<li class="selected"><a href="${withFilter(ctx, q, key)}" aria-current="true" aria-label="${t(ctx.locale, 'cat.filters.remove', { name: o.label })}">✓ ${o.label}</a></li>`
        : html`<li><a href="${withFilter(ctx, q, key, o.value)}">${o.label}${o.count !== undefined ? html` <span class="count">(${o.count})</span>` : ''}</a></li>`,
    )}
  </ul></div>`;
}

const countOf = (buckets: { value: string; count: number }[], value: string): number | undefined => {
  if (buckets.length === 0) return undefined;
  return buckets.find((b) => b.value === value)?.count ?? 0;
};

export async function renderSearch(db: Db, actor: Actor, ctx: PageContext, q: SearchQuery): Promise<string> {
  const L = (key: string, params?: Record<string, unknown>) => t(ctx.locale, key, params);
  const types = await channelTypeLabels(db);
  const envTypes = new Map<string, string[]>();
  for (const [code, v] of types) envTypes.set(v.environment, [...(envTypes.get(v.environment) ?? []), code]);
  const params: SearchParams = {
    q: q.q || undefined,
    locale: ctx.locale,
    audience: ctx.audience === 'inter' ? 'interInstitutional' : 'public',
    lifeSituationId: await idOfCode(db, 'life_situations', q.situacija),
    institutionId: await idOfCode(db, 'institutions', q.iestade),
    recipientGroup: q.grupa ? GROUP_PARAM[q.grupa] : undefined,
    channelEnvironment: q.kanals ? ENV_PARAM[q.kanals] : undefined,
    digitalStatus: q.statuss ? STATUS_PARAM[q.statuss] : undefined,
    vpvkac: q.vpvkac ? true : undefined,
    free: q.maksa ? FEE_PARAM[q.maksa] : undefined,
    page: q.lapa,
    pageSize: SEARCH_PAGE_SIZE,
  };
  const r = await runSearch(db, actor, ctx, params, envTypes);
  const f = r.facets;
  const groups = ctx.audience === 'inter' ? (['iestadem'] as const) : (['iedzivotajiem', 'uznemejiem'] as const);
  const lsCodes = await codesOf(db, 'life_situations', f.lifeSituation.map((b) => b.value));
  const instCodes = await codesOf(db, 'institutions', f.institution.map((b) => b.value));
  const situationOptions: Option[] = r.fallback
    ? (await listCatalogueLifeSituations(db, ctx.audience)).filter((s) => s.service_count > 0).map((s) => ({ value: s.code, label: pick(ctx, s.name_lv, s.name_en) }))
    : f.lifeSituation.filter((b) => lsCodes.has(b.value)).map((b) => ({ value: lsCodes.get(b.value)!, label: pick(ctx, b.labelLv, b.labelEn) || lsCodes.get(b.value)!, count: b.count }));
  const institutionOptions: Option[] = f.institution
    .filter((b) => instCodes.has(b.value))
    .map((b) => ({ value: instCodes.get(b.value)!, label: pick(ctx, b.labelLv, b.labelEn) || instCodes.get(b.value)!, count: b.count }));
  if (q.iestade && !institutionOptions.some((o) => o.value === q.iestade)) institutionOptions.unshift({ value: q.iestade, label: q.iestade });
  if (q.situacija && !situationOptions.some((o) => o.value === q.situacija)) situationOptions.unshift({ value: q.situacija, label: q.situacija });

  const anyFilter = FILTER_KEYS.some((k) => q[k] !== undefined);
  const filters = html`<nav class="filters" aria-labelledby="filters-h"><h2 id="filters-h">${L('cat.filters')}</h2>
    ${anyFilter ? html`<p><a href="${href(ctx, '/pakalpojumi', { q: q.q })}">${L('cat.filters.clear')}</a></p>` : ''}
    ${facetGroup(ctx, q, 'grupa', 'cat.facet.group', groups.map((g) => ({ value: g, label: L(`cat.group.${GROUP_PARAM[g]}`), count: countOf(f.recipientGroup, GROUP_PARAM[g]) })))}
    ${facetGroup(ctx, q, 'kanals', 'cat.facet.environment', (Object.keys(ENV_PARAM) as (keyof typeof ENV_PARAM)[]).map((k) => ({ value: k, label: L(`cat.env.${ENV_PARAM[k]}`), count: countOf(f.channelEnvironment, ENV_PARAM[k]) })))}
    ${facetGroup(ctx, q, 'statuss', 'cat.facet.digital', (Object.keys(STATUS_PARAM) as (keyof typeof STATUS_PARAM)[]).map((k) => ({ value: k, label: L(`cat.digital.${STATUS_PARAM[k]}`), count: countOf(f.digitalStatus, STATUS_PARAM[k]) })))}
    ${ctx.audience === 'public' ? facetGroup(ctx, q, 'vpvkac', 'cat.facet.vpvkac', [{ value: '1', label: L('cat.vpvkac.yes'), count: countOf(f.vpvkac, 'true') }]) : ''}
    ${facetGroup(ctx, q, 'maksa', 'cat.facet.fee', [
      { value: 'bez', label: L('cat.fee.free'), count: countOf(f.free, 'true') },
      { value: 'ar', label: L('cat.fee.paid'), count: countOf(f.free, 'false') },
    ])}
    ${facetGroup(ctx, q, 'situacija', 'cat.facet.lifeSituation', situationOptions)}
    ${facetGroup(ctx, q, 'iestade', 'cat.facet.institution', institutionOptions)}
  </nav>`;
  const cards: ServiceCard[] = r.items.map((i) => ({
    code: i.code,
    nameLv: i.nameLv,
    nameEn: i.nameEn,
    summaryLv: i.summaryLv,
    summaryEn: i.summaryEn,
    ownerNameLv: i.owner.nameLv,
    ownerNameEn: i.owner.nameEn,
    digitalStatus: i.digitalStatus,
  }));
  const title = q.q ? L('cat.search.titleFor', { q: q.q }) : L('cat.search.title');
  const body = html`<h1>${title}</h1>
  ${searchForm(ctx, q.q, { hidden: Object.fromEntries(FILTER_KEYS.filter((k) => q[k] !== undefined).map((k) => [k, String(q[k])])) })}
  <div class="search-layout">
    ${filters}
    <section class="results" aria-labelledby="results-h">
      <h2 id="results-h" class="results-count">${tn(ctx.locale, 'cat.search.count', r.total)}</h2>
      ${r.items.length ? serviceList(ctx, cards, 3) : html`<p>${L('cat.search.none')}</p>`}
      ${pager(ctx, q.lapa, r.total, SEARCH_PAGE_SIZE, (p) => {
        const params: Record<string, string | undefined> = { q: q.q };
        for (const k of FILTER_KEYS) params[k] = q[k] as string | undefined;
        return href(ctx, '/pakalpojumi', { ...params, lapa: p > 1 ? String(p) : undefined });
      })}
    </section>
  </div>`;
  return layout(ctx, { title, section: 'services', crumbs: [{ label: L('cat.search.title') }], body, noindex: !!q.q || anyFilter || q.lapa > 1 });
}
