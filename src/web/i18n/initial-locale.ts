import { toLocale, type Locale } from './locale';

/** What the browser tells us about the user's language preference. */
export interface LocaleHints {
  /** `location.search`, e.g. "?lang=fr". */
  search: string;
  /** The value saved by the language switch, if any. */
  stored: string | null;
  /** `navigator.languages` (most preferred first). */
  browserLanguages: readonly string[];
}

/**
 * Chooses the first language: an explicit `?lang=` wins (links and tests), then the user's
 * saved choice, then the browser's preferred language among English and French, then English.
 */
export function initialLocale({ search, stored, browserLanguages }: LocaleHints): Locale {
  const fromQuery = toLocale(new URLSearchParams(search).get('lang'));
  if (fromQuery) return fromQuery;
  const fromStorage = toLocale(stored);
  if (fromStorage) return fromStorage;
  // Only the first browser language counts: a French-first browser with English as a
  // fallback should get French, but an English-first one should not get French.
  return toLocale(browserLanguages[0]) === 'fr-CA' ? 'fr-CA' : 'en-CA';
}
