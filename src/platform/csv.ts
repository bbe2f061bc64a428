import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet treat a cell as a formula (CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: a value that would start a formula
 * gets a leading apostrophe, which spreadsheets show as plain text.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/**
 * Renders rows as RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads
 * Latvian letters right) and every cell neutralised against formula injection.
 */
export function toCsv<T>(rows: Iterable<T>, columns: CsvColumn<T>[], options: { bom?: boolean } = {}): string {
  const records: string[][] = [columns.map((c) => csvCell(c.header))];
  for (const row of rows) records.push(columns.map((c) => csvCell(c.value(row))));
  const body = stringify(records, { record_delimiter: '\r\n' });
  return options.bom === false ? body : `\uFEFF${body}`;
}
