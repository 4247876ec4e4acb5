import { formatIsoDate } from '../../format/format-iso-date';
import { isValidTimeZone } from '../../format/is-valid-time-zone';

/** True for a `YYYY-MM-DD` that is a real date. */
export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD`, counted on the calendar. */
export function addDays(day: string, days: number): string {
  const moment = new Date(`${day}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Today's date on the browser's clock. */
export function today(now: Date = new Date()): string {
  return formatIsoDate(now);
}

/** Minutes east of UTC that a zone's clocks show at a moment (−300 in Toronto in winter). */
function offsetMinutes(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The moment a local date and time (`YYYY-MM-DD`, `HH:MM`) happens in a zone: a session's start
 * from the roster, which gives it on the group's clock. A zone the browser does not know is read as UTC.
 */
export function zonedInstant(localDate: string, localTime: string, timeZone: string): Date {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (!isValidTimeZone(timeZone)) return new Date(wall);
  // Two passes settle the offset on either side of a change of clocks.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** How early before the start marks are taken (the server's marking window). */
export const markingOpensMinutesBefore = 15;

/** Whether a session's marks can be recorded now: from 15 minutes before its start. */
export function isMarkingOpen(start: Date, now: Date = new Date()): boolean {
  return now.getTime() >= start.getTime() - markingOpensMinutesBefore * 60_000;
}
