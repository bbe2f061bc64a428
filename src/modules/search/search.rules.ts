/**
 * Pure rules of catalogue search: what a service's search document holds and
 * how a typed query becomes a PostgreSQL tsquery (stems, synonyms, prefixes,
 * typo corrections).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isInterInstitutional, type RecipientType } from '../../shared/enums.js';
import { stemEnglish, stemLatvian, stemText, stemTextEnglish, tokenize } from './search.stemmer.js';

// ── Documents ──────────────────────────────────────────────────────────────

export interface SourceRow {
  serviceId: string;
  code: string;
  ownerInstitutionId: string;
  nameLv: string | null;
  nameEn: string | null;
  recipientType: string | null;
  digitalStatus: string;
  descriptionLv: string | null;
  descriptionEn: string | null;
  resultLv: string | null;
  resultEn: string | null;
  targetGroups: string[] | null;
  keywords: string[] | null;
  fee: { free?: boolean } | null;
  channelTypes: string[];
  lifeSituationIds: string[];
  needNames: string[];
  lifeSituationNames: string[];
}

export interface SearchDocument {
  serviceId: string;
  audience: 'public' | 'interInstitutional';
  code: string;
  ownerInstitutionId: string;
  nameLv: string;
  nameEn: string | null;
  summaryLv: string | null;
  summaryEn: string | null;
  nameFold: string;
  nameEnFold: string | null;
  digitalStatus: string;
  free: boolean | null;
  vpvkac: boolean;
  channelEnvironments: string[];
  recipientGroups: string[];
  lifeSituationIds: string[];
  /** Space-separated stems per tsvector weight. */
  weighted: { A: string; B: string; C: string; D: string };
  /** Every distinct stem, for the typo-correction vocabulary. */
  terms: string[];
}

/** The first sentence (or the first 240 characters) of a description. */
export function summaryOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim().replace(/\s+/g, ' ');
  const end = t.search(/[.!?](\s|$)/);
  const first = end >= 0 ? t.slice(0, end + 1) : t;
  return first.length <= 240 ? first : `${first.slice(0, 237).trimEnd()}…`;
}

/** Recipient groups a service is for: its target groups, else what its recipient type implies. */
export function recipientGroupsOf(targetGroups: string[] | null, recipientType: string | null): string[] {
  const known = new Set(['residents', 'businesses', 'institutions']);
  const out = new Set((targetGroups ?? []).filter((g) => known.has(g)));
  if (out.size === 0) {
    if (recipientType && isInterInstitutional(recipientType as RecipientType)) out.add('institutions');
    else {
      out.add('residents');
      out.add('businesses');
    }
  }
  return [...out].sort();
}

const both = (text: string | null | undefined): string[] => [...stemText(text), ...stemTextEnglish(text)];

/** The search document of one published service. */
export function buildDocument(r: SourceRow, environmentOf: (channelType: string) => string | null): SearchDocument {
  const nameLv = r.nameLv ?? r.code;
  const A = stemText(nameLv);
  const B = stemTextEnglish(r.nameEn);
  const C = [...r.lifeSituationNames.flatMap(both), ...r.needNames.flatMap(both), ...(r.keywords ?? []).flatMap(both), ...tokenize(r.code)];
  const D = [...stemText(r.descriptionLv), ...stemText(r.resultLv), ...stemTextEnglish(r.descriptionEn), ...stemTextEnglish(r.resultEn)];
  const envs = new Set<string>();
  for (const t of r.channelTypes) {
    const e = environmentOf(t);
    if (e) envs.add(e);
  }
  return {
    serviceId: r.serviceId,
    audience: r.recipientType && isInterInstitutional(r.recipientType as RecipientType) ? 'interInstitutional' : 'public',
    code: r.code,
    ownerInstitutionId: r.ownerInstitutionId,
    nameLv,
    nameEn: r.nameEn,
    summaryLv: summaryOf(r.descriptionLv),
    summaryEn: summaryOf(r.descriptionEn),
    nameFold: tokenize(nameLv).join(' '),
    nameEnFold: r.nameEn ? tokenize(r.nameEn).join(' ') : null,
    digitalStatus: r.digitalStatus,
    free: r.fee && typeof r.fee.free === 'boolean' ? r.fee.free : null,
    vpvkac: r.channelTypes.includes('vpvkac'),
    channelEnvironments: [...envs].sort(),
    recipientGroups: recipientGroupsOf(r.targetGroups, r.recipientType),
    lifeSituationIds: [...r.lifeSituationIds].sort(),
    weighted: { A: A.join(' '), B: B.join(' '), C: C.join(' '), D: D.join(' ') },
    terms: [...new Set([...A, ...B, ...C, ...D])].filter((t) => t.length >= 3),
  };
}

// ── Synonyms ───────────────────────────────────────────────────────────────

/** One synonym phrase: its Latvian and its English stem sequence. */
interface Phrase {
  lv: string[];
  en: string[];
}

export interface SynonymTable {
  /** Phrases by group. */
  groups: Phrase[][];
}

export const SYNONYMS_FILE = fileURLToPath(new URL('./data/synonyms.json', import.meta.url));

const phraseOf = (text: string): Phrase => ({ lv: tokenize(text).map(stemLatvian), en: tokenize(text).map(stemEnglish) });

/** Compiles synonym groups (lists of phrases) for query expansion. */
export function compileSynonyms(groups: string[][]): SynonymTable {
  return { groups: groups.map((g) => g.map(phraseOf).filter((p) => p.lv.length > 0)) };
}

let synonymCache: SynonymTable | null = null;
/** The synonym groups of data/synonyms.json, compiled once. */
export function synonyms(): SynonymTable {
  if (!synonymCache) {
    const raw = JSON.parse(fs.readFileSync(SYNONYMS_FILE, 'utf8')) as { groups: string[][] };
    synonymCache = compileSynonyms(raw.groups);
  }
  return synonymCache;
}

// ── Queries ────────────────────────────────────────────────────────────────

const STOPWORDS = new Set([
  // Latvian
  'un', 'vai', 'par', 'uz', 'ar', 'no', 'ka', 'es', 'man', 'mans', 'mana', 'manu', 'mani', 'kur', 'kas', 'ko', 'kad', 'lai', 'pie', 'pec', 'ir', 'ja', 'ta', 'tas', 'to', 'sev',
  'savu', 'sava', 'kaa', 'kuru', 'kura', 'ka', 'var', 'vajag', 'gribu', 'nepieciesams', 'ari', 'bet', 'pa', 'caur', 'kapec',
  // English
  'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'my', 'how', 'i', 'and', 'or', 'with', 'get', 'do', 'can', 'need', 'want', 'is', 'at', 'by', 'from',
]);

const ENGLISH_HINTS = new Set(['the', 'of', 'for', 'my', 'how', 'and', 'with', 'get', 'apply', 'new', 'card', 'permit', 'benefit', 'allowance', 'registration', 'register', 'tax', 'child', 'birth', 'passport', 'licence', 'license', 'certificate', 'issue', 'application', 'support', 'residence', 'driving', 'vehicle', 'company', 'business', 'building']);

/**
 * Generic request verbs ("pieteikt pasi", "saņemt pabalstu", "apply for a
 * passport"): they do not narrow the match when the query has other words,
 * and only add to the rank.
 */
const SOFT = new Set(['pieteik', 'sanem', 'iesnieg', 'pieprasi', 'pieprasit', 'dabu', 'dabut', 'kartot', 'noformet', 'apply', 'request', 'obtain', 'receive', 'renew']);

/** One part of a query that must match: a word or a recognised synonym phrase. */
export interface QuerySlot {
  /** What was typed (folded). */
  text: string;
  /** Alternatives; each is a set of stems that must all occur. */
  alternatives: string[][];
  /** Stems whose absence from the vocabulary means a possible typo. */
  lookup: string[];
  /** Prefixes for the word being typed. */
  prefixes: string[];
  synonym: boolean;
  /** A generic verb: optional when other words are present. */
  soft: boolean;
}

export interface AnalysedQuery {
  folded: string;
  slots: QuerySlot[];
  english: boolean;
}

const eqSeq = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Turns what was typed into slots: synonym phrases recognised, stopwords dropped, the last word a prefix while typing. */
export function analyseQuery(q: string, locale: 'lv' | 'en', table: SynonymTable = synonyms()): AnalysedQuery {
  const tokens = tokenize(q).slice(0, 12);
  const lv = tokens.map(stemLatvian);
  const en = tokens.map(stemEnglish);
  const typing = q.length > 0 && !/\s$/.test(q);
  const slots: QuerySlot[] = [];
  let i = 0;
  while (i < tokens.length) {
    // The longest synonym phrase starting here, compared by Latvian or English stems.
    let best: { len: number; groups: Phrase[][] } | null = null;
    for (const group of table.groups) {
      for (const p of group) {
        const len = p.lv.length;
        if (i + len > tokens.length || (best && len < best.len)) continue;
        if (eqSeq(p.lv, lv.slice(i, i + len)) || eqSeq(p.en, en.slice(i, i + len))) {
          if (!best || len > best.len) best = { len, groups: [group] };
          else if (!best.groups.includes(group)) best.groups.push(group);
        }
      }
    }
    if (best) {
      const alts = new Map<string, string[]>();
      for (const g of best.groups) for (const p of g) for (const seq of [p.lv, p.en]) alts.set([...new Set(seq)].sort().join(' '), [...new Set(seq)]);
      const soft = best.len === 1 && (SOFT.has(lv[i]!) || SOFT.has(en[i]!));
      slots.push({ text: tokens.slice(i, i + best.len).join(' '), alternatives: [...alts.values()], lookup: [], prefixes: [], synonym: true, soft });
      i += best.len;
      continue;
    }
    const alts = [...new Set([lv[i]!, en[i]!])].map((s) => [s]);
    slots.push({ text: tokens[i]!, alternatives: alts, lookup: [...new Set([lv[i]!, en[i]!])].filter((s) => s.length >= 4), prefixes: [], synonym: false, soft: SOFT.has(lv[i]!) || SOFT.has(en[i]!) });
    i += 1;
  }
  const last = slots[slots.length - 1];
  if (typing && last && !last.synonym && last.text.length >= 2) last.prefixes = [...new Set([last.text, last.alternatives[0]![0]!])];
  const meaningful = slots.filter((s) => s.synonym || !STOPWORDS.has(s.text));
  const english = locale === 'en' || (!/[āčēģīķļņšūž]/i.test(q) && tokens.some((t) => ENGLISH_HINTS.has(t)));
  return { folded: tokens.join(' '), slots: meaningful.length > 0 ? meaningful : slots, english };
}

/** Typo corrections per stem, from the vocabulary (stems that exist are left alone). */
export type Corrections = Map<string, string[]>;

const lexeme = (s: string): string => s.replace(/[^a-z0-9]/g, '');

function slotExpression(s: QuerySlot, corrections: Corrections): string {
  const parts = new Set<string>();
  for (const a of s.alternatives) {
    const ls = a.map(lexeme).filter(Boolean);
    if (ls.length === 1) parts.add(ls[0]!);
    else if (ls.length > 1) parts.add(`(${ls.join(' & ')})`);
  }
  for (const st of s.lookup) for (const c of corrections.get(st) ?? []) parts.add(lexeme(c));
  for (const p of s.prefixes) if (lexeme(p).length >= 2) parts.add(`${lexeme(p)}:*`);
  return parts.size === 1 ? [...parts][0]! : `(${[...parts].join(' | ')})`;
}

/**
 * The tsquery text (for to_tsquery('simple', …)): every slot but the generic
 * verbs (`all`), or any slot (`any`, also the query that ranks).
 */
export function toTsQuery(a: AnalysedQuery, corrections: Corrections, mode: 'all' | 'any'): string | null {
  const hard = a.slots.filter((s) => !s.soft);
  const slots = mode === 'all' && hard.length > 0 ? hard : a.slots;
  const exprs = slots.map((s) => slotExpression(s, corrections)).filter((e) => e.length > 0);
  if (exprs.length === 0) return null;
  return exprs.join(mode === 'all' ? ' & ' : ' | ');
}
