import { AppError, type FieldIssue } from '../shared/app-error.js';
import type { StatisticsQuery } from './statistics.schema.js';

/** The longest period the statistics answer for: five years (a Ministry report spans a quarter or a year). */
export const maxPeriodDays = 5 * 366;

/** A reporting period: two agency days, both included. */
export interface Period {
  from: string;
  to: string;
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar quarter holding `day`: 1 January–31 March, 1 April–30 June, and so on. */
export function quarterOf(day: string): Period {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const startMonth = quarter * 3 + 1;
  const end = new Date(Date.UTC(year, startMonth + 2, 0));
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: end.toISOString().slice(0, 10) };
}

/**
 * The period asked for, checked: a missing end takes the current quarter's (the agency's
 * `today`), a missing start too. Refused with a message on the field: a day not on the calendar,
 * an end before the start, a period over five years.
 */
export function resolvePeriod(query: StatisticsQuery, today: string): Period {
  const quarter = quarterOf(today);
  const issues: FieldIssue[] = [];
  for (const field of ['from', 'to'] as const) {
    const day = query[field];
    if (day !== undefined && !isCalendarDay(day)) issues.push({ path: `query.${field}`, code: 'statistics.day_invalid', params: { day } });
  }
  if (issues.length > 0) throw new AppError('invalid', 'statistics.day_invalid', { day: String(issues[0]!.params!.day) }, { issues });
  const period = { from: query.from ?? quarter.from, to: query.to ?? quarter.to };
  if (period.to < period.from) {
    const params = { from: period.from, to: period.to };
    throw new AppError('invalid', 'statistics.period_end_before_start', params, { issues: [{ path: 'query.to', code: 'statistics.period_end_before_start', params }] });
  }
  if (daysBetween(period.from, period.to) >= maxPeriodDays) {
    const params = { from: period.from, to: period.to, years: 5 };
    throw new AppError('invalid', 'statistics.period_too_long', params, { issues: [{ path: 'query.to', code: 'statistics.period_too_long', params }] });
  }
  return period;
}
