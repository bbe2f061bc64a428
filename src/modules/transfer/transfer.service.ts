/**
 * Export and import of the whole register, e.g. to move an installation from
 * the embedded database to a PostgreSQL server:
 *
 *   DATA_DIR=./data npm run cli -- export --out reg.json
 *   DATABASE_URL=postgres://… npm run cli -- import --in reg.json
 *
 * The file holds every table except sessions and sign-in attempts, including
 * the audit log, accounts with their PASSWORD HASHES and API token hashes: it is
 * as sensitive as the database itself. It is created readable by its owner
 * only (mode 0600); keep it out of shared folders and delete it after use.
 *
 * The round trip is lossless: export → import into an empty database → export
 * gives the same bytes, apart from the one audit entry the import adds at the
 * end of `audit_log` (and `exportedAt`, unless the same value is passed in).
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import cliProgress from 'cli-progress';
import { vacuumAnalyze, type Db } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/actor.js';
import { pgErrorOf } from '../../platform/db/pg-errors.js';
import { audit } from '../audit/audit.service.js';
import { AUDIT_TABLE, REPLACED_TABLES, transferTables, type TransferTable } from './transfer.catalogue.js';
import {
  ExportReader,
  FOOTER_LINE,
  TABLE_CLOSE_LINE,
  TransferError,
  headerLine,
  parseRow,
  rowLine,
  tableOpenLine,
} from './transfer.format.js';
import * as repo from './transfer.repository.js';

export { TransferError } from './transfer.format.js';

/** Rows read per query while exporting. */
const EXPORT_PAGE_ROWS = 2000;
/** Rows per multi-row insert, and a cap on the JSON text of one insert. */
const IMPORT_CHUNK_ROWS = 1000;
const IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;

export interface ExportOptions {
  /** Show a progress bar on the terminal. */
  progress?: boolean;
  /** The `exportedAt` written to the header; now by default. Tests pass a fixed value to compare files byte for byte. */
  exportedAt?: string;
}

export interface TransferSummary {
  /** Rows per table. */
  rows: Record<string, number>;
  /** Size of the file in bytes. */
  bytes: number;
}

/** A write stream that waits for the disk when its buffer is full and reports write errors. */
class FileWriter {
  private readonly out: fs.WriteStream;
  private failure: Error | null = null;
  constructor(file: string) {
    this.out = fs.createWriteStream(file, { mode: 0o600 });
    this.out.on('error', (err) => (this.failure = err));
  }
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.out.end();
    await once(this.out, 'close');
    if (this.failure) throw this.failure;
  }
  destroy(): void {
    this.out.destroy();
  }
}

function progressBar(enabled: boolean | undefined, format: string) {
  if (!enabled) return null;
  return new cliProgress.SingleBar({ format, hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
}

/**
 * Writes the whole register to `file` as JSON (see transfer.format.ts), from one
 * consistent snapshot, streaming page by page so memory stays flat however big
 * the register is. The file appears under its name only once complete.
 * The file contains password and token hashes: treat it as secret.
 */
export async function exportRegister(db: Db, file: string, opts: ExportOptions = {}): Promise<TransferSummary> {
  const tables = transferTables();
  const exportedAt = opts.exportedAt ?? new Date().toISOString();
  const partial = `${file}.part`;
  const out = new FileWriter(partial);
  const bar = progressBar(opts.progress, 'Export {bar} {percentage}% | {value}/{total} rows | {table}');
  const rows: Record<string, number> = {};
  try {
    await db.transaction(
      async (tx) => {
        const counts = await repo.countRows(tx, tables);
        bar?.start([...counts.values()].reduce((a, b) => a + b, 0), 0, { table: '' });
        await out.write(headerLine(exportedAt));
        for (const [i, table] of tables.entries()) {
          bar?.update({ table: table.name });
          await out.write(tableOpenLine(table.name, i === 0));
          rows[table.name] = 0;
          let after: unknown[] | null = null;
          for (;;) {
            const page = await repo.readPage(tx, table, after, EXPORT_PAGE_ROWS);
            if (!page.length) break;
            let chunk = '';
            for (const json of page) chunk += rowLine(json, rows[table.name]++ === 0);
            await out.write(chunk);
            bar?.increment(page.length);
            if (page.length < EXPORT_PAGE_ROWS) break;
            const last = JSON.parse(page[page.length - 1]) as Record<string, unknown>;
            after = table.primaryKey.map((k) => last[k]);
          }
          await out.write(TABLE_CLOSE_LINE);
        }
        await out.write(FOOTER_LINE);
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await out.close();
    fs.renameSync(partial, file);
  } catch (err) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    bar?.stop();
  }
  return { rows, bytes: fs.statSync(file).size };
}

/** Rows of one table waiting to be inserted together. */
class Chunk {
  rows: string[] = [];
  bytes = 0;
  add(json: string) {
    this.rows.push(json);
    this.bytes += json.length + 1;
  }
  get full() {
    return this.rows.length >= IMPORT_CHUNK_ROWS || this.bytes >= IMPORT_CHUNK_BYTES;
  }
  take(): string {
    const text = `[${this.rows.join(',')}]`;
    this.rows = [];
    this.bytes = 0;
    return text;
  }
}

/** Whether the file ends with the closing line of an export ("}}", then optional whitespace). */
function endsWithFooter(file: string, size: number): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 16));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith('}}');
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs a database write for rows up to `line`, turning a refusal into a clear error. */
async function asRefusal(table: string, line: number, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const pg = pgErrorOf(err);
    if (!pg) throw err;
    // The driver's own error, not drizzle's wrapper (which repeats the whole chunk of rows).
    let cause: unknown = err;
    while (cause && (cause as { code?: unknown }).code !== pg.code) cause = (cause as { cause?: unknown }).cause;
    const detail = [(cause as Error | undefined)?.message, pg.detail].filter(Boolean).join(' — ');
    throw new TransferError('transfer.rowRejected', { table, line, detail });
  }
}

/**
 * Loads an export file into an EMPTY register, in one transaction: either the
 * whole register arrives or nothing does. Policy versions (reference data every
 * database loads at start) are replaced by the file's, and so are the audit
 * entries of that start-up load — the one deletion from the append-only audit
 * log, done inside the import's transaction. Refuses a database that
 * already holds data, a file of another format or version, and a truncated or
 * damaged file, each with a {@link TransferError} that says so. Records one
 * audit entry 'register.import'.
 */
export async function importRegister(db: Db, ctx: RequestContext, file: string, opts: { progress?: boolean } = {}): Promise<TransferSummary> {
  const tables = transferTables();
  const byName = new Map(tables.map((t) => [t.name, t]));
  const bytes = fs.statSync(file).size;
  // A cut-off file is refused before the database is touched (the reader checks the layout again as it goes).
  if (bytes > 0 && !endsWithFooter(file, bytes)) throw new TransferError('transfer.truncatedTail');
  const input = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  const next = lines[Symbol.asyncIterator]();
  const reader = new ExportReader();
  const bar = progressBar(opts.progress, 'Import {bar} {percentage}% | {table}');
  const rows: Record<string, number> = {};
  try {
    const first = await next.next();
    const header = reader.readHeader(first.done ? undefined : first.value);

    await db.transaction(async (tx) => {
      // Empty means: nothing but what every installation writes at start-up (policy versions and their audit entries).
      const occupied = await repo.firstNonEmptyTable(
        tx,
        tables.filter((t) => !REPLACED_TABLES.has(t.name) && t.name !== AUDIT_TABLE),
      );
      if (occupied) throw new TransferError('transfer.notEmpty', { table: occupied });
      if (await repo.hasNonStartupAuditEntries(tx)) throw new TransferError('transfer.notEmpty', { table: AUDIT_TABLE });
      const replacedStartupEntries = await repo.deleteStartupAuditEntries(tx);
      for (const t of [...tables].reverse()) if (REPLACED_TABLES.has(t.name)) await repo.deleteAll(tx, t);

      bar?.start(bytes, 0, { table: '' });
      let expected = 0;
      let table: TransferTable | null = null;
      const chunk = new Chunk();
      // Self-references wait until every row of the table exists: rows come in key order, not tree order.
      let pending = new Map<string, string[]>();
      const flush = async () => {
        if (!table || !chunk.rows.length) return;
        const t = table;
        const text = chunk.take();
        await asRefusal(t.name, reader.line, () => repo.insertRows(tx, t, text));
        bar?.update(input.bytesRead, { table: t.name });
      };

      for (let it = await next.next(); !it.done; it = await next.next()) {
        const event = reader.read(it.value);
        if (event.type === 'table') {
          const known = byName.get(event.table);
          if (!known) throw new TransferError('transfer.unknownTable', { table: event.table, line: reader.line });
          if (tables[expected]?.name !== event.table) {
            throw new TransferError('transfer.tableOrder', { table: event.table, line: reader.line, expected: tables[expected]?.name ?? '–' });
          }
          expected++;
          table = known;
          rows[table.name] = 0;
          pending = new Map(table.selfReferences.map((c) => [c, []]));
        } else if (event.type === 'row') {
          const t = table!;
          const row = parseRow(
            event.json,
            t.name,
            t.columns.map((c) => c.name),
            reader.line,
          );
          for (const [column, list] of pending) {
            if (row[column] === null) continue;
            const ref: Record<string, unknown> = { [column]: row[column] };
            for (const k of t.primaryKey) ref[k] = row[k];
            list.push(JSON.stringify(ref));
          }
          chunk.add(event.json);
          rows[t.name]++;
          if (chunk.full) await flush();
        } else if (event.type === 'tableEnd') {
          await flush();
          const t = table!;
          for (const [column, list] of pending) {
            for (let i = 0; i < list.length; i += IMPORT_CHUNK_ROWS) {
              const text = `[${list.slice(i, i + IMPORT_CHUNK_ROWS).join(',')}]`;
              await asRefusal(t.name, reader.line, () => repo.setSelfReferences(tx, t, column, text));
            }
          }
          table = null;
        }
      }
      reader.finish();
      if (expected < tables.length) {
        throw new TransferError('transfer.missingTables', { tables: tables.slice(expected).map((t) => t.name).join(', ') });
      }
      for (const t of tables) for (const c of t.columns) if (c.serial) await repo.resetSequence(tx, t, c.name);
      await audit(tx, ctx, {
        action: 'register.import',
        entityType: 'register',
        entityId: 'register',
        after: { file: path.basename(file), exportedAt: header.exportedAt, bytes, rows, replacedStartupEntries },
      });
      bar?.update(bytes);
    });
  } finally {
    bar?.stop();
    lines.close();
    input.destroy();
  }
  await vacuumAnalyze(db);
  return { rows, bytes };
}
