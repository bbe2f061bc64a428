/**
 * Catalogue search speed on the national-scale register (about 50,000 services).
 *
 *   npm run bench:search                        # embedded database, seeded into BENCH_SEARCH_DIR (reused when present)
 *   npm run bench:search -- --db postgres       # PostgreSQL: a database "bench_search" next to DATABASE_URL (reused)
 *   npm run bench:search -- --reseed            # start from an empty database
 *   npm run bench:search -- --synthetic         # demo documents copied to 50,000 (fast stand-in when seeding the national register is too slow)
 *
 * Runs a mix of queries (inflected, no diacritics, typos, prefixes, synonyms,
 * English, filters, browsing without text) through searchCatalogue with
 * facets, in-process: first one client, then several concurrent clients,
 * and prints p50/p95/p99 per mode.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, vacuumAnalyze, type Database } from '../src/platform/db/database.js';
import { ANONYMOUS, SYSTEM_ACTOR } from '../src/platform/actor.js';
import { seedNational } from '../src/seed/national.js';
import { seedDemo } from '../src/seed/demo.js';
import { searchCatalogue } from '../src/modules/search/search.service.js';
import type { SearchParams } from '../src/modules/search/search.contract.js';

const { values: args } = parseArgs({
  options: { synthetic: { type: 'boolean', default: false }, db: { type: 'string', default: 'embedded' }, reseed: { type: 'boolean', default: false }, rounds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '4' } },
});
const DIR = process.env.BENCH_SEARCH_DIR ?? (args.synthetic ? '/tmp/bench-search-synthetic' : '/tmp/bench-search-pglite');
const PG_DB = args.synthetic ? 'bench_search_synthetic' : 'bench_search';

async function open(): Promise<Database> {
  if (args.db !== 'postgres') {
    if (args.reseed) fs.rmSync(DIR, { recursive: true, force: true });
    return openDatabase({ dataDir: DIR });
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('--db postgres needs DATABASE_URL');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (args.reseed) await admin.query(`drop database if exists ${PG_DB} with (force)`);
  const exists = await admin.query(`select 1 from pg_database where datname = '${PG_DB}'`);
  if (exists.rowCount === 0) await admin.query(`create database ${PG_DB}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${PG_DB}`;
  return openDatabase({ url: u.toString(), poolSize: 8 });
}

const QUERIES = [
  'pases izsniegšana', 'dzimsanas registracija', 'bezdarbnieka pabalsts', 'pieteikt pasi', 'auto reģistrēt', 'bez darba', 'buvatlauja', 'vaditaja apliceiba',
  'pabal', 'zemesgr', 'passport', 'unemployment benefit', 'building permit', 'deklarēt dzīvesvietu', 'sociālā palīdzība', 'pensija', 'bērnudārzs', 'nekustamā īpašuma nodoklis',
];

function mix(): Omit<SearchParams, 'page' | 'pageSize'>[] {
  const out: Omit<SearchParams, 'page' | 'pageSize'>[] = QUERIES.map((q) => ({ q, locale: 'lv', audience: 'public' }));
  out.push({ locale: 'lv', audience: 'public' });
  out.push({ q: 'pabalsts', locale: 'lv', audience: 'public', free: true, recipientGroup: 'residents' });
  out.push({ q: 'atļauja', locale: 'lv', audience: 'public', channelEnvironment: 'remoteElectronic', digitalStatus: 'eService' });
  out.push({ locale: 'lv', audience: 'public', vpvkac: true });
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const database = await open();
try {
  await database.migrate();
  const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from services`);
  if (n === 0 && args.synthetic) {
    // Quick stand-in for the national register: the demo register's search documents copied to 50,000 rows.
    await seedDemo(database.db, { actor: SYSTEM_ACTOR, requestId: 'bench-search' });
    await database.db.execute(sql`alter table search_documents drop constraint if exists search_documents_service_id_services_id_fk`);
    await database.db.execute(sql`
      insert into search_documents (service_id, audience, code, owner_institution_id, name_lv, name_en, summary_lv, summary_en, name_fold, name_en_fold,
                                    digital_status, free, vpvkac, channel_environments, recipient_groups, life_situation_ids, doc)
      select gen_random_uuid(), audience, code || '-' || g, owner_institution_id, name_lv, name_en, summary_lv, summary_en, name_fold, name_en_fold,
             digital_status, free, vpvkac, channel_environments, recipient_groups, life_situation_ids, doc
        from search_documents, generate_series(1, (50000 / (select count(*) from search_documents))::int) g`);
    await vacuumAnalyze(database.db);
  } else if (n === 0) {
    const t0 = performance.now();
    const summary = await seedNational(database.db, { actor: SYSTEM_ACTOR, requestId: 'bench-search' }, { progress: true });
    for (const p of summary.timings.slice(0, 8)) console.log(`  ${p.name}: ${(p.ms / 1000).toFixed(1)} s`);
    console.log(`seeded national register in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const [{ docs }] = await queryRows<{ docs: number }>(database.db, sql`select count(*)::int as docs from search_documents`);
  console.log(`${database.kind}: ${docs} search documents`);
  const work = mix();
  const run = async (p: (typeof work)[number]) => {
    const t = performance.now();
    await searchCatalogue(database.db, ANONYMOUS, { ...p, page: 1, pageSize: 20 });
    return performance.now() - t;
  };
  for (const p of work) await run(p); // warm-up
  const rounds = Number(args.rounds);
  const single: number[] = [];
  for (let r = 0; r < rounds; r++) for (const p of work) single.push(await run(p));
  const conc = Number(args.concurrency);
  const concurrent: number[] = [];
  const queue = Array.from({ length: rounds }, () => work).flat();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: conc }, async () => {
    for (let p = queue.shift(); p; p = queue.shift()) concurrent.push(await run(p));
  }));
  const wall = performance.now() - t0;
  const row = (name: string, xs: number[]) => `| ${database.kind} | ${name} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 95).toFixed(1)} | ${pct(xs, 99).toFixed(1)} |`;
  console.log('\n| Database | Clients | Searches | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|');
  console.log(row('1', single));
  console.log(row(String(conc), concurrent));
  console.log(`\n${conc} clients: ${((concurrent.length / wall) * 1000).toFixed(0)} searches/s`);
} finally {
  await database.close();
}
