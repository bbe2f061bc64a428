/** SQL of catalogue search: vocabulary look-ups, the ranked and faceted match, suggestions. */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../platform/db/database.js';

/** Which of the stems occur in the search vocabulary. */
export async function knownTerms(ex: Executor, stems: string[]): Promise<Set<string>> {
  if (stems.length === 0) return new Set();
  const rows = await queryRows<{ term: string }>(ex, sql`select term from search_terms where term = any(${`{${stems.join(',')}}`}::text[])`);
  return new Set(rows.map((r) => r.term));
}

/** Up to three vocabulary stems most similar to each unknown stem (typo correction). */
export async function similarTerms(ex: Executor, stems: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (stems.length === 0) return out;
  const rows = await queryRows<{ stem: string; term: string }>(
    ex,
    sql`select s.stem, t.term
          from unnest(${`{${stems.join(',')}}`}::text[]) as s(stem)
          cross join lateral (select term, similarity(term, s.stem) as sim from search_terms
                               where term % s.stem and term <> s.stem order by sim desc, term limit 3) t
         where t.sim >= 0.4`,
  );
  for (const r of rows) out.set(r.stem, [...(out.get(r.stem) ?? []), r.term]);
  return out;
}

export interface MatchFilters {
  audience: string;
  lifeSituationId?: string;
  institutionId?: string;
  recipientGroup?: string;
  channelEnvironment?: string;
  digitalStatus?: string;
  vpvkac?: boolean;
  free?: boolean;
}

export interface MatchText {
  /** tsquery text for to_tsquery('simple', …): what must match. */
  tsquery: string | null;
  /** tsquery text that ranks (any word of the query). */
  rankQuery: string | null;
  /** The folded query, for phrase boosts and trigram similarity. */
  folded: string;
  english: boolean;
  /** Also accept names similar to the folded query by trigram word similarity (fallback). */
  trigram: boolean;
}

export interface MatchRow {
  total: number;
  page: { id: string; score: number }[];
  facets: { k: string; v: string; n: number }[];
}

function filterSql(f: MatchFilters): SQL {
  const parts: SQL[] = [sql`d.audience = ${f.audience}`];
  if (f.lifeSituationId) parts.push(sql`d.life_situation_ids @> array[${f.lifeSituationId}::uuid]`);
  if (f.institutionId) parts.push(sql`d.owner_institution_id = ${f.institutionId}::uuid`);
  if (f.recipientGroup) parts.push(sql`d.recipient_groups @> array[${f.recipientGroup}::text]`);
  if (f.channelEnvironment) parts.push(sql`d.channel_environments @> array[${f.channelEnvironment}::text]`);
  if (f.digitalStatus) parts.push(sql`d.digital_status = ${f.digitalStatus}`);
  if (f.vpvkac !== undefined) parts.push(sql`d.vpvkac = ${f.vpvkac}`);
  if (f.free !== undefined) parts.push(sql`d.free = ${f.free}`);
  return sql.join(parts, sql` and `);
}

/**
 * The matching services of one page, ordered by relevance (by name without
 * text), with the total and the facet counts of the whole match, in one statement.
 * Relevance: weighted ts_rank (name A, English name B, life situations and
 * keywords C, description D), a bonus when the name itself matches, exact and
 * prefix phrase bonuses on the folded name and its trigram word similarity.
 */
export async function match(ex: Executor, f: MatchFilters, t: MatchText | null, page: { limit: number; offset: number }): Promise<MatchRow> {
  let textCond: SQL = sql`true`;
  // Two-phase ranking: a cheap rank over every match (it orders all of them), then the full
  // relevance only for the best RERANK_WINDOW, so a query matching thousands of services does
  // not compute phrase and trigram bonuses for each of them.
  let cheap: SQL = sql`0::real`;
  let score: SQL = sql`m.cheap`;
  if (t) {
    const q = t.tsquery ? sql`to_tsquery('simple', ${t.tsquery})` : null;
    const rq = t.rankQuery ? sql`to_tsquery('simple', ${t.rankQuery})` : q;
    const weights = t.english ? '{0.05,0.2,1.0,0.7}' : '{0.05,0.2,0.6,1.0}';
    const name = t.english ? sql`coalesce(d.name_en_fold, d.name_fold)` : sql`d.name_fold`;
    const nameWeight = t.english ? '{b}' : '{a}';
    const conds: SQL[] = [];
    if (q) conds.push(sql`d.doc @@ ${q}`);
    if (t.trigram) conds.push(sql`d.name_fold %> ${t.folded}`, sql`d.name_en_fold %> ${t.folded}`);
    textCond = conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
    cheap = rq ? sql`ts_rank(${weights}::real[], d.doc, ${rq})` : sql`0::real`;
    score = sql`(m.cheap + ${rq ? sql`case when ts_filter(d.doc, ${nameWeight}::"char"[]) @@ ${q ?? rq} then 0.5 else 0 end` : sql`0`}
      + case when ${name} = ${t.folded} then 1.0 when ${name} like ${`${t.folded}%`} then 0.6 when ${name} like ${`%${t.folded}%`} then 0.3 else 0 end
      + 0.4 * greatest(word_similarity(${t.folded}, d.name_fold), word_similarity(${t.folded}, coalesce(d.name_en_fold, ''))))::real`;
  }
  const window = Math.max(RERANK_WINDOW, page.offset + page.limit);
  const rows = await queryRows<{ result: MatchRow | string }>(
    ex,
    sql`
    with m as materialized (
      select d.service_id, d.owner_institution_id, d.digital_status, d.free, d.vpvkac, d.channel_environments, d.recipient_groups,
             d.life_situation_ids, d.name_fold, ${cheap} as cheap
        from search_documents d
       where ${filterSql(f)} and ${textCond}),
    f as (
      select 'digitalStatus' as k, digital_status as v, count(*)::int as n from m group by 2
      union all select 'free', free::text, count(*)::int from m where free is not null group by 2
      union all select 'vpvkac', vpvkac::text, count(*)::int from m group by 2
      union all select 'recipientGroup', g, count(*)::int from m, unnest(m.recipient_groups) as g group by 2
      union all select 'channelEnvironment', e, count(*)::int from m, unnest(m.channel_environments) as e group by 2
      union all (select 'institution', owner_institution_id::text, count(*)::int from m group by 2 order by 3 desc, 2 limit 20)
      union all (select 'lifeSituation', ls::text, count(*)::int from m, unnest(m.life_situation_ids) as ls group by 2 order by 3 desc, 2 limit 20)),
    w as (select m.service_id, m.name_fold, m.cheap from m order by m.cheap desc, m.name_fold, m.service_id limit ${window}),
    r as (select m.service_id, m.name_fold, ${score} as score from w m join search_documents d on d.service_id = m.service_id),
    p as (select service_id, score, name_fold from r order by score desc, name_fold, service_id limit ${page.limit} offset ${page.offset})
    select json_build_object(
      'total', (select count(*) from m),
      'page', (select coalesce(json_agg(json_build_object('id', p.service_id, 'score', p.score) order by p.score desc, p.name_fold, p.service_id), '[]'::json) from p),
      'facets', (select coalesce(json_agg(json_build_object('k', f.k, 'v', f.v, 'n', f.n)), '[]'::json) from f)) as result`,
  );
  const r = rows[0]!.result;
  return typeof r === 'string' ? (JSON.parse(r) as MatchRow) : r;
}

/** How many of the best cheaply-ranked matches get the full relevance score. */
export const RERANK_WINDOW = 200;

export interface HitRow {
  id: string;
  code: string;
  nameLv: string;
  nameEn: string | null;
  summaryLv: string | null;
  summaryEn: string | null;
  digitalStatus: string;
  free: boolean | null;
  ownerCode: string;
  ownerNameLv: string;
  ownerNameEn: string | null;
}

/** The shown fields of the given services. */
export async function hits(ex: Executor, ids: string[]): Promise<HitRow[]> {
  if (ids.length === 0) return [];
  return queryRows<HitRow>(
    ex,
    sql`select d.service_id as id, d.code, d.name_lv as "nameLv", d.name_en as "nameEn", d.summary_lv as "summaryLv", d.summary_en as "summaryEn",
               d.digital_status as "digitalStatus", d.free, i.code as "ownerCode", i.name_lv as "ownerNameLv", i.name_en as "ownerNameEn"
          from search_documents d join institutions i on i.id = d.owner_institution_id
         where d.service_id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
}

/** Names of institutions and life situations, for facet labels. */
export async function labels(ex: Executor, institutionIds: string[], lifeSituationIds: string[]) {
  const inst = institutionIds.length
    ? await queryRows<{ id: string; nameLv: string; nameEn: string | null }>(ex, sql`select id, name_lv as "nameLv", name_en as "nameEn" from institutions where id = any(${`{${institutionIds.join(',')}}`}::uuid[])`)
    : [];
  const ls = lifeSituationIds.length
    ? await queryRows<{ id: string; nameLv: string; nameEn: string | null }>(ex, sql`select id, name_lv as "nameLv", name_en as "nameEn" from life_situations where id = any(${`{${lifeSituationIds.join(',')}}`}::uuid[])`)
    : [];
  return { institutions: new Map(inst.map((r) => [r.id, r])), lifeSituations: new Map(ls.map((r) => [r.id, r])) };
}

/** Names that start with (or, failing that, resemble) what is being typed. */
export async function suggest(ex: Executor, audience: string, folded: string, tsquery: string | null, english: boolean, limit: number) {
  const name = english ? sql`coalesce(d.name_en_fold, d.name_fold)` : sql`d.name_fold`;
  const q = tsquery ? sql`to_tsquery('simple', ${tsquery})` : null;
  return queryRows<{ id: string; code: string; nameLv: string; nameEn: string | null }>(
    ex,
    sql`select d.service_id as id, d.code, d.name_lv as "nameLv", d.name_en as "nameEn"
          from search_documents d
         where d.audience = ${audience}
           and (${q ? sql`(d.doc @@ ${q} and ts_filter(d.doc, '{a,b}'::"char"[]) @@ ${q}) or ` : sql``} d.name_fold %> ${folded} or d.name_en_fold %> ${folded})
         order by (case when ${name} like ${`${folded}%`} then 1 else 0 end) desc,
                  word_similarity(${folded}, ${name}) desc, d.name_fold
         limit ${limit}`,
  );
}
