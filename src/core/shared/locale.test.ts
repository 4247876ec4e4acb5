import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, undefined, 'en-CA'],
    ['fr', undefined, 'fr-CA'],
    ['en', 'fr-CA', 'en-CA'],
    ['de', 'fr-CA,fr;q=0.9', 'fr-CA'],
    [undefined, 'de-DE,fr;q=0.8,en;q=0.5', 'fr-CA'],
    [undefined, 'en-US,fr;q=0.9', 'en-CA'],
    [undefined, 'fr;q=0,en;q=0.1', 'en-CA'],
    [undefined, 'es', 'en-CA'],
  ])('explicit %s with Accept-Language %s gives %s', (explicit, header, expected) => {
    expect(negotiateLocale(explicit, header)).toBe(expected);
  });
});
