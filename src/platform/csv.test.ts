import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvCell, toCsv } from './csv.js';

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(hostile).startsWith("'")).toBe(true);
    }
    expect(csvCell('Pases izsniegšana')).toBe('Pases izsniegšana');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a; b');
  });

  it('round-trips Latvian text, quotes, commas and newlines with a byte-order mark', () => {
    const rows = [{ name: 'Dzīvesvietas deklarēšana, "ātri"', note: 'rinda 1\nrinda 2' }];
    const csv = toCsv(rows, [
      { header: 'nosaukums', value: (r) => r.name },
      { header: 'piezīme', value: (r) => r.note },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([{ nosaukums: rows[0].name, 'piezīme': rows[0].note }]);
  });
});
