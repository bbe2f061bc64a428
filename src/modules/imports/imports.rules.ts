import { tBoth } from '../../platform/i18n.js';
import type { ChannelPhase } from '../../shared/enums.js';
import type { z } from 'zod';
import type { ServiceUpdate } from '../services/services.schemas.js';
import {
  COMPLEXITY_WORDS,
  LIFECYCLE_WORDS,
  looksLikeFormula,
  normaliseHeader,
  PROCESSING_WORDS,
  RECIPIENT_WORDS,
  splitList,
  TARGET_GROUP_WORDS,
  type ColumnKey,
} from './imports.columns.js';
import { IMPORT_LIMITS } from './imports.limits.js';
import type { SourceRow } from './imports.parse.js';
import './imports.messages.js';

/** One problem of a row, in both languages, naming the column. */
export interface RowIssue {
  column: string;
  code: string;
  message: { lv: string; en: string };
}

export const issue = (column: string, code: string, key: string, params: Record<string, unknown> = {}): RowIssue => ({ column, code, message: tBoth(key, params) });

/**
 * A row read into the shape of the register's service contract, before codes
 * are resolved: references to needs and channel points are still codes.
 */
/** The description fields as a client sends them (before the register's schema parses them). */
export type RawInput = z.input<typeof ServiceUpdate>;

export interface RowDraft {
  row: number;
  code: string | null;
  /** Fields present in the row (empty cells leave a field as it is). */
  input: RawInput;
  needCodes: string[];
  channelCodes: { code: string; phase: ChannelPhase; column: ColumnKey }[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

function enumValue<T extends string>(column: ColumnKey, raw: string, words: Map<string, T>, errors: RowIssue[]): T | undefined {
  const v = words.get(normaliseHeader(raw));
  if (v === undefined) errors.push(issue(column, 'unknownValue', 'imports.row.unknownValue', { value: raw.slice(0, 100), allowed: [...new Set(words.values())].join(', ') }));
  return v;
}

const FREE_WORDS = new Set(['0', 'bez_maksas', 'bezmaksas', 'bezmaksa', 'free', 'nav', 'no']);

/** "12,50 EUR", "€ 3", "0", "bez maksas" → a fee; other text becomes the fee's description. */
export function parseFee(raw: string): { free: boolean; amountEur?: number | null; descriptionLv?: string | null } | null {
  const v = raw.trim();
  if (FREE_WORDS.has(normaliseHeader(v))) return { free: true, amountEur: null };
  const m = /^(?:€|eur)?\s*(-?\d{1,9}(?:[.,]\d{1,2})?)\s*(?:€|eur|euro|eiro)?$/i.exec(v.replace(/\u00a0/g, ' '));
  if (m) {
    const amount = Number(m[1].replace(',', '.'));
    if (amount < 0) return null;
    return amount === 0 ? { free: true, amountEur: null } : { free: false, amountEur: amount };
  }
  if (/^[-+]?\d/.test(v)) return null;
  return { free: false, descriptionLv: v };
}

/** "Likums X, 5. pants https://likumi.lv/ta/id/1" → a legal basis entry with its link. */
function legalEntry(item: string): { act: string; url?: string | null } {
  const m = /(https?:\/\/\S+)/.exec(item);
  if (!m) return { act: item };
  const act = item.replace(m[1], '').trim().replace(/[,;:–-]\s*$/, '').trim();
  return { act: act || m[1], url: m[1] };
}

/**
 * Reads one row into a service draft (pure: no database). Too-long cells and
 * unreadable values are errors naming the column; formula-like cells are kept
 * as text with a warning.
 */
export function readRow(src: SourceRow): RowDraft {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const input: RawInput = {};
  const out: RowDraft = { row: src.row, code: null, input, needCodes: [], channelCodes: [], errors, warnings };
  const cells = src.cells;
  for (const [col, value] of Object.entries(cells) as [ColumnKey, string][]) {
    if (value.length > IMPORT_LIMITS.maxCellChars) errors.push(issue(col, 'cellTooLong', 'imports.row.cellTooLong', { length: value.length, limit: IMPORT_LIMITS.maxCellChars }));
    else if (looksLikeFormula(value) || src.formulaColumns?.includes(col)) {
      // Negative amounts are refused by the fee rule below; everything else stays text.
      warnings.push(issue(col, 'formula', 'imports.row.formula', { char: value[0] === '\t' ? 'TAB' : value[0] === '\r' ? 'CR' : value[0] }));
    }
  }
  if (errors.length) return out;
  const text = (col: ColumnKey) => {
    const v = cells[col];
    return v === undefined ? undefined : v.trim();
  };
  const code = text('kods');
  if (code) out.code = code.toUpperCase();
  const plain: [ColumnKey, 'nameLv' | 'nameEn' | 'descriptionLv' | 'descriptionEn' | 'resultLv' | 'resultEn'][] = [
    ['nosaukums', 'nameLv'],
    ['nosaukums_en', 'nameEn'],
    ['apraksts', 'descriptionLv'],
    ['apraksts_en', 'descriptionEn'],
    ['rezultāts', 'resultLv'],
    ['rezultāts_en', 'resultEn'],
  ];
  for (const [col, field] of plain) {
    const v = text(col);
    if (v) input[field] = v;
  }
  const rt = text('saņēmēja_tips');
  if (rt) input.recipientType = enumValue('saņēmēja_tips', rt, RECIPIENT_WORDS, errors);
  const tg = text('mērķgrupas');
  if (tg) input.targetGroups = [...new Set(splitList(tg, true).map((g) => enumValue('mērķgrupas', g, TARGET_GROUP_WORDS, errors)).filter((g) => g !== undefined))];
  const cx = text('sarežģītība');
  if (cx) input.complexity = enumValue('sarežģītība', cx, COMPLEXITY_WORDS, errors);
  const ls = text('dzīves_cikla_posms');
  if (ls) input.lifecycleStage = enumValue('dzīves_cikla_posms', ls, LIFECYCLE_WORDS, errors);
  const pm = text('apstrādes_veids');
  if (pm) input.processingMode = enumValue('apstrādes_veids', pm, PROCESSING_WORDS, errors);
  const needs = text('vajadzības');
  if (needs) out.needCodes = [...new Set(splitList(needs, true).map((c) => c.toUpperCase()))];
  for (const [col, phase] of [['kanāli_pieteikšanai', 'request'], ['kanāli_saņemšanai', 'receipt']] as const) {
    const v = text(col);
    if (v) for (const c of new Set(splitList(v, true).map((x) => x.toUpperCase()))) out.channelCodes.push({ code: c, phase, column: col });
  }
  const fee = text('maksa');
  if (fee) {
    const f = parseFee(fee);
    if (f) input.fee = f;
    else errors.push(issue('maksa', 'invalidFee', 'imports.row.invalidFee', { value: fee.slice(0, 100) }));
  }
  const legal = text('tiesiskais_pamats');
  if (legal) input.legalBasis = splitList(legal).map(legalEntry);
  const docs = text('dokumenti');
  if (docs) input.requiredDocuments = splitList(docs).map((lv) => ({ lv }));
  const pre = text('priekšnoteikumi');
  if (pre) input.prerequisites = splitList(pre).map((lv) => ({ lv }));
  const kw = text('atslēgvārdi');
  if (kw) input.keywords = [...new Set(splitList(kw, true))];
  const phone = text('tālrunis');
  const email = text('e_pasts');
  const url = text('tīmekļvietne');
  if (phone || email || url) input.contacts = { phone: phone ?? null, email: email ?? null, url: url ?? null };
  const manager = text('pakalpojuma_vadītājs');
  if (manager) warnings.push(issue('pakalpojuma_vadītājs', 'managerIgnored', 'imports.row.managerIgnored', { value: manager.slice(0, 200) }));
  return out;
}
