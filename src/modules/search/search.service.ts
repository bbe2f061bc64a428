/**
 * Catalogue search (see search.contract.ts): Latvian-aware full-text matching
 * over the search documents, with synonyms, typo correction from the
 * vocabulary, prefixes while typing, ranking and facets.
 */
import type { Executor } from '../../platform/db/database.js';
import type { FacetBucket, SearchCatalogue, SearchFacets, SearchResult, SuggestNames } from './search.contract.js';
import { assertCanSearch } from './search.policy.js';
import * as repo from './search.repository.js';
import { analyseQuery, toTsQuery, type AnalysedQuery, type Corrections } from './search.rules.js';

/** Typo corrections for the words of a query none of whose stems is in the vocabulary. */
async function correctionsFor(ex: Executor, a: AnalysedQuery): Promise<Corrections> {
  const stems = [...new Set(a.slots.flatMap((s) => s.lookup))];
  if (stems.length === 0) return new Map();
  const known = await repo.knownTerms(ex, stems);
  const unknown = a.slots.filter((s) => s.lookup.length > 0 && !s.lookup.some((st) => known.has(st))).flatMap((s) => s.lookup);
  return unknown.length ? repo.similarTerms(ex, unknown) : new Map();
}

const FACET_KEYS: (keyof SearchFacets)[] = ['recipientGroup', 'channelEnvironment', 'digitalStatus', 'vpvkac', 'free', 'institution', 'lifeSituation'];

export const searchCatalogue: SearchCatalogue = async (ex, actor, params) => {
  assertCanSearch(actor, params.audience);
  const filters: repo.MatchFilters = {
    audience: params.audience,
    lifeSituationId: params.lifeSituationId,
    institutionId: params.institutionId,
    recipientGroup: params.recipientGroup,
    channelEnvironment: params.channelEnvironment,
    digitalStatus: params.digitalStatus,
    vpvkac: params.vpvkac,
    free: params.free,
  };
  const page = { limit: params.pageSize, offset: (params.page - 1) * params.pageSize };
  const q = params.q?.trim() ?? '';
  let found: repo.MatchRow;
  if (q === '' || analyseQuery(q, params.locale).slots.length === 0) {
    found = await repo.match(ex, filters, null, page);
  } else {
    const a = analyseQuery(params.q!, params.locale);
    const corrections = await correctionsFor(ex, a);
    const text = { folded: a.folded, english: a.english, rankQuery: toTsQuery(a, corrections, 'any') };
    found = await repo.match(ex, filters, { ...text, tsquery: toTsQuery(a, corrections, 'all'), trigram: false }, page);
    // Nothing has every word: accept any word, or a name that resembles the query.
    if (found.total === 0) found = await repo.match(ex, filters, { ...text, tsquery: toTsQuery(a, corrections, 'any'), trigram: true }, page);
  }
  return present(ex, found);
};

async function present(ex: Executor, found: repo.MatchRow): Promise<SearchResult> {
  const rows = await repo.hits(ex, found.page.map((p) => p.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = found.page.flatMap((p) => {
    const r = byId.get(p.id);
    if (!r) return [];
    return [
      {
        id: r.id,
        code: r.code,
        nameLv: r.nameLv,
        nameEn: r.nameEn,
        summaryLv: r.summaryLv,
        summaryEn: r.summaryEn,
        owner: { code: r.ownerCode, nameLv: r.ownerNameLv, nameEn: r.ownerNameEn },
        digitalStatus: r.digitalStatus,
        free: r.free,
        score: Math.round(Number(p.score) * 10000) / 10000,
      },
    ];
  });
  const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as FacetBucket[]])) as unknown as SearchFacets;
  for (const f of found.facets) facets[f.k as keyof SearchFacets]?.push({ value: f.v, count: Number(f.n) });
  for (const k of FACET_KEYS) facets[k].sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  const names = await repo.labels(ex, facets.institution.map((b) => b.value), facets.lifeSituation.map((b) => b.value));
  for (const b of facets.institution) {
    const n = names.institutions.get(b.value);
    if (n) Object.assign(b, { labelLv: n.nameLv, labelEn: n.nameEn ?? undefined });
  }
  for (const b of facets.lifeSituation) {
    const n = names.lifeSituations.get(b.value);
    if (n) Object.assign(b, { labelLv: n.nameLv, labelEn: n.nameEn ?? undefined });
  }
  return { total: Number(found.total), items, facets };
}

export const suggestNames: SuggestNames = async (ex, actor, params) => {
  assertCanSearch(actor, params.audience);
  const limit = Math.min(Math.max(params.limit ?? 10, 1), 10);
  const a = analyseQuery(params.q, params.locale);
  if (a.folded.length < 2) return [];
  const corrections = await correctionsFor(ex, a);
  return repo.suggest(ex, params.audience, a.folded, toTsQuery(a, corrections, 'all'), a.english, limit);
};
