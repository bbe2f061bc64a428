/**
 * Latvian light stemming for search (pure). Words are first lower-cased and
 * folded to ASCII (ā→a, č→c, ē→e, ģ→g, ī→i, ķ→k, ļ→l, ņ→n, š→s, ū→u, ž→z),
 * so that input typed without diacritics maps to the same stems; folding also
 * undoes the palatalisation of stem consonants (š/s, ž/z, ļ/l, ņ/n, č/c, ķ/k,
 * ģ/g) that the inflection causes. Then one ending is removed:
 *
 * 1. verbal and derivational endings first — the action noun -šana(s), the
 *    -ācija nouns, reflexive -ties, first person -ēju/-āju/-oju, past passive
 *    participles (-ts, -ta, -tu… after a stem of at least four letters), the
 *    infinitive -t and the -ums nouns; a thematic vowel left behind (reģistrē-)
 *    is dropped too, so reģistrēt, reģistrēšana, reģistrēts and reģistrācija
 *    all give "registr";
 * 2. otherwise the longest nominal or adjectival ending of a fixed table
 *    (the light-stemming approach of Lucene's LatvianStemmer), keeping at least
 *    three letters and one vowel; after a labial consonant the inserted j of
 *    palatalisation is removed (zivju → ziv).
 *
 * English words go through `stemEnglish`, a small suffix stripper; a query
 * word is looked up under both stems.
 */

const FOLD: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z', ō: 'o', ŗ: 'r' };

/** Lower-cases and folds Latvian (and other Latin) diacritics to ASCII. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const ch of lower) {
    const f = FOLD[ch];
    if (f !== undefined) out += f;
    else out += ch;
  }
  // Other Latin letters with combining marks (é, ö, ü…): decompose and drop the marks.
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Splits text into folded word tokens (letters and digits). */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const hasVowel = (s: string): boolean => [...s].some((c) => VOWELS.has(c));
const THEMATIC = new Set(['a', 'e', 'i', 'o']);

/** Nominal and adjectival endings (folded), longest first. */
const NOMINAL_ENDINGS = [
  'ajiem', 'ajai', 'ajam', 'ajos', 'ajas', 'iem', 'aja', 'ais', 'ajs',
  'ai', 'ei', 'am', 'em', 'im', 'um', 'us', 'as', 'es', 'os', 'is', 'ie', 'ij',
  'u', 'a', 'i', 'e', 'o', 's',
];

/** Case endings that may follow a participle -t- or an -um- noun. */
const CASE_ENDINGS = ['iem', 'ai', 'am', 'as', 'os', 'us', 'ie', 'es', 'is', 's', 'a', 'u', 'i', 'e', 'o', ''];

const ACTION_NOUN = ['sanam', 'sanas', 'sanai', 'sanu', 'sana'];
const ACIJA = ['acijam', 'acijas', 'acijai', 'aciju', 'acija', 'aciji', 'acijs'];
const FIRST_PERSON = ['eju', 'aju', 'oju'];

function dropThematic(stem: string): string {
  if (stem.length >= 5 && THEMATIC.has(stem[stem.length - 1]!)) return stem.slice(0, -1);
  return stem;
}

/** maksāj-ums → maks, dzīvoj-ot → dziv: a j after a thematic vowel goes with it. */
function dropThematicJ(stem: string): string {
  if (stem.length >= 6 && stem.endsWith('j') && THEMATIC.has(stem[stem.length - 2]!)) return stem.slice(0, -2);
  return stem;
}

function verbal(w: string): string | null {
  for (const e of ACTION_NOUN) if (w.endsWith(e) && w.length - e.length >= 3) return dropThematic(w.slice(0, -e.length));
  for (const e of ACIJA) if (w.endsWith(e) && w.length - e.length >= 3) return w.slice(0, -e.length);
  if (w.endsWith('ties') && w.length - 4 >= 3) return dropThematic(w.slice(0, -4));
  for (const e of FIRST_PERSON) if (w.endsWith(e) && w.length - e.length >= 4) return w.slice(0, -e.length);
  // -ums nouns (pieteikums, maksājums) and their cases.
  for (const c of CASE_ENDINGS) {
    const e = `um${c}`;
    if (c !== '' && w.endsWith(e) && w.length - e.length >= 4) return dropThematicJ(w.slice(0, -e.length));
  }
  // Past passive participles and nouns in -t- with a case ending (reģistrēts, pabalsta): drop t + ending.
  for (const c of CASE_ENDINGS) {
    const e = `t${c}`;
    if (w.endsWith(e) && w.length - e.length >= 4) {
      const stem = w.slice(0, -e.length);
      if (!hasVowel(stem)) return null;
      return dropThematicJ(dropThematic(stem));
    }
  }
  return null;
}

function nominal(w: string): string {
  for (const e of NOMINAL_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) {
      let stem = w.slice(0, -e.length);
      if (!hasVowel(stem)) continue;
      // Palatalisation after labials inserts j: zivs → zivju, tēvs → tēvja.
      if (/[bpmv]j$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
      return stem;
    }
  }
  return w;
}

/** The Latvian stem of one word (any case, with or without diacritics). */
export function stemLatvian(word: string): string {
  const w = fold(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  return verbal(w) ?? nominal(w);
}

/** A light English stem: plural -s/-es/-ies, -ing, -ed, -ation/-ion. */
export function stemEnglish(word: string): string {
  let w = fold(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  const rules: [string, string][] = [
    ['ations', ''], ['ation', ''], ['ions', ''], ['ion', ''], ['ies', 'y'], ['ing', ''], ['ers', ''], ['er', ''], ['ed', ''], ['es', ''], ['s', ''],
  ];
  for (const [suffix, repl] of rules) {
    if (w.endsWith(suffix) && !w.endsWith('ss') && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  return w;
}

/** Stems of a text in reading order (Latvian stemming), for indexing. */
export function stemText(text: string | null | undefined): string[] {
  if (!text) return [];
  return tokenize(text).map(stemLatvian);
}

/** English stems of a text, for indexing English fields. */
export function stemTextEnglish(text: string | null | undefined): string[] {
  if (!text) return [];
  return tokenize(text).map(stemEnglish);
}
