import { COMPLEXITIES, LIFECYCLE_STAGES, PROCESSING_MODES, RECIPIENT_TYPES, TARGET_GROUPS } from '../../shared/enums.js';

/**
 * The documented columns of an import file (docs/formats/import.md): a
 * canonical Latvian name, English aliases, and the description field it
 * fills. Headers match case-, diacritic-, space- and hyphen-insensitively.
 */
export const IMPORT_COLUMNS = [
  { key: 'kods', aliases: ['code', 'pakalpojuma_kods', 'service_code', 'identifier'], field: 'code' },
  { key: 'nosaukums', aliases: ['name', 'name_lv', 'nosaukums_lv', 'title'], field: 'nameLv' },
  { key: 'nosaukums_en', aliases: ['name_en', 'title_en'], field: 'nameEn' },
  { key: 'apraksts', aliases: ['description', 'description_lv', 'apraksts_lv'], field: 'descriptionLv' },
  { key: 'apraksts_en', aliases: ['description_en'], field: 'descriptionEn' },
  { key: 'saņēmēja_tips', aliases: ['recipient_type', 'pakalpojuma_veids', 'veids'], field: 'recipientType' },
  { key: 'mērķgrupas', aliases: ['target_groups', 'merka_grupas'], field: 'targetGroups' },
  { key: 'sarežģītība', aliases: ['complexity'], field: 'complexity' },
  { key: 'dzīves_cikla_posms', aliases: ['lifecycle_stage', 'posms'], field: 'lifecycleStage' },
  { key: 'apstrādes_veids', aliases: ['processing_mode'], field: 'processingMode' },
  { key: 'vajadzības', aliases: ['needs', 'need_codes', 'vajadzibu_kodi'], field: 'needIds' },
  { key: 'kanāli_pieteikšanai', aliases: ['kanāli', 'request_channels', 'channels'], field: 'channelPoints' },
  { key: 'kanāli_saņemšanai', aliases: ['receipt_channels'], field: 'channelPoints' },
  { key: 'maksa', aliases: ['fee', 'cena', 'cost'], field: 'fee' },
  { key: 'tiesiskais_pamats', aliases: ['legal_basis', 'normatīvie_akti'], field: 'legalBasis' },
  { key: 'dokumenti', aliases: ['required_documents', 'documents', 'nepieciešamie_dokumenti'], field: 'requiredDocuments' },
  { key: 'priekšnoteikumi', aliases: ['prerequisites'], field: 'prerequisites' },
  { key: 'rezultāts', aliases: ['result', 'result_lv'], field: 'resultLv' },
  { key: 'rezultāts_en', aliases: ['result_en'], field: 'resultEn' },
  { key: 'tālrunis', aliases: ['phone', 'telefons'], field: 'contacts' },
  { key: 'e_pasts', aliases: ['email', 'epasts'], field: 'contacts' },
  { key: 'tīmekļvietne', aliases: ['url', 'website', 'saite'], field: 'contacts' },
  { key: 'atslēgvārdi', aliases: ['keywords'], field: 'keywords' },
  { key: 'pakalpojuma_vadītājs', aliases: ['service_manager'], field: 'manager' },
] as const;

export type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** "Saņēmēja tips" → "sanemeja_tips": the form headers are compared in. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-.]+/g, '_');
}

const HEADER_INDEX = new Map<string, ColumnKey>();
for (const c of IMPORT_COLUMNS) for (const name of [c.key, ...c.aliases]) HEADER_INDEX.set(normaliseHeader(name), c.key);

/** The column a header names, or null for an unknown header. */
export const columnOfHeader = (h: string): ColumnKey | null => HEADER_INDEX.get(normaliseHeader(h)) ?? null;

/** The column a description field (or the first segment of a validation path) is read from. */
export function columnOfField(path: string): ColumnKey | '' {
  const field = path.split(/[.[]/)[0];
  if (field === 'channelPoints') return 'kanāli_pieteikšanai';
  if (field === 'contacts') {
    if (path.includes('email')) return 'e_pasts';
    if (path.includes('url')) return 'tīmekļvietne';
    return 'tālrunis';
  }
  return IMPORT_COLUMNS.find((c) => c.field === field)?.key ?? '';
}

/* ------------------------------------------------------------------ */
/* Allowed values: the enum codes, Latvian and English words           */
/* ------------------------------------------------------------------ */

function vocabulary<T extends string>(codes: readonly T[], words: Record<T, string[]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const code of codes) {
    m.set(normaliseHeader(code), code);
    for (const w of words[code]) m.set(normaliseHeader(w), code);
  }
  return m;
}

export const RECIPIENT_WORDS = vocabulary(RECIPIENT_TYPES, {
  publicIndividual: ['publisks individuāla labuma', 'individuāla labuma', 'public individual'],
  publicGeneral: ['publisks vispārēja labuma', 'vispārēja labuma', 'public general'],
  interInstitutionalIndividual: ['starpiestāžu individuālas lietošanas', 'individuālas lietošanas', 'inter-institutional individual'],
  interInstitutionalShared: ['starpiestāžu koplietošanas', 'koplietošanas', 'inter-institutional shared'],
});
export const TARGET_GROUP_WORDS = vocabulary(TARGET_GROUPS, {
  residents: ['iedzīvotāji', 'privātpersonas', 'fiziskas personas'],
  businesses: ['komersanti', 'uzņēmēji', 'uzņēmumi', 'juridiskas personas'],
  institutions: ['iestādes'],
  society: ['sabiedrība'],
});
export const COMPLEXITY_WORDS = vocabulary(COMPLEXITIES, {
  simple: ['vienkāršs'],
  complex: ['komplekss'],
  smart: ['viedais', 'vieds'],
});
export const LIFECYCLE_WORDS = vocabulary(LIFECYCLE_STAGES, {
  plan: ['plānošana'],
  create: ['izveide'],
  implement: ['ieviešana'],
  provide: ['sniegšana'],
  maintainImprove: ['uzturēšana un pilnveide', 'uzturēšana', 'pilnveide'],
  terminated: ['izbeigts', 'izbeigšana'],
});
export const PROCESSING_WORDS = vocabulary(PROCESSING_MODES, {
  electronic: ['elektroniski', 'elektroniska'],
  physical: ['fiziski', 'klātienē', 'fiziska'],
  mixed: ['jaukti', 'jaukta'],
});

/** Values of a list cell: split on new lines and semicolons (commas too for codes). */
export function splitList(cell: string, commas = false): string[] {
  return cell
    .split(commas ? /[\r\n;,]+/ : /[\r\n;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
export const looksLikeFormula = (v: string): boolean => /^[=+\-@\t\r]/.test(v);
