import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkZip } from './imports.zip.js';
import { ImportFileError, parseImportFile } from './imports.parse.js';
import { readRow } from './imports.rules.js';

/** A minimal zip with one stored-or-deflated entry, sizes as given (to forge a lying header). */
function zipOf(name: string, data: Buffer, opts: { declaredSize?: number } = {}): Buffer {
  const deflated = zlib.deflateRawSync(data);
  const nameBuf = Buffer.from(name);
  const size = opts.declaredSize ?? data.length;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const cen = Buffer.alloc(46);
  cen.writeUInt32LE(0x02014b50, 0);
  cen.writeUInt16LE(8, 10);
  cen.writeUInt32LE(deflated.length, 20);
  cen.writeUInt32LE(size, 24);
  cen.writeUInt16LE(nameBuf.length, 28);
  cen.writeUInt32LE(0, 42);
  const body = Buffer.concat([local, nameBuf, deflated]);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(46 + nameBuf.length, 12);
  eocd.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, cen, nameBuf, eocd]);
}

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ImportFileError) return err.reason;
    throw err;
  }
  return 'none';
}

describe('import parsing: CSV', () => {
  it('detects semicolons, drops the BOM and keeps quoted new lines', async () => {
    const f = await parseImportFile(Buffer.from('\uFEFFnosaukums;apraksts\n"Pakalpojums";"viena\notra"\n'), 'csv');
    expect(f.rows).toEqual([{ row: 2, cells: { nosaukums: 'Pakalpojums', apraksts: 'viena\notra' } }]);
  });

  it('reads Windows-1257 bytes as Baltic text and says so', async () => {
    // "nosaukums\nĀtrā palīdzība" in Windows-1257: Ā=0xC2, ā=0xE2, ī=0xEE
    const bytes = Buffer.concat([Buffer.from('nosaukums\n'), Buffer.from([0xc2, 0x74, 0x72, 0xe2, 0x20, 0x70, 0x61, 0x6c, 0xee, 0x64, 0x7a, 0xee, 0x62, 0x61, 0x0a])]);
    const f = await parseImportFile(bytes, 'csv');
    expect(f.rows[0].cells.nosaukums).toBe('Ātrā palīdzība');
    expect(f.notes.map((n) => n.code)).toEqual(['decodedWindows1257']);
  });

  it('refuses an empty file, a file without known columns and an unclosed quote', async () => {
    expect(await reason(parseImportFile(Buffer.alloc(0), 'csv'))).toBe('empty');
    expect(await reason(parseImportFile(Buffer.from('a,b\n1,2\n'), 'csv'))).toBe('noKnownColumns');
    expect(await reason(parseImportFile(Buffer.from('nosaukums\n"nav beigu\n'), 'csv'))).toBe('csvMalformed');
  });

  it('rejects a row with a 25,000-character cell, naming the column', async () => {
    const f = await parseImportFile(Buffer.from(`nosaukums,apraksts\nPakalpojums,${'a'.repeat(25_000)}\n`), 'csv');
    const r = readRow(f.rows[0]);
    expect(r.errors).toMatchObject([{ column: 'apraksts', code: 'cellTooLong' }]);
  });

  it('keeps cells starting with = + - @ as text and warns', async () => {
    const f = await parseImportFile(Buffer.from('nosaukums,apraksts\n"=HYPERLINK(""http://x"")",@SUM(A1)\n'), 'csv');
    const r = readRow(f.rows[0]);
    expect(r.input.nameLv).toBe('=HYPERLINK("http://x")');
    expect(r.warnings.map((w) => [w.column, w.code])).toEqual([
      ['nosaukums', 'formula'],
      ['apraksts', 'formula'],
    ]);
  });
});

describe('import parsing: XLSX and zip bombs', () => {
  it('refuses a zip whose entry inflates far beyond a sane ratio, before parsing it', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200_000);
    expect(checkZip(bomb)).toMatchObject({ reason: 'ratio' });
    expect(await reason(parseImportFile(bomb, 'xlsx'))).toBe('zipBomb');
  });

  it('catches an entry that lies about its uncompressed size', () => {
    const liar = zipOf('xl/sharedStrings.xml', Buffer.alloc(5 * 1024 * 1024, 0x41), { declaredSize: 1000 });
    expect(checkZip(liar)).toMatchObject({ reason: 'sizeMismatch' });
  });

  it('refuses a truncated workbook and a file that is not a zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Pakalpojumi').addRow(['nosaukums']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await reason(parseImportFile(buf.subarray(0, buf.length - 100), 'xlsx'))).toBe('xlsxTruncated');
    expect(await reason(parseImportFile(Buffer.from('nosaukums\nx\n'), 'xlsx'))).toBe('xlsxNotZip');
  });
});

describe('import parsing: JSON-LD', () => {
  it('refuses malformed JSON and a graph without public services', async () => {
    expect(await reason(parseImportFile(Buffer.from('{"@graph": ['), 'jsonld'))).toBe('jsonMalformed');
    expect(await reason(parseImportFile(Buffer.from('{"@graph": [{"@type": "Channel"}]}'), 'jsonld'))).toBe('noPublicServices');
  });
});

describe('import samples in docs/formats/samples', () => {
  it('read without file problems or row errors in all three formats', async () => {
    const fs = await import('node:fs');
    const dir = new URL('../../../docs/formats/samples/', import.meta.url);
    for (const [name, format] of [['import-services.csv', 'csv'], ['import-services.xlsx', 'xlsx'], ['import-services.jsonld', 'jsonld']] as const) {
      const f = await parseImportFile(fs.readFileSync(new URL(name, dir)), format);
      expect(f.rows, name).toHaveLength(3);
      expect(f.notes, name).toEqual([]);
      for (const r of f.rows) expect(readRow(r).errors, `${name} row ${r.row}`).toEqual([]);
      expect(f.rows[0].cells.nosaukums).toBe('Gada ienākumu deklarācijas pieņemšana');
    }
  });
});
