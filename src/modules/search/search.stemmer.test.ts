import { describe, expect, it } from 'vitest';
import { fold, stemEnglish, stemLatvian } from './search.stemmer.js';
import { analyseQuery, compileSynonyms, toTsQuery } from './search.rules.js';

/** Every form in a group must give one stem, different from the other groups' stems. */
const GROUPS: string[][] = [
  ['pase', 'pases', 'pasi', 'pasē', 'pasu', 'pasei', 'pasēm'],
  ['dzimšana', 'dzimšanas', 'dzimsanas', 'dzimšanu', 'dzimšanai'],
  ['pabalsts', 'pabalsta', 'pabalstu', 'pabalstam', 'pabalsti', 'pabalstiem', 'pabalstus'],
  ['reģistrēt', 'reģistrācija', 'registret', 'reģistrācijas', 'reģistrēšana', 'reģistrēts', 'reģistrēties', 'registracija', 'reģistrēju'],
  ['izsniegšana', 'izsniegt', 'izsniegšanas', 'izsniegts', 'izsniegsana'],
  ['bezdarbnieks', 'bezdarbnieka', 'bezdarbniekam', 'bezdarbnieki', 'bezdarbniekiem', 'bezdarbnieku'],
  ['transportlīdzeklis', 'transportlīdzekļa', 'transportlīdzekli', 'transportlidzekla', 'transportlīdzekļu'],
  ['deklarēt', 'deklarācija', 'deklarēšana', 'deklarācijas', 'deklaret'],
  ['dzīvesvieta', 'dzīvesvietas', 'dzīvesvietu', 'dzivesvieta', 'dzīvesvietā'],
  ['pieteikt', 'pieteikums', 'pieteikuma', 'pieteikšana', 'pieteikties', 'pieteikumu'],
  ['atļauja', 'atļaujas', 'atļauju', 'atlauja', 'atļaujām'],
  ['apliecība', 'apliecības', 'apliecību', 'aplieciba'],
  ['nodoklis', 'nodokļa', 'nodokļu', 'nodoklim', 'nodokli'],
  ['pensija', 'pensijas', 'pensiju', 'pensijai', 'pensijā'],
  ['bērns', 'bērna', 'bērnu', 'bērniem', 'berns', 'bērnam'],
  ['laulība', 'laulības', 'laulību', 'laulibas'],
  ['zivs', 'zivju', 'zivis'],
  ['vecs', 'vecais', 'vecajam', 'vecajiem', 'vecā', 'vecās'],
];

describe('Latvian stemmer', () => {
  it('folds Latvian diacritics to ASCII and lower-cases', () => {
    expect(fold('Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž ā č ē ģ ī ķ ļ ņ š ū ž')).toBe('a c e g i k l n s u z a c e g i k l n s u z');
    expect(fold('Reģistrācija')).toBe('registracija');
  });

  it.each(GROUPS.map((g) => [g[0]!, g]))('gives every form of "%s" one stem', (_, forms) => {
    const stems = new Set(forms.map(stemLatvian));
    expect(stems.size, `${forms.map((f) => `${f}→${stemLatvian(f)}`).join(', ')}`).toBe(1);
  });

  it('keeps different words apart', () => {
    const stems = GROUPS.map((g) => stemLatvian(g[0]!));
    expect(new Set(stems).size).toBe(GROUPS.length);
    expect(stemLatvian('karte')).not.toBe(stemLatvian('kara'));
  });

  it('leaves short words and numbers alone', () => {
    expect(stemLatvian('eID')).toBe('eid');
    expect(stemLatvian('2026')).toBe('2026');
    expect(stemLatvian('ar')).toBe('ar');
  });

  it('stems English plurals and -ation nouns', () => {
    expect(stemEnglish('benefits')).toBe(stemEnglish('benefit'));
    expect(stemEnglish('registration')).toBe(stemEnglish('registrations'));
    expect(stemEnglish('passports')).toBe('passport');
  });
});

describe('query analysis', () => {
  const table = compileSynonyms([
    ['auto', 'transportlīdzeklis', 'mašīna'],
    ['bezdarbnieks', 'bez darba'],
  ]);

  it('expands a synonym phrase typed in any form', () => {
    const a = analyseQuery('bez darba ', 'lv', table);
    expect(a.slots).toHaveLength(1);
    expect(a.slots[0]!.alternatives).toContainEqual([stemLatvian('bezdarbnieks')]);
    const b = analyseQuery('mašīnas reģistrēšana', 'lv', table);
    expect(toTsQuery(b, new Map(), 'all')).toContain(stemLatvian('transportlīdzeklis'));
  });

  it('treats the last word as a prefix while typing, not after a space', () => {
    expect(toTsQuery(analyseQuery('pabal', 'lv', table), new Map(), 'all')).toContain('pabal:*');
    expect(toTsQuery(analyseQuery('pabal ', 'lv', table), new Map(), 'all')).not.toContain(':*');
  });

  it('drops stop words and keeps only safe lexemes', () => {
    const q = toTsQuery(analyseQuery("pase & un ') | !", 'lv', table), new Map(), 'all')!;
    expect(q).toMatch(/^[a-z0-9 |&():*]+$/);
    expect(q).not.toContain('un');
  });

  it('detects English queries', () => {
    expect(analyseQuery('benefit for the unemployed', 'lv', table).english).toBe(true);
    expect(analyseQuery('bezdarbnieka pabalsts', 'lv', table).english).toBe(false);
  });
});
