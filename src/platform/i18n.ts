import { platformMessages } from './messages.js';

export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalogue = Record<string, string>;
export interface MessageBundle {
  lv: Catalogue;
  en: Catalogue;
}

const catalogues: Record<Locale, Catalogue> = { lv: {}, en: {} };

/** Adds a module's messages to the catalogues (called once per module at import time). */
export function registerMessages(bundle: MessageBundle): void {
  Object.assign(catalogues.lv, bundle.lv);
  Object.assign(catalogues.en, bundle.en);
}
registerMessages(platformMessages);

/** Translates a key with `{param}` interpolation; an unknown key is returned as is. */
export function t(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogues[locale][key] ?? catalogues.lv[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

/** Both languages of a message, for rule violations and stored texts. */
export function tBoth(key: string, params: Record<string, unknown> = {}): { lv: string; en: string } {
  return { lv: t('lv', key, params), en: t('en', key, params) };
}

/** Picks the locale from `?lang=` or Accept-Language; Latvian by default. */
export function negotiateLocale(acceptLanguage: string | undefined, explicit?: string): Locale {
  if (explicit === 'lv' || explicit === 'en') return explicit;
  if (!acceptLanguage) return 'lv';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const r of ranked) if (r.lang === 'lv' || r.lang === 'en') return r.lang;
  return 'lv';
}
