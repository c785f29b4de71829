import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import th from './th.json';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'th';
export const LANGUAGE_STORAGE_KEY = 'ita.language';

export const resources = { th: { translation: th }, en: { translation: en } } as const;

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The remembered language, or Thai. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Keeps `<html lang>` in step with the language and remembers the choice. */
function syncLanguage(language: string) {
  if (!isLanguage(language)) return;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** A ready i18next instance (resources are bundled, so it initialises synchronously). */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', syncLanguage);
  if (typeof document !== 'undefined') document.documentElement.lang = instance.language;
  return instance;
}

/** The app's instance. Tests create their own with `createI18n('th')`. */
export const i18n = createI18n();
