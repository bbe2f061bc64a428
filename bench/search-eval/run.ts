/**
 * Search quality evaluation: runs the query set against our catalogue search
 * and two baselines on the same database and reports recall@5 and MRR per
 * kind of query. Used by `npm run bench:search-eval` and by the regression test.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../src/platform/db/database.js';
import { ANONYMOUS } from '../../src/platform/actor.js';
import { searchCatalogue } from '../../src/modules/search/search.service.js';

export const QUERY_KINDS = ['inflected', 'noDiacritics', 'typo', 'prefix', 'synonym', 'lifeSituation', 'english'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface EvalQuery {
  q: string;
  kind: QueryKind;
  /** Service codes any of which counts as a right answer. */
  expected: string[];
  locale?: 'lv' | 'en';
}

export const SYSTEMS = ['ours', 'simpleFts', 'trigram'] as const;
export type System = (typeof SYSTEMS)[number];
export const SYSTEM_LABELS: Record<System, string> = {
  ours: 'Ours (stemming + synonyms + typo + ranking)',
  simpleFts: 'Baseline A: simple full-text',
  trigram: 'Baseline B: unaccent + trigram word similarity',
};

export const QUERIES_FILE = fileURLToPath(new URL('./queries.json', import.meta.url));
export const loadQueries = (): EvalQuery[] => (JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8')) as { queries: EvalQuery[] }).queries;

const K = 5;

/** Top-10 service codes of each system for one query (public audience, published services). */
export async function rankedCodes(ex: Executor, system: System, query: EvalQuery): Promise<string[]> {
  if (system === 'ours') {
    const r = await searchCatalogue(ex, ANONYMOUS, { q: query.q, locale: query.locale ?? 'lv', audience: 'public', page: 1, pageSize: 10 });
    return r.items.map((i) => i.code);
  }
  if (system === 'simpleFts') {
    const rows = await queryRows<{ code: string }>(
      ex,
      sql`select d.code from search_documents d join service_versions v on v.id = (select version_id from service_listings l where l.service_id = d.service_id and l.visibility = 'published')
           where d.audience = 'public' and to_tsvector('simple', coalesce(d.name_lv, '') || ' ' || coalesce(v.description_lv, '')) @@ plainto_tsquery('simple', ${query.q})
           order by ts_rank(to_tsvector('simple', coalesce(d.name_lv, '') || ' ' || coalesce(v.description_lv, '')), plainto_tsquery('simple', ${query.q})) desc, d.code
           limit 10`,
    );
    return rows.map((r) => r.code);
  }
  const rows = await queryRows<{ code: string }>(
    ex,
    sql`select d.code from search_documents d where d.audience = 'public'
         order by word_similarity(unaccent(${query.q}), unaccent(d.name_lv)) desc, d.code limit 10`,
  );
  return rows.map((r) => r.code);
}

export interface Metrics {
  n: number;
  recall5: number;
  mrr: number;
}
export type Report = Record<System, Record<QueryKind | 'overall', Metrics>>;

export interface EvalOutcome {
  report: Report;
  misses: { system: System; query: EvalQuery; got: string[] }[];
}

/** Runs every query on every system. */
export async function runEval(ex: Executor, queries: EvalQuery[] = loadQueries()): Promise<EvalOutcome> {
  const report = {} as Report;
  const misses: EvalOutcome['misses'] = [];
  for (const system of SYSTEMS) {
    const acc = new Map<string, { n: number; hit: number; rr: number }>();
    const add = (k: string, hit: number, rr: number) => {
      const a = acc.get(k) ?? { n: 0, hit: 0, rr: 0 };
      a.n += 1;
      a.hit += hit;
      a.rr += rr;
      acc.set(k, a);
    };
    for (const q of queries) {
      const got = await rankedCodes(ex, system, q);
      const rank = got.findIndex((c) => q.expected.includes(c));
      const hit = rank >= 0 && rank < K ? 1 : 0;
      const rr = rank >= 0 ? 1 / (rank + 1) : 0;
      if (!hit) misses.push({ system, query: q, got: got.slice(0, K) });
      add(q.kind, hit, rr);
      add('overall', hit, rr);
    }
    const per = {} as Record<QueryKind | 'overall', Metrics>;
    for (const k of [...QUERY_KINDS, 'overall'] as const) {
      const a = acc.get(k) ?? { n: 0, hit: 0, rr: 0 };
      per[k] = { n: a.n, recall5: a.n ? a.hit / a.n : 0, mrr: a.n ? a.rr / a.n : 0 };
    }
    report[system] = per;
  }
  return { report, misses };
}

/** The report as a Markdown table: recall@5 / MRR per kind and system. */
export function toMarkdown(report: Report): string {
  const f = (m: Metrics) => `${m.recall5.toFixed(2)} / ${m.mrr.toFixed(2)}`;
  const kinds = [...QUERY_KINDS, 'overall'] as const;
  const lines = [
    `| Kind (queries) | ${SYSTEMS.map((s) => SYSTEM_LABELS[s]).join(' | ')} |`,
    `|---|${SYSTEMS.map(() => '---').join('|')}|`,
    ...kinds.map((k) => `| ${k === 'overall' ? '**overall**' : k} (${report.ours[k].n}) | ${SYSTEMS.map((s) => (k === 'overall' ? `**${f(report[s][k])}**` : f(report[s][k]))).join(' | ')} |`),
  ];
  return `Recall@5 / MRR (higher is better)\n\n${lines.join('\n')}\n`;
}
