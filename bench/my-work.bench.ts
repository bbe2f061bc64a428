/**
 * "My work" benchmark on a seeded database (DATA_DIR or DATABASE_URL):
 *
 *   npm run seed -- --scale national && npx tsx bench/my-work.bench.ts
 *
 * Takes the person who manages the most services (the heaviest "managed
 * services" list), signs them in with a bench API token and times
 * GET /api/v1/me/work?limit=N and the managed-services list page in-process
 * (no network). Stored rule results are brought up to date first (when the
 * register has them), and that full recompute is timed too.
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildRegisterApp } from '../src/app/app.js';
import { openAndMigrate } from '../src/platform/bootstrap.js';
import { loadConfig } from '../src/platform/config.js';
import { queryRows } from '../src/platform/db/database.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '15' }, limit: { type: 'string', default: '50' } } });
const RUNS = Number(args.runs);

const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', JOBS_POLL_MS: '0' } as NodeJS.ProcessEnv);
const database = await openAndMigrate(config);
const db = database.db;

const hasStoredResults = (await queryRows<{ t: string | null }>(db, sql`select to_regclass('service_rule_queue')::text as t`))[0].t !== null;
if (hasStoredResults) {
  const { recomputeAllRuleResults } = await import('../src/modules/services/services.rule-results.service.js');
  const started = performance.now();
  const { computed } = await recomputeAllRuleResults(db);
  console.log(`full recompute of stored rule results: ${computed} services in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const [who] = await queryRows<{ person_id: string; n: string | number }>(
  db,
  sql`select ra.person_id, count(*) as n from role_assignments ra
       where ra.role = 'serviceOwner' and ra.ended_at is null and ra.person_id is not null
       group by ra.person_id order by count(*) desc limit 1`,
);
// The national seed's people have no accounts: the bench gives the person one it cannot sign in with by password.
await db.execute(sql`insert into accounts (person_id, login, password_hash) select ${who.person_id}, ${`bench-${who.person_id}`}, 'bench-no-password'
                      where not exists (select 1 from accounts where person_id = ${who.person_id})`);
const [{ account_id }] = await queryRows<{ account_id: string }>(db, sql`select id as account_id from accounts where person_id = ${who.person_id} limit 1`);
const token = `pkr_bench_${crypto.randomBytes(16).toString('hex')}`;
await db.execute(sql`insert into api_tokens (account_id, name, token_hash) values (${account_id}, 'bench', ${crypto.createHash('sha256').update(token).digest('hex')})`);
const [{ services }] = await queryRows<{ services: string | number }>(db, sql`select count(*) as services from services`);

const app = await buildRegisterApp({ database, config });
await app.ready();
const headers = { authorization: `Bearer ${token}` };

async function time(url: string): Promise<{ median: number; worst: number }> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const started = performance.now();
    const res = await app.inject({ method: 'GET', url, headers });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 2) ms.push(performance.now() - started); // two warm-up calls
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], worst: ms[ms.length - 1] };
}

console.log(`${database.kind}: ${services} services; person managing ${who.n} of them; ${RUNS} runs each`);
for (const url of [`/api/v1/me/work?limit=${args.limit}`, '/api/v1/me/work?limit=10', `/api/v1/me/work/managed-services?pageSize=${args.limit}`]) {
  const { median, worst } = await time(url);
  console.log(`GET ${url}: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`);
}
await db.execute(sql`delete from api_tokens where name = 'bench' and account_id = ${account_id}`);
await app.close();
await database.close();
