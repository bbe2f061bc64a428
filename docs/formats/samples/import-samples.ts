/**
 * Writes the import sample files next to this script from one list of rows:
 *   npx tsx docs/formats/samples/import-samples.ts
 * import-services.csv (UTF-8 with BOM, semicolons), import-services.xlsx (sheet
 * "Pakalpojumi") and import-services.jsonld (CPSV-AP 3.2.0). Codes refer to the
 * demo register (institution VID): import with `--institution VID`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const dir = path.dirname(fileURLToPath(import.meta.url));

const HEADER = ['kods', 'nosaukums', 'nosaukums_en', 'apraksts', 'saņēmēja_tips', 'mērķgrupas', 'sarežģītība', 'dzīves_cikla_posms', 'apstrādes_veids', 'vajadzības', 'kanāli_pieteikšanai', 'kanāli_saņemšanai', 'maksa', 'tiesiskais_pamats', 'dokumenti', 'rezultāts', 'tālrunis', 'e_pasts', 'tīmekļvietne', 'atslēgvārdi'];

const ROWS: string[][] = [
  ['VID-IMP-001', 'Gada ienākumu deklarācijas pieņemšana', 'Acceptance of the annual income tax return', 'Iedzīvotājs iesniedz gada ienākumu deklarāciju, lai aprēķinātu iedzīvotāju ienākuma nodokli un saņemtu pārmaksāto nodokli.', 'publisks individuāla labuma', 'iedzīvotāji', 'vienkāršs', 'sniegšana', 'elektroniski', 'N-IENAKUMU-DEKLARACIJA', 'VID-EDS', 'VID-EDS', 'bez maksas', 'Likums “Par iedzīvotāju ienākuma nodokli” https://likumi.lv/ta/id/56880', 'Gada ienākumu deklarācija\nIzdevumus apliecinoši dokumenti', 'Aprēķināts nodoklis vai pārmaksa', '+371 67120000', 'vid@vid.gov.lv', 'https://www.vid.gov.lv', 'deklarācija; IIN; nodokļu atmaksa'],
  ['', 'Nodokļu nomaksas grafika piešķiršana', 'Granting a tax payment schedule', 'Nodokļu maksātājs ar īslaicīgām grūtībām lūdz sadalīt nodokļu parāda samaksu termiņos.', 'publisks individuāla labuma', 'iedzīvotāji; komersanti', 'vienkāršs', 'sniegšana', 'jaukti', 'N-NODOKLU-GRUTIBAS', 'VID-EDS\nVID-CENTRE', 'VID-EDS', '0', 'Likums “Par nodokļiem un nodevām”, 24. pants https://likumi.lv/ta/id/33946', 'Iesniegums\nSaimnieciskās darbības plāns', 'Lēmums par samaksas termiņa pagarinājumu', '', '', '', 'nomaksas grafiks'],
  ['', 'Pievienotās vērtības nodokļa maksātāju reģistrēšana', 'Registering value added tax payers', 'Komersants reģistrējas PVN maksātāju reģistrā.', 'publisks individuāla labuma', 'komersanti', 'vienkāršs', 'sniegšana', 'elektroniski', 'N-PVN', 'VID-EDS', 'VID-EDS', 'bez maksas', 'Pievienotās vērtības nodokļa likums https://likumi.lv/ta/id/253451', 'Iesniegums reģistrācijai PVN maksātāju reģistrā', 'PVN numurs', '', '', '', 'PVN; reģistrācija'],
];

const csvCell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
fs.writeFileSync(path.join(dir, 'import-services.csv'), '\uFEFF' + [HEADER, ...ROWS].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n');

const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Pakalpojumi');
ws.addRow(HEADER).font = { bold: true };
for (const r of ROWS) ws.addRow(r);
ws.columns.forEach((c) => (c.width = 28));
fs.writeFileSync(path.join(dir, 'import-services.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));

const col = (r: string[], k: string) => r[HEADER.indexOf(k)];
const graph: Record<string, unknown>[] = [];
ROWS.forEach((r, i) => {
  const n = i + 1;
  const docs = col(r, 'dokumenti').split('\n').filter(Boolean);
  graph.push({
    '@id': `https://pakalpojumi.example.lv/imports/ps${n}`,
    '@type': 'PublicService',
    ...(col(r, 'kods') ? { 'dct:identifier': col(r, 'kods') } : {}),
    'dct:title': [
      { '@language': 'lv', '@value': col(r, 'nosaukums') },
      { '@language': 'en', '@value': col(r, 'nosaukums_en') },
    ],
    'dct:description': { '@language': 'lv', '@value': col(r, 'apraksts') },
    'cv:hasCompetentAuthority': { '@id': 'https://pakalpojumi.example.lv/iestades/VID' },
    'cv:hasChannel': col(r, 'kanāli_pieteikšanai').split('\n').map((c) => ({ '@id': `https://pakalpojumi.example.lv/kanali/${c}` })),
    'cv:hasCost': { '@id': `https://pakalpojumi.example.lv/imports/cost${n}` },
    'cv:hasLegalResource': { '@id': /https:\S+/.exec(col(r, 'tiesiskais_pamats'))![0] },
    'cpsv:hasInput': docs.map((_, j) => ({ '@id': `https://pakalpojumi.example.lv/imports/ev${n}-${j + 1}` })),
    'dcat:keyword': col(r, 'atslēgvārdi').split(';').map((k) => ({ '@language': 'lv', '@value': k.trim() })).filter((k) => k['@value']),
  });
  graph.push({ '@id': `https://pakalpojumi.example.lv/imports/cost${n}`, '@type': 'Cost', 'cv:value': 0, 'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/EUR' } });
  docs.forEach((d, j) => graph.push({ '@id': `https://pakalpojumi.example.lv/imports/ev${n}-${j + 1}`, '@type': 'Evidence', 'dct:title': { '@language': 'lv', '@value': d } }));
});
for (const c of ['VID-EDS', 'VID-CENTRE']) graph.push({ '@id': `https://pakalpojumi.example.lv/kanali/${c}`, '@type': 'Channel', 'dct:identifier': c });
graph.push({ '@id': 'https://pakalpojumi.example.lv/iestades/VID', '@type': 'PublicOrganization', 'skos:prefLabel': { '@language': 'lv', '@value': 'Valsts ieņēmumu dienests' } });
const doc = {
  '@context': [
    'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld',
    { cpsv: 'http://purl.org/vocab/cpsv#', cv: 'http://data.europa.eu/m8g/', dct: 'http://purl.org/dc/terms/', dcat: 'http://www.w3.org/ns/dcat#', skos: 'http://www.w3.org/2004/02/skos/core#' },
  ],
  '@graph': graph,
};
fs.writeFileSync(path.join(dir, 'import-services.jsonld'), JSON.stringify(doc, null, 2) + '\n');
console.log('wrote import-services.csv, .xlsx, .jsonld');
