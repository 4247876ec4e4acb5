import { describe, expect, it } from 'vitest';
import { formatCents, parseDollars, typedDollars } from './fees';

describe('amounts typed in the fees forms', () => {
  it('reads dollars as people type them, in English or French, as integer cents', () => {
    expect(parseDollars('125')).toBe(12_500);
    expect(parseDollars('125.5')).toBe(12_550);
    expect(parseDollars('125,50')).toBe(12_550);
    expect(parseDollars(' $125.05 ')).toBe(12_505);
    expect(parseDollars('125,00 $')).toBe(12_500);
    expect(parseDollars('1\u00a0234,56')).toBe(123_456);
    expect(parseDollars('0')).toBe(0);
    expect(parseDollars('0.07')).toBe(7);
  });

  it('refuses what is not an amount with at most two decimals', () => {
    for (const typed of ['', '-5', '12.345', 'abc', '1e3', '12.', '.5', '1,234.56', '10000000000']) expect(parseDollars(typed)).toBeUndefined();
  });

  it('writes cents as dollars the way each language does', () => {
    expect(formatCents(12_500, 'en-CA')).toBe('$125.00');
    expect(formatCents(-2_550, 'en-CA')).toBe('-$25.50');
    expect(formatCents(12_500, 'fr-CA').replace(/[\u00a0\u202f]/g, ' ')).toBe('125,00 $');
  });

  it('starts a form with an amount as each language types it, which reads back as the same cents', () => {
    expect(typedDollars(12_500, 'en-CA')).toBe('125.00');
    expect(typedDollars(12_500, 'fr-CA')).toBe('125,00');
    expect(typedDollars(123_456, 'fr-CA')).toBe('1234,56');
    for (const locale of ['en-CA', 'fr-CA']) expect(parseDollars(typedDollars(123_456, locale))).toBe(123_456);
  });
});
