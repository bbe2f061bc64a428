/**
 * The register export file: one JSON document laid out one row per line, so
 * both directions stream and a later export of the same data is byte-identical.
 *
 * ```
 * {"format":"pakalpojumu-registrs-export","version":1,"exportedAt":"…","tables":{
 * "institutions":[
 * {"id":"…",…}
 * ,{"id":"…",…}
 * ]
 * ,"people":[
 * ]
 * }}
 * ```
 * Separators lead the line, so appending a row never changes an existing line.
 * Column names are the SQL names; timestamps are UTC ISO strings with
 * microseconds; jsonb values are embedded as JSON; arrays as JSON arrays.
 */
import { t } from '../../platform/i18n.js';
import './transfer.messages.js';

export const EXPORT_FORMAT = 'pakalpojumu-registrs-export';
export const EXPORT_VERSION = 1;

/** The header fields of an export file. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
}

/** A problem with an export file or with importing it; the message is English, the key and params translate it. */
export class TransferError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(t('en', key, params));
    this.name = 'TransferError';
  }
}

/** The first line: the header with the `tables` object opened. */
export function headerLine(exportedAt: string): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt }).slice(0, -1)},"tables":{\n`;
}
/** Opens a table's row array. */
export const tableOpenLine = (table: string, first: boolean) => `${first ? '' : ','}${JSON.stringify(table)}:[\n`;
/** One row (already JSON text without newlines). */
export const rowLine = (json: string, first: boolean) => `${first ? '' : ','}${json}\n`;
export const TABLE_CLOSE_LINE = ']\n';
export const FOOTER_LINE = '}}\n';

/** What one line of an export file holds. */
export type ExportEvent =
  | { type: 'table'; table: string }
  | { type: 'row'; json: string }
  | { type: 'tableEnd'; table: string }
  | { type: 'end' };

/**
 * Reads an export file line by line and checks its layout. Feed it every line
 * in order (`header` first); it throws a {@link TransferError} naming the line on
 * anything out of place, and `finish()` throws when the file was cut short.
 */
export class ExportReader {
  private lineNo = 0;
  private state: 'header' | 'tables' | 'rows' | 'end' = 'header';
  private table: string | null = null;
  private rowsInTable = 0;
  private tablesSeen = 0;
  header: ExportHeader | null = null;

  /** The number of the last line read (1-based). */
  get line(): number {
    return this.lineNo;
  }

  /** Reads the first line; throws when it is not an export header of a supported version. */
  readHeader(line: string | undefined): ExportHeader {
    this.lineNo = 1;
    const suffix = ',"tables":{';
    if (line === undefined) throw new TransferError('transfer.notAnExport', { detail: 'the file is empty' });
    if (!line.endsWith(suffix)) throw new TransferError('transfer.notAnExport', { detail: 'no "tables" object opens on line 1' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(`${line.slice(0, -suffix.length)}}`);
    } catch {
      throw new TransferError('transfer.notAnExport', { detail: 'line 1 is not JSON' });
    }
    const h = parsed as Partial<ExportHeader> | null;
    if (!h || typeof h !== 'object' || h.format !== EXPORT_FORMAT) {
      throw new TransferError('transfer.notAnExport', { detail: `format is not "${EXPORT_FORMAT}"` });
    }
    if (h.version !== EXPORT_VERSION) throw new TransferError('transfer.unsupportedVersion', { version: String(h.version), supported: EXPORT_VERSION });
    if (typeof h.exportedAt !== 'string') throw new TransferError('transfer.notAnExport', { detail: 'exportedAt is missing' });
    this.header = h as ExportHeader;
    this.state = 'tables';
    return this.header;
  }

  /** Reads one line after the header. */
  read(line: string): ExportEvent {
    this.lineNo++;
    const bad = (detail: string) => new TransferError('transfer.badLine', { line: this.lineNo, detail });
    switch (this.state) {
      case 'header':
        throw bad('the header has not been read');
      case 'end':
        if (line.trim() === '') return { type: 'end' };
        throw bad('text after the end of the register');
      case 'tables': {
        if (line === '}}') {
          this.state = 'end';
          return { type: 'end' };
        }
        const m = /^(,?)("(?:[^"\\]|\\.)*"):\[$/.exec(line);
        if (!m) throw bad('a table name was expected');
        if ((m[1] === ',') !== this.tablesSeen > 0) throw bad('a misplaced comma before the table');
        this.table = JSON.parse(m[2]) as string;
        this.tablesSeen++;
        this.rowsInTable = 0;
        this.state = 'rows';
        return { type: 'table', table: this.table };
      }
      case 'rows': {
        if (line === ']') {
          this.state = 'tables';
          return { type: 'tableEnd', table: this.table! };
        }
        const first = this.rowsInTable === 0;
        if (first ? !line.startsWith('{') : !line.startsWith(',{')) throw bad(first ? 'a row object was expected' : 'a row must start with ",{"');
        this.rowsInTable++;
        return { type: 'row', json: first ? line : line.slice(1) };
      }
    }
  }

  /** Called at the end of the file: throws when the register was cut short. */
  finish(): void {
    if (this.state === 'header') throw new TransferError('transfer.notAnExport', { detail: 'the file is empty' });
    if (this.state !== 'end') throw new TransferError('transfer.truncated', { line: this.lineNo });
  }
}

/**
 * Parses one row and checks it has exactly the table's columns.
 * Returns the parsed object (the raw text is what goes to the database).
 */
export function parseRow(json: string, table: string, columns: readonly string[], line: number): Record<string, unknown> {
  let row: unknown;
  try {
    row = JSON.parse(json);
  } catch (err) {
    throw new TransferError('transfer.badLine', { line, detail: `the row is not valid JSON (${(err as Error).message})` });
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new TransferError('transfer.badLine', { line, detail: 'the row is not an object' });
  const keys = Object.keys(row);
  if (keys.length !== columns.length || !columns.every((c) => Object.hasOwn(row as object, c))) {
    const missing = columns.filter((c) => !Object.hasOwn(row as object, c));
    const extra = keys.filter((k) => !columns.includes(k));
    throw new TransferError('transfer.columns', { table, line, missing: missing.join(', ') || '–', extra: extra.join(', ') || '–' });
  }
  return row as Record<string, unknown>;
}
