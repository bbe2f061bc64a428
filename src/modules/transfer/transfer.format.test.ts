import { is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../platform/db/schema.js';
import { transferTables } from './transfer.catalogue.js';
import { ExportReader, FOOTER_LINE, TABLE_CLOSE_LINE, type TransferError, headerLine, parseRow, rowLine, tableOpenLine } from './transfer.format.js';

/** An export file as the exporter lays it out. */
function file(tables: [string, string[]][], exportedAt = '2025-01-01T00:00:00.000Z'): string {
  let out = headerLine(exportedAt);
  tables.forEach(([name, rows], i) => {
    out += tableOpenLine(name, i === 0);
    rows.forEach((r, j) => (out += rowLine(r, j === 0)));
    out += TABLE_CLOSE_LINE;
  });
  return out + FOOTER_LINE;
}

function readAll(text: string) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const reader = new ExportReader();
  reader.readHeader(lines[0]);
  const events = lines.slice(1).map((l) => reader.read(l));
  reader.finish();
  return { reader, events };
}

const errorOf = (fn: () => unknown): TransferError => {
  try {
    fn();
  } catch (err) {
    return err as TransferError;
  }
  throw new Error('expected an error');
};

describe('export file layout', () => {
  it('is one valid JSON document, one row per line', () => {
    const text = file([
      ['a', ['{"id":1}', '{"id":2}']],
      ['b', []],
    ]);
    expect(JSON.parse(text)).toEqual({ format: 'pakalpojumu-registrs-export', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', tables: { a: [{ id: 1 }, { id: 2 }], b: [] } });
    const { events, reader } = readAll(text);
    expect(events.map((e) => e.type)).toEqual(['table', 'row', 'row', 'tableEnd', 'table', 'tableEnd', 'end']);
    expect(events.filter((e) => e.type === 'row').map((e) => (e as { json: string }).json)).toEqual(['{"id":1}', '{"id":2}']);
    expect(reader.header?.exportedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('appending a row adds one line and changes no other', () => {
    const before = file([['a', ['{"id":1}', '{"id":2}']]]).split('\n');
    const after = file([['a', ['{"id":1}', '{"id":2}', '{"id":3}']]]).split('\n');
    expect(after.filter((l) => !before.includes(l))).toEqual([',{"id":3}']);
    expect(after.length).toBe(before.length + 1);
  });

  it('refuses a first line that is not the header, naming the problem', () => {
    const reader = new ExportReader();
    expect(errorOf(() => reader.readHeader(undefined)).key).toBe('transfer.notAnExport');
    expect(errorOf(() => reader.readHeader('[1,2,3]')).message).toMatch(/not a register export/);
    expect(errorOf(() => reader.readHeader('{"format":"other","version":1,"exportedAt":"x","tables":{')).key).toBe('transfer.notAnExport');
    expect(errorOf(() => reader.readHeader('{"format":"pakalpojumu-registrs-export","version":7,"exportedAt":"x","tables":{')).message).toMatch(/version 7 is not supported/);
  });

  it('reports a file cut off inside a table as truncated, with the line', () => {
    const lines = file([['a', ['{"id":1}', '{"id":2}']]]).split('\n').slice(0, 3);
    const reader = new ExportReader();
    reader.readHeader(lines[0]);
    lines.slice(1).forEach((l) => reader.read(l));
    const err = errorOf(() => reader.finish());
    expect(err.key).toBe('transfer.truncated');
    expect(err.message).toMatch(/line 3/);
  });

  it('refuses misplaced commas and stray text, naming the line', () => {
    const reader = new ExportReader();
    reader.readHeader(headerLine('x').trimEnd());
    expect(errorOf(() => reader.read(',"a":[')).message).toMatch(/Line 2 .*misplaced comma/);
    const r2 = new ExportReader();
    r2.readHeader(headerLine('x').trimEnd());
    r2.read('"a":[');
    r2.read('{"id":1}');
    expect(errorOf(() => r2.read('{"id":2}')).message).toMatch(/Line 4 .*",\{"/);
    const r3 = new ExportReader();
    r3.readHeader(headerLine('x').trimEnd());
    r3.read('}}');
    expect(errorOf(() => r3.read('more')).key).toBe('transfer.badLine');
  });

  it('checks that a row has exactly the columns of its table', () => {
    expect(parseRow('{"a":1,"b":null}', 't', ['a', 'b'], 5)).toEqual({ a: 1, b: null });
    const err = errorOf(() => parseRow('{"a":1,"c":2}', 't', ['a', 'b'], 5));
    expect(err.key).toBe('transfer.columns');
    expect(err.message).toContain('missing: b; unknown: c');
    expect(errorOf(() => parseRow('{"a":', 't', ['a'], 9)).message).toMatch(/Line 9 .*not valid JSON/);
  });
});

describe('exported tables', () => {
  const tables = transferTables();
  const names = tables.map((t) => t.name);

  it('are every table of the schema except the transient sessions and sign-in attempts', () => {
    expect(names).not.toContain('sessions');
    expect(names).not.toContain('login_attempts');
    for (const t of ['audit_log', 'accounts', 'api_tokens', 'role_assignments', 'policy_versions', 'jobs', 'service_version_links']) expect(names).toContain(t);
  });

  it('come after every table they reference', () => {
    const schemaTables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
    for (const table of schemaTables) {
      const config = getTableConfig(table);
      if (!names.includes(config.name)) continue;
      for (const fk of config.foreignKeys) {
        const target = getTableConfig(fk.reference().foreignTable).name;
        if (target !== config.name) expect(names.indexOf(target), `${config.name} → ${target}`).toBeLessThan(names.indexOf(config.name));
      }
    }
  });

  it('know their keys, self-references and serial columns', () => {
    const byName = new Map(tables.map((t) => [t.name, t]));
    expect(byName.get('institutions')!.selfReferences).toEqual(['parent_id']);
    expect(byName.get('services')!.selfReferences).toEqual(['template_service_id']);
    expect(byName.get('service_version_links')!.primaryKey).toEqual(['version_id', 'kind', 'target_service_id']);
    expect(byName.get('audit_log')!.columns.filter((c) => c.serial).map((c) => c.name)).toEqual(['id']);
    expect(byName.get('audit_log')!.columns.find((c) => c.name === 'at')!.kind).toBe('timestamptz');
  });
});
