import i18next, { type BackendModule, type i18n as I18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUrl from './en.json?url';
import enAll from './en.json';
import thUrl from './th.json?url';
import thAll from './th.json';
// What the login page and the error pages say: bundled with the app (the build keeps only these sections).
import { app, auth, common, errors, language, pages, validation, wait } from './th.json';

export const LANGUAGES = ['th', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'th';
export const LANGUAGE_STORAGE_KEY = 'ita.language';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/**
 * The catalogues. The app bundles the Thai sections of the first screen and fetches the whole catalogue of a
 * language (a JSON asset) when it is needed: English when someone picks it, Thai when the signed-in area
 * opens (`loadFullCatalogues`). Tests have everything from the start.
 */
const BUNDLED = import.meta.env.MODE === 'test';
const CATALOGUE_URLS: Record<Language, string> = { th: thUrl, en: enUrl };
const firstScreen = { app, auth, common, errors, language, pages, validation, wait };

/** Whole catalogues fetched so far (shared by every instance; each fetch happens once). */
const fetched = new Map<Language, Promise<ResourceKey>>();

function fetchCatalogue(language: Language): Promise<ResourceKey> {
  let pending = fetched.get(language);
  if (!pending) {
    pending = fetch(CATALOGUE_URLS[language]).then((response) => {
      if (!response.ok) throw new Error(`The ${language} catalogue did not load (HTTP ${response.status})`);
      return response.json() as Promise<ResourceKey>;
    });
    // A failed fetch (offline) is tried again next time.
    pending.catch(() => fetched.delete(language));
    fetched.set(language, pending);
  }
  return pending;
}

/** i18next loads a language it has no catalogue for (English) through this before switching to it. */
const catalogueBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) return callback(null, {});
    fetchCatalogue(language).then(
      (catalogue) => callback(null, catalogue),
      (error: Error) => callback(error, null),
    );
  },
};

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

const complete = new WeakSet<I18n>();

/**
 * An i18next instance. In Thai it is ready at once; in English (remembered from an earlier visit) the
 * catalogue is fetched first: `whenReady` resolves then, and components using `useTranslation` suspend meanwhile.
 */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  if (BUNDLED) complete.add(instance);
  else instance.use(catalogueBackend);
  void instance.use(initReactI18next).init({
    resources: BUNDLED
      ? { th: { translation: thAll }, en: { translation: enAll } }
      : { th: { translation: firstScreen } },
    // Languages without bundled resources come from the backend.
    partialBundledLanguages: !BUNDLED,
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

/** Resolves when the instance has the catalogue of its language (at once in Thai). */
export function whenReady(instance: I18n): Promise<void> {
  if (instance.isInitialized && instance.hasLoadedNamespace('translation')) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      instance.off('loaded', done);
      instance.off('failedLoading', done);
      resolve();
    };
    instance.on('loaded', done);
    instance.on('failedLoading', done);
  });
}

const loading = new WeakMap<I18n, Promise<void>>();

/**
 * Every text of the app in Thai (and in the current language): the signed-in area awaits this before it
 * renders. Fetched once per instance.
 */
export function loadFullCatalogues(instance: I18n): Promise<void> {
  if (complete.has(instance)) return Promise.resolve();
  let pending = loading.get(instance);
  if (!pending) {
    const languages = new Set<Language>([DEFAULT_LANGUAGE]);
    if (isLanguage(instance.language)) languages.add(instance.language);
    pending = Promise.all(
      [...languages].map(async (lng) => {
        instance.addResourceBundle(lng, 'translation', await fetchCatalogue(lng), true, true);
      }),
    ).then(() => {
      complete.add(instance);
    });
    pending.catch(() => loading.delete(instance));
    loading.set(instance, pending);
  }
  return pending;
}

/** The app's instance. Tests create their own with `createI18n('th')`. */
export const i18n = createI18n();
