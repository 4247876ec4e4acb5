import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A phone number in E.164 (`+14165550199`), read as Canadian when it has no country code. */
export function toE164(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input, 'CA');
  return parsed?.isPossible() ? parsed.number : undefined;
}

/** A Canadian postal code as `A1A 1A1`, or undefined when it cannot be one. */
export function toPostalCode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return /^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : undefined;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
