import { zonedTimeToInstant } from './zoned-time.js';

/** The ISO weekday (1 = Monday … 7 = Sunday) of a `YYYY-MM-DD` date. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** `day` plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** True on a weekday that is not one of the agency's holidays. */
export function isBusinessDay(day: string, holidays: ReadonlySet<string>): boolean {
  return isoWeekday(day) <= 5 && !holidays.has(day);
}

/**
 * The business day `count` business days after `day`. An event on a weekend or holiday is taken
 * as if it happened at the close of the previous business day: a Saturday absence with one
 * business day to tell is due on Monday, as a Friday evening one is.
 */
export function addBusinessDays(day: string, count: number, holidays: ReadonlySet<string>): string {
  let current = day;
  let left = count;
  if (!isBusinessDay(current, holidays)) {
    while (!isBusinessDay(current, holidays)) current = addDays(current, 1);
    left = Math.max(0, left - 1);
  }
  while (left > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current, holidays)) left -= 1;
  }
  return current;
}

/** Close of business (17:00) on a day in a time zone, as an instant. */
export function closeOfBusiness(day: string, timeZone: string): Date {
  return zonedTimeToInstant(`${day}T17:00`, timeZone);
}
