import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve('src/web/workspace/locales');

function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = String(v);
  }
  return out;
}
const load = (lang: string, file: string) => flatten(JSON.parse(fs.readFileSync(path.join(LOCALES, lang, file), 'utf8')));
// Plural suffixes differ by language (Latvian has zero/one/other, English one/other).
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('workspace message catalogues', () => {
  const files = fs.readdirSync(path.join(LOCALES, 'lv')).filter((f) => f.endsWith('.json'));

  it('has an English file for every Latvian one', () => {
    expect(fs.readdirSync(path.join(LOCALES, 'en')).filter((f) => f.endsWith('.json')).sort()).toEqual(files.sort());
  });

  it.each(files)('%s has the same messages in Latvian and English, none empty', (file) => {
    const lv = load('lv', file);
    const en = load('en', file);
    expect([...new Set(Object.keys(en).map(base))].sort()).toEqual([...new Set(Object.keys(lv).map(base))].sort());
    for (const [key, text] of [...Object.entries(lv), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it.each(files)('%s gives Latvian counted messages all three plural forms (zero, one, other)', (file) => {
    const lv = load('lv', file);
    for (const key of Object.keys(lv).filter((k) => k.endsWith('_one'))) {
      const stem = key.slice(0, -4);
      expect(lv, `${stem}_zero`).toHaveProperty([`${stem}_zero`]);
      expect(lv, `${stem}_other`).toHaveProperty([`${stem}_other`]);
    }
  });

  it.each(files)('%s uses the same {{placeholders}} in both languages', (file) => {
    const lv = load('lv', file);
    const en = load('en', file);
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(lv)) {
      const enKey = en[key] !== undefined ? key : Object.keys(en).find((k) => base(k) === base(key) && k.endsWith('_other'));
      if (enKey === undefined) continue;
      expect(vars(en[enKey]).filter((v) => v !== 'count'), key).toEqual(vars(lv[key]).filter((v) => v !== 'count'));
    }
  });
});
