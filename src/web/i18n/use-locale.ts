import { useCallback, useLayoutEffect, useState } from 'react';
import { initialLocale } from './initial-locale';
import type { Locale } from './locale';

const storageKey = 'pars.locale';

/** Reads the saved language; storage can be blocked by browser privacy settings. */
function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Saves the language; losing it only means asking again next visit. */
function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage blocked or full: the choice still applies for this page.
  }
}

/**
 * The current UI locale and a setter that remembers the user's choice. Keeps `<html lang>`
 * in step so that screen readers pronounce the page in the right language.
 */
export function useLocale(): [Locale, (next: Locale) => void] {
  const [locale, setLocaleState] = useState<Locale>(() =>
    initialLocale({
      search: window.location.search,
      stored: readStoredLocale(),
      browserLanguages: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
    }),
  );

  // Layout effect: the lang attribute must be right before assistive technology reads the page.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    // A ?lang= left in the address would override the new choice on reload.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      window.history.replaceState(window.history.state, '', url);
    }
    setLocaleState(next);
  }, []);

  return [locale, setLocale];
}
