/**
 * API benchmark on the national-scale register, embedded database and PostgreSQL side by side.
 *
 *   npm run bench                       # both databases, seeds national data first
 *   npm run bench -- --db postgres      # one database
 *   npm run bench -- --skip-seed        # reuse data seeded by an earlier run
 *
 * For each database: seed the national scale (timed), start the server as a separate process,
 * then run each scenario with N concurrent clients for a fixed time and report p50/p95/p99 latency
 * and throughput. Results go to bench/results/api-<timestamp>.json and a Markdown table on stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    'skip-seed': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_BENCH_DB = 'bench_register';
const PGLITE_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? '/tmp/bench-register-pglite');

interface Target {
  name: 'embedded (PGlite)' | 'PostgreSQL';
  env: Record<string, string>;
  reset(): Promise<void>;
}

const targets: Target[] = [];
if (args.db === 'both' || args.db === 'pglite') {
  targets.push({
    name: 'embedded (PGlite)',
    env: { DATA_DIR: PGLITE_DIR },
    async reset() {
      fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
    },
  });
}
if (args.db === 'both' || args.db === 'postgres') {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${PG_BENCH_DB}`;
  targets.push({
    name: 'PostgreSQL',
    env: { DATABASE_URL: u.toString(), DATABASE_POOL_SIZE: '20' },
    async reset() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${PG_BENCH_DB} with (force)`);
      await c.query(`create database ${PG_BENCH_DB}`);
      await c.end();
    },
  });
}

function runCli(env: Record<string, string>, cliArgs: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...cliArgs], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn', DEMO_DATA: 'off' },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve((Date.now() - started) / 1000) : reject(new Error(`${cliArgs.join(' ')} exited ${code}`))));
  });
}

async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, FEEDBACK_FORM_SECRET: 'bench-only-feedback-form-secret-0123456789', ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO_DATA: 'off', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (r.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

interface Scenario {
  name: string;
  url: () => string;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)];

async function measure(base: string, scenario: Scenario, connections: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  // Warm-up: a few requests so JIT and caches settle.
  for (let i = 0; i < 20; i++) await fetch(base + scenario.url()).then((r) => r.arrayBuffer());
  const worker = async () => {
    while (Date.now() < deadline) {
      const t0 = performance.now();
      try {
        const r = await fetch(base + scenario.url());
        await r.arrayBuffer();
        if (!r.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { requests: latencies.length, rps: Math.round(latencies.length / SECONDS), p50: q(50), p95: q(95), p99: q(99), errors };
}

async function main() {
  const results: Record<string, Record<string, unknown>> = {};
  let port = 3900;
  for (const target of targets) {
    console.log(`\n=== ${target.name}`);
    let seedSeconds: number | null = null;
    if (!args['skip-seed']) {
      await target.reset();
      seedSeconds = await runCli(target.env, ['seed', '--scale', 'national']);
      console.log(`seeded national scale in ${seedSeconds.toFixed(1)} s`);
    }
    const server = await startServer(target.env, ++port);
    const base = `http://127.0.0.1:${port}/api/v1`;
    try {
      const first = (await (await fetch(`${base}/services?pageSize=200`)).json()) as { items: { id: string }[]; total: number };
      const ids = first.items.map((i) => i.id);
      const pages = Math.max(1, Math.floor(first.total / 50));
      const scenarios: Scenario[] = [
        { name: 'list services (page of 50, total)', url: () => `/services?page=${1 + Math.floor(Math.random() * Math.min(pages, 200))}` },
        { name: 'filter services (type + complexity + digital status)', url: () => `/services?recipientType=${pick(['publicIndividual', 'publicGeneral', 'interInstitutionalShared'])}&complexity=${pick(['simple', 'complex'])}&digitalStatus=${pick(['eService', 'none', 'dService'])}&sort=nameLv` },
        { name: 'open one service with all relations', url: () => `/services/${pick(ids)}` },
      ];
      const row: Record<string, unknown> = { seedSeconds, total: first.total };
      // One client shows what a single request costs; CONNECTIONS clients show it under load.
      for (const s of scenarios) {
        for (const c of [1, CONNECTIONS]) {
          const m = await measure(base, s, c);
          row[`${s.name} @${c}`] = m;
          console.log(`${s.name} @${c}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.rps} req/s, ${m.errors} errors`);
        }
      }
      results[target.name] = row;
    } finally {
      server.kill('SIGTERM');
    }
  }
  fs.mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  fs.writeFileSync(file, JSON.stringify({ connections: CONNECTIONS, seconds: SECONDS, results }, null, 2));
  console.log(`\nresults: ${file}\n`);
  const names = Object.keys(results);
  const scenarioNames = Object.keys(results[names[0]] ?? {}).filter((k) => k !== 'seedSeconds' && k !== 'total');
  console.log(`| scenario @ concurrent clients | ${names.map((n) => `${n} p50 / p95`).join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const s of scenarioNames) {
    console.log(`| ${s} | ${names.map((n) => { const m = results[n][s] as { p50: number; p95: number; rps: number }; return `${m.p50.toFixed(1)} / ${m.p95.toFixed(1)} ms (${m.rps} req/s)`; }).join(' | ')} |`);
  }
  console.log(`| national seed | ${names.map((n) => (results[n].seedSeconds == null ? 'skipped' : `${(results[n].seedSeconds as number).toFixed(1)} s`)).join(' | ')} |`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
