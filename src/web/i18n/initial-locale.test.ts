import { describe, expect, it } from 'vitest';
import { initialLocale } from './initial-locale';

describe('initialLocale', () => {
  it.each([
    { why: 'query wins over storage', search: '?lang=fr', stored: 'en-CA', browser: ['en-CA'], want: 'fr-CA' },
    { why: 'query "en" wins over a French browser', search: '?lang=en', stored: null, browser: ['fr-CA'], want: 'en-CA' },
    { why: 'unknown query is ignored', search: '?lang=de', stored: 'fr-CA', browser: ['en'], want: 'fr-CA' },
    { why: 'storage wins over the browser', search: '', stored: 'en-CA', browser: ['fr-FR'], want: 'en-CA' },
    { why: 'French browser', search: '', stored: null, browser: ['fr-FR', 'en'], want: 'fr-CA' },
    { why: 'English-first browser stays English', search: '', stored: null, browser: ['en-US', 'fr'], want: 'en-CA' },
    { why: 'other languages get English', search: '', stored: 'garbage', browser: ['es-MX'], want: 'en-CA' },
    { why: 'no browser languages', search: '', stored: null, browser: [], want: 'en-CA' },
  ])('$why', ({ search, stored, browser, want }) => {
    expect(initialLocale({ search, stored, browserLanguages: browser })).toBe(want);
  });
});
