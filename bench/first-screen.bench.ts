/**
 * First-screen benchmark of the web workspace in a real browser on the national-scale register.
 *
 *   npm run bench:first-screen                    # both databases, seeds national data first
 *   npm run bench:first-screen -- --db postgres   # one database
 *   npm run bench:first-screen -- --skip-seed     # reuse data seeded by an earlier run (also `npm run bench`)
 *
 * For each screen, each run opens a fresh browser context (empty cache, like a first visit), signs in
 * through the API (cookie), then loads the page and stops the clock when the page's heading is
 * shown and no loading indicator is left. Reports median and worst of the runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    'skip-seed': { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
  },
});
const RUNS = Number(args.runs);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_BENCH_DB = process.env.BENCH_PG_DB ?? 'bench_register';
const PGLITE_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? '/tmp/bench-register-pglite');
// The national seed has no sign-in accounts: the bench makes an administrator (the heaviest "my work").
const LOGIN = process.env.BENCH_LOGIN ?? 'bench.administrators@varam.demo.lv';
const PASSWORD = process.env.BENCH_PASSWORD ?? DEMO_PASSWORD;

/** The screens a signed-in person meets first. */
const SCREENS = [
  { name: 'Sign-in page (anonymous)', path: '/darbvieta/pieteikties', signedIn: false },
  { name: 'My work (first screen after sign-in)', path: '/darbvieta/', signedIn: true },
  { name: 'Service register list', path: '/darbvieta/pakalpojumi', signedIn: true },
  { name: 'Public catalogue home', path: '/', signedIn: false },
];

interface Target {
  name: string;
  env: Record<string, string>;
  reset(): Promise<void>;
}
const targets: Target[] = [];
if (args.db === 'both' || args.db === 'pglite') {
  targets.push({ name: 'embedded (PGlite)', env: { DATA_DIR: PGLITE_DIR }, reset: async () => fs.rmSync(PGLITE_DIR, { recursive: true, force: true }) });
}
if (args.db === 'both' || args.db === 'postgres') {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${PG_BENCH_DB}`;
  targets.push({
    name: 'PostgreSQL',
    env: { DATABASE_URL: u.toString() },
    async reset() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${PG_BENCH_DB} with (force)`);
      await c.query(`create database ${PG_BENCH_DB}`);
      await c.end();
    },
  });
}

function run(env: Record<string, string>, cliArgs: string[], keep = false): ChildProcess | Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...cliArgs], {
    env: { PUBLIC_BASE_URL: 'http://127.0.0.1', FEEDBACK_FORM_SECRET: 'bench-only-feedback-form-secret-0123456789', ...process.env, ...env, LOG_LEVEL: 'warn', DEMO_DATA: 'off', NODE_ENV: 'production' },
    stdio: keep ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (keep) return child;
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cliArgs.join(' ')} exited ${code}`)))));
}

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become ready');
}

async function sessionCookie(base: string): Promise<{ name: string; value: string }> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: LOGIN, password: PASSWORD }) });
  if (!r.ok) throw new Error(`sign-in failed: ${r.status}`);
  const [pair] = (r.headers.get('set-cookie') ?? '').split(';');
  const [name, value] = pair.split('=');
  return { name, value };
}

async function measureScreen(browser: Browser, base: string, screen: (typeof SCREENS)[number]): Promise<number[]> {
  const times: number[] = [];
  const cookie = screen.signedIn ? await sessionCookie(base) : null;
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (cookie) await context.addCookies([{ ...cookie, url: base }]);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(base + screen.path, { waitUntil: 'domcontentloaded' });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    // Data shown: no loading indicator left in the main content.
    await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 30_000 });
    const ms = Date.now() - t0;
    if (i > 0) times.push(ms); // the first run warms the server's caches, not the browser's
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

async function main() {
  const lines: string[] = ['| Database | Screen | median ms | worst ms |', '|---|---|---:|---:|'];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  let port = 3950;
  for (const target of targets) {
    if (!args['skip-seed']) {
      await target.reset();
      console.log(`Seeding national-scale data (${target.name})…`);
      await run(target.env, ['seed', '--scale', 'national']);
    }
    if (!process.env.BENCH_LOGIN) {
      // Once per database; an existing account (an earlier run with --skip-seed) is fine.
      await (run({ ...target.env, ADMIN_PASSWORD: PASSWORD }, ['create-admin', '--login', LOGIN, '--given-name', 'Mērījumu', '--family-name', 'Administrators', '--institution', 'VARAM']) as Promise<void>).catch(() => undefined);
    }
    port++;
    const server = run({ ...target.env, PORT: String(port), HOST: '127.0.0.1' }, ['serve'], true) as ChildProcess;
    try {
      await waitReady(port);
      const base = `http://127.0.0.1:${port}`;
      for (const screen of SCREENS) {
        const t = await measureScreen(browser, base, screen);
        const median = t[Math.floor(t.length / 2)];
        console.log(`${target.name} · ${screen.name}: median ${median} ms, worst ${t[t.length - 1]} ms`);
        lines.push(`| ${target.name} | ${screen.name} | ${median} | ${t[t.length - 1]} |`);
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
  await browser.close();
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync('bench/results/first-screen.md', `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
}

await main();
