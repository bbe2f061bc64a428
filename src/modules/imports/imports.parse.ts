import { parse as parseCsvText } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../../platform/errors.js';
import { columnOfHeader, type ColumnKey } from './imports.columns.js';
import { IMPORT_LIMITS, type ImportFormat } from './imports.limits.js';
import { checkZip, type ZipProblem } from './imports.zip.js';
import { readJsonLd } from './imports.jsonld.js';
import './imports.messages.js';

/** One data row of a file: its number as the user sees it (sheet row, CSV record, n-th service) and its cells by column. */
export interface SourceRow {
  row: number;
  cells: Partial<Record<ColumnKey, string>>;
  /** Cells that were formulas in the spreadsheet (kept as their text, never evaluated). */
  formulaColumns?: ColumnKey[];
}

/** A file-level note in the report (e.g. ignored column, decoded as Windows-1257). */
export interface FileNote {
  code: string;
  message: { lv: string; en: string };
}

export interface ParsedFile {
  format: ImportFormat;
  columns: ColumnKey[];
  rows: SourceRow[];
  /** Keys of file-level notes with params, translated by the caller. */
  notes: { code: string; key: string; params: Record<string, unknown> }[];
}

/**
 * The file cannot be read as a service list at all (empty, malformed,
 * truncated, too big, a zip bomb…): one problem naming the reason, and the
 * row/column when known. 415 for an unsupported format, 413 for size, else 422.
 */
export class ImportFileError extends DomainError {
  readonly status: number;
  readonly code = 'importFile';
  constructor(
    readonly reason: string,
    params: Record<string, unknown> = {},
    where?: { row?: number; column?: string },
    status = 422,
  ) {
    super(`imports.file.${reason}`, { reason, ...params }, where ? [{ path: [where.row ? `row ${where.row}` : '', where.column ?? ''].filter(Boolean).join(', '), code: reason, message: `imports.file.${reason}`, params: { reason, ...params } }] : []);
    this.status = status;
  }
}

/** The format of an upload from its content type (parameters ignored), else null. */
export function formatOfContentType(contentType: string | undefined): ImportFormat | null {
  const t = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (t === 'text/csv' || t === 'application/csv') return 'csv';
  if (t === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  if (t === 'application/ld+json') return 'jsonld';
  return null;
}

/** Parses an upload of the given format into rows of cells by column. Throws `ImportFileError`. */
export async function parseImportFile(buf: Buffer, format: ImportFormat): Promise<ParsedFile> {
  if (buf.length === 0) throw new ImportFileError('empty');
  if (buf.length > IMPORT_LIMITS.maxFileBytes) throw new ImportFileError('tooLarge', { limit: IMPORT_LIMITS.maxFileBytes, size: buf.length }, undefined, 413);
  if (format === 'csv') return parseCsv(buf);
  if (format === 'xlsx') return parseXlsx(buf);
  return readJsonLd(buf);
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */
/* ------------------------------------------------------------------ */

/**
 * Text of a CSV file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Bytes that
 * are not UTF-8 are decoded as Windows-1257 (Baltic), the encoding Excel uses
 * for "CSV" on Latvian Windows, and the report says so.
 */
export function decodeText(buf: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1257' } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  else if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  else if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1257').decode(buf), encoding: 'windows-1257' };
  }
}

/** The delimiter of the header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

function parseCsv(buf: Buffer): ParsedFile {
  const { text, encoding } = decodeText(buf);
  if (text.trim() === '') throw new ImportFileError('empty');
  if (text.includes('\u0000')) throw new ImportFileError('binary');
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parseCsvText(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: IMPORT_LIMITS.maxCellChars * 50,
      to_line: undefined,
    }) as string[][];
  } catch (err) {
    const e = err as { code?: string; lines?: number; message?: string };
    throw new ImportFileError('csvMalformed', { detail: csvErrorWords(e.code), line: e.lines ?? '?' }, { row: e.lines });
  }
  const notes: ParsedFile['notes'] = [];
  if (encoding === 'windows-1257') notes.push({ code: 'decodedWindows1257', key: 'imports.note.windows1257', params: {} });
  return tableOf('csv', records, notes, (i) => i + 1);
}

function csvErrorWords(code: string | undefined): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'quote not closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'invalid closing quote';
    case 'CSV_MAX_RECORD_SIZE':
      return 'record too large';
    default:
      return code ?? 'unreadable';
  }
}

/**
 * Rows of cells by column from a header row and data rows; refuses a table
 * without any known column and one with too many rows. `rowNo(i)` gives the
 * user-visible number of record i (0 = header).
 */
function tableOf(format: ImportFormat, records: string[][], notes: ParsedFile['notes'], rowNo: (i: number) => number, formulas?: Set<string>): ParsedFile {
  if (records.length === 0) throw new ImportFileError('empty');
  const header = records[0].slice(0, IMPORT_LIMITS.maxColumns);
  const columns: (ColumnKey | null)[] = header.map((h) => columnOfHeader(String(h ?? '')));
  const seen = new Set<ColumnKey>();
  columns.forEach((c, i) => {
    if (c === null) {
      if (String(header[i] ?? '').trim()) notes.push({ code: 'unknownColumn', key: 'imports.note.unknownColumn', params: { column: String(header[i]).trim().slice(0, 100) } });
    } else if (seen.has(c)) {
      throw new ImportFileError('duplicateColumn', { column: c }, { row: rowNo(0), column: c });
    } else seen.add(c);
  });
  if (!seen.has('nosaukums') && !seen.has('kods')) throw new ImportFileError('noKnownColumns', { found: header.slice(0, 10).join(', ').slice(0, 300) }, { row: rowNo(0) });
  const dataCount = records.length - 1;
  if (dataCount > IMPORT_LIMITS.maxRows) throw new ImportFileError('tooManyRows', { rows: dataCount, limit: IMPORT_LIMITS.maxRows });
  const rows: SourceRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const rec = records[i];
    const cells: SourceRow['cells'] = {};
    let any = false;
    const formulaColumns: ColumnKey[] = [];
    columns.forEach((c, j) => {
      if (!c) return;
      const v = rec[j] === undefined || rec[j] === null ? '' : String(rec[j]);
      if (v.trim() !== '') {
        cells[c] = v;
        any = true;
        if (formulas?.has(`${i}:${j}`)) formulaColumns.push(c);
      }
    });
    if (any) rows.push({ row: rowNo(i), cells, ...(formulaColumns.length ? { formulaColumns } : {}) });
  }
  if (rows.length === 0) throw new ImportFileError('noRows');
  return { format, columns: [...seen], rows, notes };
}

/* ------------------------------------------------------------------ */
/* XLSX                                                                */
/* ------------------------------------------------------------------ */

const ZIP_REASONS: Record<ZipProblem['reason'], string> = {
  notZip: 'xlsxNotZip',
  truncated: 'xlsxTruncated',
  tooManyEntries: 'zipBomb',
  tooLarge: 'zipBomb',
  ratio: 'zipBomb',
  sizeMismatch: 'zipBomb',
  unsupported: 'xlsxMalformed',
};

/** A cell as text: formulas as their formula text (never evaluated), dates as ISO dates. */
function cellText(cell: ExcelJS.Cell): { text: string; formula: boolean } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { text: '', formula: false };
  if (typeof v === 'string') return { text: v, formula: false };
  if (typeof v === 'number') return { text: String(v), formula: false };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', formula: false };
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10), formula: false };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return { text: `=${cell.formula ?? o.formula ?? ''}`, formula: true };
    if (Array.isArray(o.richText)) return { text: (o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''), formula: false };
    if (typeof o.text === 'string') return { text: o.text, formula: false };
    if (typeof o.error === 'string') return { text: o.error, formula: false };
  }
  return { text: String(v), formula: false };
}

async function parseXlsx(buf: Buffer): Promise<ParsedFile> {
  const problem = checkZip(buf);
  if (problem) throw new ImportFileError(ZIP_REASONS[problem.reason], { ...problem, limitBytes: IMPORT_LIMITS.maxUncompressedBytes, limitRatio: IMPORT_LIMITS.maxCompressionRatio });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw new ImportFileError('xlsxMalformed', { detail: String((err as Error)?.message ?? err).slice(0, 200) });
  }
  const ws = wb.worksheets.find((w) => w.name.trim().toLowerCase() === 'pakalpojumi') ?? wb.worksheets[0];
  if (!ws) throw new ImportFileError('empty');
  if (ws.actualRowCount > IMPORT_LIMITS.maxRows + 1) throw new ImportFileError('tooManyRows', { rows: ws.actualRowCount - 1, limit: IMPORT_LIMITS.maxRows });
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  const formulas = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rec: string[] = [];
    const last = Math.min(row.cellCount, IMPORT_LIMITS.maxColumns);
    for (let c = 1; c <= last; c++) {
      const { text, formula } = cellText(row.getCell(c));
      rec.push(text);
      if (formula) formulas.add(`${records.length}:${c - 1}`);
    }
    records.push(rec);
    rowNumbers.push(rowNumber);
  });
  return tableOf('xlsx', records, [], (i) => rowNumbers[i], formulas);
}
