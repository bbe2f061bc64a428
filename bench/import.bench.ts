/**
 * Import benchmark: 10,000-row service lists as CSV and XLSX, dry run and real
 * import, on the embedded database and on PostgreSQL.
 *
 *   npm run bench:import                    # both databases
 *   npm run bench:import -- --db pglite     # one database (pglite | postgres)
 *   npm run bench:import -- --rows 2000     # another size
 *
 * Each database starts empty with the demo register (for need and channel
 * point codes). Timings include parsing, validation and the one-transaction
 * write. Results: a Markdown table on stdout and bench/results/import-<time>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/platform/db/database.js';
import { SYSTEM_ACTOR } from '../src/platform/actor.js';
import { seedDemo } from '../src/seed/demo.js';
import { runImport, startImport } from '../src/modules/imports/imports.service.js';
import type { ImportFormat } from '../src/modules/imports/imports.limits.js';

const { values: args } = parseArgs({ options: { db: { type: 'string', default: 'both' }, rows: { type: 'string', default: '10000' } } });
const ROWS = Number(args.rows);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_DB = 'bench_import';
const ctx = { actor: SYSTEM_ACTOR, requestId: 'bench-import' };
const INSTITUTION = 'VID';

const HEADER = ['nosaukums', 'nosaukums_en', 'apraksts', 'saņēmēja_tips', 'mērķgrupas', 'sarežģītība', 'vajadzības', 'kanāli_pieteikšanai', 'maksa', 'tiesiskais_pamats', 'dokumenti'];
const OBJECTS = ['Atļaujas', 'Izziņas', 'Reģistrācijas apliecības', 'Licences', 'Deklarācijas', 'Pieteikuma', 'Sertifikāta', 'Kompensācijas'];
const ACTIONS = ['izsniegšana', 'pagarināšana', 'anulēšana', 'pieņemšana', 'izskatīšana', 'reģistrēšana'];

/** Rows of a realistic list: names of 3–5 words, needs and channels by code, fees, legal acts, documents. */
function rowsOf(n: number, tag: string, needCodes: string[], channelCodes: string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    out.push([
      `${OBJECTS[i % OBJECTS.length]} ${ACTIONS[i % ACTIONS.length]} ${tag} ${i + 1}`,
      `Service ${tag} ${i + 1}`,
      `Pakalpojuma ${i + 1} apraksts: iestāde izskata iesniegumu un sniedz atbildi noteiktajā termiņā.`,
      i % 7 === 0 ? 'publisks vispārēja labuma' : 'publisks individuāla labuma',
      i % 3 === 0 ? 'iedzīvotāji; komersanti' : 'iedzīvotāji',
      'vienkāršs',
      needCodes.length ? needCodes[i % needCodes.length] : '',
      channelCodes.length ? channelCodes[i % channelCodes.length] : '',
      i % 4 === 0 ? 'bez maksas' : `${(i % 50) + 1},50`,
      `Likums par pakalpojumu ${i % 20} https://likumi.lv/ta/id/${100000 + i}`,
      'Iesniegums\nPersonu apliecinošs dokuments',
    ]);
  }
  return out;
}

const csvCell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvOf = (rows: string[][]) => Buffer.from('\uFEFF' + [HEADER, ...rows].map((r) => r.map(csvCell).join(';')).join('\n') + '\n');

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pakalpojumi');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function timed(database: Database, file: Buffer, format: ImportFormat, dryRun: boolean) {
  const t0 = performance.now();
  const imp = await startImport(database.db, ctx, { file, format, institution: INSTITUTION, dryRun, locale: 'lv' }, false);
  const t1 = performance.now();
  const done = await runImport(database.db, ctx, imp.id, 'lv');
  const t2 = performance.now();
  if (done.status !== 'done') throw new Error(`import ${imp.id} ended ${done.status}: ${JSON.stringify(done.failure)}`);
  return { parseMs: Math.round(t1 - t0), runMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0), created: done.createCount, rejected: done.rejectCount, applied: done.applied };
}

async function openTarget(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${PG_DB} with (force)`);
  await admin.query(`create database ${PG_DB}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${PG_DB}`;
  return openDatabase({ url: url.toString() });
}

const results: Record<string, unknown>[] = [];
for (const kind of ['pglite', 'postgres'] as const) {
  if (args.db !== 'both' && args.db !== kind) continue;
  const database = await openTarget(kind);
  await database.migrate();
  await seedDemo(database.db, ctx);
  const needCodes = (await queryRows<{ code: string }>(database.db, sql`select code from needs order by code limit 20`)).map((r) => r.code);
  const channelCodes = (await queryRows<{ code: string }>(database.db, sql`select cp.code from channel_points cp join institutions i on i.id = cp.institution_id where i.code = ${INSTITUTION} order by cp.code`)).map((r) => r.code);
  const csv = csvOf(rowsOf(ROWS, 'C', needCodes, channelCodes));
  const xlsx = await xlsxOf(rowsOf(ROWS, 'X', needCodes, channelCodes));
  for (const [format, file] of [['csv', csv], ['xlsx', xlsx]] as const) {
    for (const dryRun of [true, false]) {
      const r = await timed(database, file, format, dryRun);
      const row = { database: kind, format, rows: ROWS, bytes: file.length, mode: dryRun ? 'dry run' : 'import', ...r };
      results.push(row);
      console.log(JSON.stringify(row));
    }
  }
  await database.close();
}

console.log('\n| database | format | rows | mode | parse | validate (+ write) | total |\n|---|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.database} | ${r.format} | ${r.rows} | ${r.mode} | ${r.parseMs} ms | ${r.runMs} ms | ${((r.totalMs as number) / 1000).toFixed(1)} s |`);
const dir = path.resolve('bench/results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `import-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(results, null, 2));
