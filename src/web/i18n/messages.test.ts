import { isLiteralElement, isPluralElement, isPoundElement, isSelectElement, isTagElement, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { locales } from './locale';
import { messages, type MessageId } from './messages';

const ids = Object.keys(messages['en-CA']) as MessageId[];

/**
 * Argument names (`{page}`, `{count, plural, …}`) and rich-text tags (`<code>`) of a message,
 * read by the ICU parser: text inside a select's options (`{en {English}}`) is not an argument.
 */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isTagElement(element)) {
        found.add(`<${element.value}>`);
        walk(element.children);
      } else if (isSelectElement(element) || isPluralElement(element)) {
        found.add(`{${element.value}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if ('value' in element && !isLiteralElement(element) && !isPoundElement(element)) {
        found.add(`{${element.value}}`);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe('UI catalogues', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(messages['fr-CA']).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s uses the same placeholders in both languages', (id) => {
    expect(placeholders(messages['fr-CA'][id])).toEqual(placeholders(messages['en-CA'][id]));
  });

  it.each(locales)('every %s message formats without error', (locale) => {
    const errors: unknown[] = [];
    const intl = createIntl({ locale, messages: messages[locale], onError: (e) => errors.push(e) });
    const values = {
      page: 'p', version: '1', date: 'd', time: 't', value: 'v', requestId: 'r', name: 'n', agency: 'a',
      team: 't', program: 'p', until: 'u', count: 2, min: 1, max: 9, limit: 500, label: 'l', message: 'm',
      stream: 's', from: 'f', to: 't', consent: 'c', decision: 'd', dateOfBirth: 'b',
      row: 'r', number: 1, source: 's', referral: 'r', size: '1',
      // Partner contact (worklist, contact log, letters).
      overdue: 1, urgent: 1, attempts: 2, next: 2, required: 4, done: 1, windowEndsOn: 'w', type: 't', reason: 'r', minutes: 5, list: 'l', failed: 1, threshold: 3, language: 'l',
      // Partner file, disclosures, resource history and HSDS import.
      age: 7, before: 'b', channel: 'phone', command: 'c', created: 1, days: 90, file: 'f', how: 'phone', kind: 'k', records: 3, status: 's', times: 't', when: 'w',
    };
    for (const id of ids) {
      // Any argument the sample values do not name gets a number (a plural's or select's `other`).
      const found = placeholders(messages[locale][id]);
      const missing = found.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1)).filter((name) => !(name in values));
      // Each rich-text tag (`<code>`, `<link>` …) is given the plain rendering a component would wrap.
      const tags = found.filter((p) => p.startsWith('<')).map((p) => [p.slice(1, -1), (chunks: unknown[]) => chunks.join('')]);
      intl.formatMessage({ id }, { ...Object.fromEntries(missing.map((name) => [name, 3])), ...values, ...Object.fromEntries(tags) });
    }
    expect(errors).toEqual([]);
  });
});
