import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';
import { assignRole, buildUser } from '../../../test/helpers/factories.js';
import { buildChannelPoint, buildLifeSituation, buildNeed, buildService, buildServiceOwner } from '../../../test/helpers/service-factories.js';
import { auditLog } from '../audit/audit.table.js';
import { services, serviceVersions } from '../services/services.table.js';
import { importsIdle } from './imports.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a file and waits for the import job; returns the finished import with its whole report. */
async function runImport(token: string, body: Buffer | string, contentType: string, query: Record<string, string> = {}) {
  const qs = new URLSearchParams({ dryRun: 'true', ...query }).toString();
  const res = await t.api({ method: 'POST', url: `/api/v1/imports?${qs}`, token, headers: { 'content-type': contentType }, payload: body });
  if (res.statusCode !== 202) return { res, imp: null as never };
  const id = res.json().id as string;
  await importsIdle(db());
  const got = await t.api({ method: 'GET', url: `/api/v1/imports/${id}?pageSize=200`, token });
  expect(got.statusCode, got.body).toBe(200);
  return { res, imp: got.json() };
}

async function servicesOf(institutionId: string) {
  return db().select().from(services).where(eq(services.ownerInstitutionId, institutionId));
}

/** An owner with a need (in a life situation) and a web channel point, for rows that refer to them by code. */
async function owner() {
  const o = await buildServiceOwner(db());
  const ls = await buildLifeSituation(db());
  const need = await buildNeed(db(), { lifeSituationIds: [ls.id] });
  const web = await buildChannelPoint(db(), o.institution.id, 'institutionPortal');
  return { ...o, need, web };
}

const header = 'kods;nosaukums;nosaukums_en;apraksts;saņēmēja_tips;mērķgrupas;sarežģītība;vajadzības;kanāli_pieteikšanai;maksa;tiesiskais_pamats;dokumenti';

describe('imports: CSV dry run and import', () => {
  it('reads a UTF-8 CSV with a BOM, semicolons and a quoted multi-line cell; a dry run reports and writes nothing', async () => {
    const o = await owner();
    const csv =
      '\uFEFF' +
      `${header}\n` +
      `;Būvatļaujas izsniegšana privātpersonām;Building permit;"Būvvalde izsniedz\nbūvatļauju";publisks individuāla labuma;iedzīvotāji, komersanti;vienkāršs;${o.need.code};${o.web.code};"12,50";Būvniecības likums https://likumi.lv/ta/id/258572;"Iesniegums\nBūvprojekts"\n` +
      `;Koku ciršanas atļaujas izsniegšana;;;publicIndividual;residents;simple;;;bez maksas;;\n`;
    const { res, imp } = await runImport(o.pm.token, csv, CSV);
    expect(res.statusCode, res.body).toBe(202);
    expect(imp.status).toBe('done');
    expect(imp.applied).toBe(false);
    expect(imp.totalRows).toBe(2);
    expect(imp.processedRows).toBe(2);
    expect(imp.counts).toMatchObject({ create: 2, update: 0, reject: 0 });
    expect(imp.report.items.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
    ]);
    expect(await servicesOf(o.institution.id)).toHaveLength(0);
  });

  it('imports in one transaction: drafts with fee, legal basis, documents, needs and channels, audited per service and once for the import', async () => {
    const o = await owner();
    const csv =
      `${header}\n` +
      `;Būvatļaujas izsniegšana privātpersonām;Building permit;"Būvvalde izsniedz\nbūvatļauju";publisks individuāla labuma;iedzīvotāji;vienkāršs;${o.need.code};${o.web.code};"12,50";Būvniecības likums https://likumi.lv/ta/id/258572;"Iesniegums\nBūvprojekts"\n`;
    const { imp } = await runImport(o.pm.token, csv, CSV, { dryRun: 'false' });
    expect(imp.status, JSON.stringify(imp)).toBe('done');
    expect(imp.applied).toBe(true);
    const rows = await servicesOf(o.institution.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('draft');
    expect(rows[0].code).toBe(`${o.institution.code}-0001`);
    expect(imp.report.items[0].code).toBe(rows[0].code);
    const detail = (await t.api({ method: 'GET', url: `/api/v1/services/${rows[0].id}`, token: o.pm.token })).json();
    expect(detail.description.nameLv).toBe('Būvatļaujas izsniegšana privātpersonām');
    expect(detail.description.descriptionLv).toBe('Būvvalde izsniedz\nbūvatļauju');
    expect(detail.description.fee).toMatchObject({ free: false, amountEur: 12.5 });
    expect(detail.description.legalBasis).toMatchObject([{ act: 'Būvniecības likums', url: 'https://likumi.lv/ta/id/258572' }]);
    expect(detail.description.requiredDocuments.map((d: { lv: string }) => d.lv)).toEqual(['Iesniegums', 'Būvprojekts']);
    expect(detail.needs.map((n: { code: string }) => n.code)).toEqual([o.need.code]);
    expect(detail.channelPoints.map((c: { code: string; phase: string }) => [c.code, c.phase])).toEqual([[o.web.code, 'request']]);
    const trail = await db().select().from(auditLog).where(eq(auditLog.entityId, rows[0].id));
    expect(trail.map((a) => a.action)).toEqual(['service.create']);
    const importAudit = await db().select().from(auditLog).where(and(eq(auditLog.entityId, o.institution.id), eq(auditLog.action, 'import.services')));
    expect(importAudit).toHaveLength(1);
    // The list read model knows the new draft.
    const list = (await t.api({ method: 'GET', url: `/api/v1/services?ownerInstitutionId=${o.institution.id}`, token: o.pm.token })).json();
    expect(list.total).toBe(1);
  });

  it('is all or nothing: one bad row writes zero services, unless skipRejected=true', async () => {
    const o = await owner();
    const csv = `kods,nosaukums,saņēmēja_tips\n,Pirmā pakalpojuma izsniegšana,publicIndividual\n,Otrā pakalpojuma izsniegšana,nezināms tips\n`;
    const { imp } = await runImport(o.pm.token, csv, CSV, { dryRun: 'false' });
    expect(imp.status).toBe('failed');
    expect(imp.applied).toBe(false);
    expect(imp.failure.code).toBe('rejectedRows');
    const rejected = imp.report.items.find((r: { action: string }) => r.action === 'reject');
    expect(rejected.row).toBe(3);
    expect(rejected.errors[0]).toMatchObject({ column: 'saņēmēja_tips', code: 'unknownValue' });
    expect(rejected.errors[0].message.lv).toContain('nezināms tips');
    expect(await servicesOf(o.institution.id)).toHaveLength(0);

    const again = await runImport(o.pm.token, csv, CSV, { dryRun: 'false', skipRejected: 'true' });
    expect(again.imp.applied).toBe(true);
    expect(await servicesOf(o.institution.id)).toHaveLength(1);
  });

  it('updates a service of the institution by its code and creates a new draft version of a published one', async () => {
    const o = await owner();
    const s = await buildService(db(), { ownerInstitutionId: o.institution.id, nameLv: 'Vecais nosaukums pakalpojumam' });
    const csv = `kods,nosaukums,apraksts\n${s.code},Jaunais pakalpojuma nosaukums,Jauns apraksts\n`;
    const dry = await runImport(o.pm.token, csv, CSV);
    expect(dry.imp.report.items[0]).toMatchObject({ action: 'update', code: s.code });
    const { imp } = await runImport(o.pm.token, csv, CSV, { dryRun: 'false' });
    expect(imp.counts).toMatchObject({ create: 0, update: 1 });
    const [v] = await db().select().from(serviceVersions).where(eq(serviceVersions.serviceId, s.id));
    expect(v.nameLv).toBe('Jaunais pakalpojuma nosaukums');
    expect(v.descriptionLv).toBe('Jauns apraksts');
    const trail = await db().select().from(auditLog).where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'service.update')));
    expect(trail).toHaveLength(1);
  });
});

describe('imports: formats, authorisation and refused files', () => {
  it('reads the "Pakalpojumi" sheet of an XLSX made with exceljs; formula cells are text with a warning', async () => {
    const o = await owner();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Piezīmes').addRow(['nav datu']);
    const ws = wb.addWorksheet('Pakalpojumi');
    ws.addRow(['Nosaukums', 'Saņēmēja tips', 'Apraksts']);
    ws.addRow(['Atļaujas izsniegšana ielu tirdzniecībai', 'publisks individuāla labuma', { formula: 'HYPERLINK("http://evil.example","x")', result: 'x' }]);
    ws.addRow(['Reklāmas izvietošanas saskaņošana', 'publicIndividual', '=1+2']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const { imp } = await runImport(o.pm.token, buf, XLSX, { dryRun: 'false' });
    expect(imp.status, JSON.stringify(imp)).toBe('done');
    expect(imp.counts.create).toBe(2);
    expect(imp.report.items.map((r: { warnings: { code: string }[] }) => r.warnings.some((w) => w.code === 'formula'))).toEqual([true, true]);
    const [v] = await db()
      .select({ d: serviceVersions.descriptionLv })
      .from(serviceVersions)
      .innerJoin(services, eq(services.id, serviceVersions.serviceId))
      .where(and(eq(services.ownerInstitutionId, o.institution.id), eq(serviceVersions.nameLv, 'Reklāmas izvietošanas saskaņošana')));
    expect(v.d).toBe('=1+2');
  });

  it('reads CPSV-AP JSON-LD PublicService objects with title, description, cost, legal resource, inputs and channels', async () => {
    const o = await owner();
    const doc = {
      '@context': ['https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld', { cpsv: 'http://purl.org/vocab/cpsv#', cv: 'http://data.europa.eu/m8g/', dct: 'http://purl.org/dc/terms/' }],
      '@graph': [
        {
          '@id': 'ex:ps1',
          '@type': 'PublicService',
          'dct:identifier': 'JSONLD-1',
          'dct:title': [{ '@language': 'lv', '@value': 'Dzīvesvietas deklarēšana elektroniski' }, { '@language': 'en', '@value': 'Declaring the place of residence' }],
          'dct:description': { '@language': 'lv', '@value': 'Deklarē dzīvesvietu.' },
          'cv:hasChannel': { '@id': 'ex:ch1' },
          'cv:hasCost': { '@id': 'ex:cost1' },
          'cv:hasLegalResource': { '@id': 'https://likumi.lv/ta/id/317193' },
          'cpsv:hasInput': { '@id': 'ex:ev1' },
        },
        { '@id': 'ex:ch1', '@type': 'Channel', 'dct:identifier': o.web.code },
        { '@id': 'ex:cost1', '@type': 'Cost', 'cv:value': 0, 'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/EUR' } },
        { '@id': 'ex:ev1', '@type': 'Evidence', 'dct:title': { '@language': 'lv', '@value': 'Personu apliecinošs dokuments' } },
      ],
    };
    const { imp } = await runImport(o.pm.token, JSON.stringify(doc), 'application/ld+json', { dryRun: 'false' });
    expect(imp.status, JSON.stringify(imp)).toBe('done');
    expect(imp.report.items[0]).toMatchObject({ row: 1, action: 'create', code: 'JSONLD-1' });
    const [s] = await db().select().from(services).where(eq(services.code, 'JSONLD-1'));
    const detail = (await t.api({ method: 'GET', url: `/api/v1/services/${s.id}`, token: o.pm.token })).json();
    expect(detail.description.nameEn).toBe('Declaring the place of residence');
    expect(detail.description.fee).toMatchObject({ free: true });
    expect(detail.description.legalBasis[0].url).toBe('https://likumi.lv/ta/id/317193');
    expect(detail.description.requiredDocuments[0].lv).toBe('Personu apliecinošs dokuments');
    expect(detail.channelPoints[0].code).toBe(o.web.code);
  });

  it('refuses an import into another institution with 403, a wrong content type with 415, a truncated XLSX with 422', async () => {
    const o = await owner();
    const other = await buildServiceOwner(db());
    const csv = 'nosaukums\nPakalpojuma izsniegšana citai iestādei\n';
    const forbidden = await runImport(o.pm.token, csv, CSV, { institutionId: other.institution.id });
    expect(forbidden.res.statusCode).toBe(403);
    const pdf = await runImport(o.pm.token, Buffer.from('%PDF-1.4'), 'application/pdf');
    expect(pdf.res.statusCode).toBe(415);
    const json = await runImport(o.pm.token, JSON.stringify({ nosaukums: 'x' }), 'application/json');
    expect(json.res.statusCode).toBe(415);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Pakalpojumi').addRow(['nosaukums']);
    const full = Buffer.from(await wb.xlsx.writeBuffer());
    const truncated = await runImport(o.pm.token, full.subarray(0, Math.floor(full.length * 0.6)), XLSX);
    expect(truncated.res.statusCode).toBe(422);
    expect(truncated.res.headers['content-type']).toContain('application/problem+json');
    expect(truncated.res.json()).toMatchObject({ code: 'importFile', status: 422 });
    expect(truncated.res.json().title).toMatch(/XLSX/);
    const empty = await runImport(o.pm.token, Buffer.alloc(0), CSV);
    expect([400, 422]).toContain(empty.res.statusCode);
  });

  it('lets a service manager update their own service but rejects rows creating services', async () => {
    const o = await owner();
    const s = await buildService(db(), { ownerInstitutionId: o.institution.id, nameLv: 'Pakalpojums vadītāja pārziņā' }, { managerPersonId: o.manager.person.id });
    const csv = `kods,nosaukums\n${s.code},Labots pakalpojuma nosaukums\n,Jauna pakalpojuma izveide\n`;
    const { imp } = await runImport(o.manager.token, csv, CSV);
    expect(imp.report.items.map((r: { action: string }) => r.action)).toEqual(['update', 'reject']);
    expect(imp.report.items[1].errors[0].code).toBe('createForbidden');
    const stranger = await buildUser(db(), o.institution.id);
    await assignRole(db(), 'serviceOwner', o.institution.id, stranger.person.id, null);
    const other = await buildServiceOwner(db());
    const res = await t.api({ method: 'GET', url: `/api/v1/imports/${imp.id}`, token: other.pm.token });
    expect(res.statusCode).toBe(404);
  });
});

describe('imports: progress', () => {
  it('reports progress every 500 rows while validating, and the finished import shows processed = total', async () => {
    const o = await owner();
    const { planImport } = await import('./imports.engine.js');
    const { parseImportFile } = await import('./imports.parse.js');
    const lines = ['nosaukums'];
    for (let i = 1; i <= 1200; i++) lines.push(`Atļaujas izsniegšana numur ${i}`);
    const csv = lines.join('\n') + '\n';
    const seen: [number, number][] = [];
    const { SYSTEM_ACTOR } = await import('../../platform/actor.js');
    await planImport(db(), SYSTEM_ACTOR, o.institution, await parseImportFile(Buffer.from(csv), 'csv'), async (done, total) => {
      seen.push([done, total]);
    });
    expect(seen).toEqual([
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
    const { imp } = await runImport(o.pm.token, csv, CSV);
    expect(imp).toMatchObject({ status: 'done', totalRows: 1200, processedRows: 1200 });
    expect(imp.report.total).toBe(1200);
    expect(imp.report.items).toHaveLength(200);
  });
});
