import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Locale } from '../core/shared/index.js';
import en from './server/en.json' with { type: 'json' };
import fr from './server/fr.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | boolean | Date>;

const catalogues: Record<Locale, Record<string, string>> = { 'en-CA': en, 'fr-CA': fr };
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape<string>>();

function intlFor(locale: Locale): IntlShape<string> {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl({ locale, messages: catalogues[locale], defaultLocale: 'en-CA', onError: () => undefined }, cache);
    intls.set(locale, intl);
  }
  return intl;
}

/** True when the server catalogue has this key (in English; parity is tested). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Formats a server message (error, CLI line) in the given language. */
export function translate(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  return intlFor(locale).formatMessage({ id: key }, values);
}
