import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client.js';

/**
 * Message catalogues: one JSON file per area and language in `locales/<lang>/<area>.json`,
 * loaded by name, so each area adds its texts without touching a shared file. Latvian, the
 * default, is part of the first bundle; English is fetched when someone chooses it.
 */
const latvian = import.meta.glob<{ default: Record<string, unknown> }>('./locales/lv/*.json', { eager: true });
const english = import.meta.glob<{ default: Record<string, unknown> }>('./locales/en/*.json');
const areaOf = (path: string) => /\/([\w-]+)\.json$/.exec(path)![1];
const resources: Record<string, Record<string, Record<string, unknown>>> = { lv: {} };
for (const [path, mod] of Object.entries(latvian)) resources.lv[areaOf(path)] = mod.default;

let englishLoaded: Promise<void> | null = null;
/** Adds the English catalogues (once). */
function loadEnglish(): Promise<void> {
  englishLoaded ??= Promise.all(
    Object.entries(english).map(async ([path, load]) => i18n.addResourceBundle('en', areaOf(path), (await load()).default, true, true)),
  ).then(() => undefined);
  return englishLoaded;
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
  partialBundledLanguages: true,
  // English comes in when its catalogues have loaded (applyLanguage below).
  lng: 'lv',
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
  void (lang === 'en' ? loadEnglish() : Promise.resolve()).then(() => i18n.changeLanguage(lang));
}
applyLanguage(initialLanguage());

/** Picks the Latvian or English form of a bilingual record (English falls back to Latvian). */
export function localized(lang: string, lv: string | null | undefined, en: string | null | undefined): string {
  return (lang === 'en' ? en || lv : lv || en) ?? '';
}

export default i18n;
