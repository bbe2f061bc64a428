import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client.js';

/**
 * Message catalogues: one JSON file per area and language in `locales/<lang>/<area>.json`,
 * loaded by name, so each area adds its texts without touching a shared file.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(files)) {
  const [, lang, ns] = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)!;
  (resources[lang] ??= {})[ns] = mod.default;
}

export const LANGUAGES = ['lv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'darbvieta.lang';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'lv';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'lv',
  defaultNS: 'common',
  ns: Object.keys(resources.lv ?? {}),
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the language of the page, the API's problems and remembers the choice. */
export function applyLanguage(lang: Language): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  setApiLanguage(lang);
  void i18n.changeLanguage(lang);
}
applyLanguage(i18n.language as Language);

/** Picks the Latvian or English form of a bilingual record (English falls back to Latvian). */
export function localized(lang: string, lv: string | null | undefined, en: string | null | undefined): string {
  return (lang === 'en' ? en || lv : lv || en) ?? '';
}

export default i18n;
