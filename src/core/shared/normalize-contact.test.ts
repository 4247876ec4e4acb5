import { describe, expect, it } from 'vitest';
import { ageOn, toE164, toPostalCode } from './normalize-contact.js';

describe('contact normalisation', () => {
  it.each([
    ['(416) 555-0199', '+14165550199'],
    ['416.555.0199', '+14165550199'],
    ['1-807-555-0123', '+18075550123'],
    ['+33 1 42 68 53 00', '+33142685300'],
    ['555-01', undefined],
    ['not a phone', undefined],
  ])('phone %s → %s', (input, expected) => expect(toE164(input)).toBe(expected));

  it.each([
    ['m5v 2t6', 'M5V 2T6'],
    ['K1A0B1', 'K1A 0B1'],
    ['P9N 3X7', 'P9N 3X7'],
    ['D1A 1A1', undefined],
    ['12345', undefined],
  ])('postal code %s → %s', (input, expected) => expect(toPostalCode(input)).toBe(expected));

  it.each([
    ['1990-06-15', '2026-06-14', 35],
    ['1990-06-15', '2026-06-15', 36],
    ['2008-02-29', '2026-02-28', 17],
  ])('age of someone born %s on %s is %i', (dob, day, age) => expect(ageOn(dob, day)).toBe(age));
});
