import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Locale } from '../core/shared/index.js';

export type MessageValues = Record<string, string | number | boolean | Date>;

/**
 * The server's catalogues: every folder of src/i18n except `ui` (the web app's) holds an
 * en.json/fr.json pair, one per module, so modules add messages without touching each other's
 * files. Keys are unique across folders (tested).
 */
function loadCatalogues(): Record<Locale, Record<string, string>> {
  const root = dirname(fileURLToPath(import.meta.url));
  const merged: Record<Locale, Record<string, string>> = { 'en-CA': {}, 'fr-CA': {} };
  const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'ui');
  for (const folder of folders) {
    for (const [locale, file] of [['en-CA', 'en.json'], ['fr-CA', 'fr.json']] as const) {
      Object.assign(merged[locale], JSON.parse(readFileSync(join(root, folder.name, file), 'utf8')));
    }
  }
  return merged;
}

const catalogues = loadCatalogues();
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

/** True when the server catalogues have this key (in English; parity is tested). */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(catalogues['en-CA'], key);
}

/** Formats a server message (error, CLI line, letter text) in the given language. */
export function translate(locale: Locale, key: string, values: MessageValues = {}): string {
  return intlFor(locale).formatMessage({ id: key }, values);
}
