import type { IntlShape } from 'react-intl';

/** The name of an ISO weekday (1 Monday … 7 Sunday) in the reader's language ("Tuesday", "mardi"). */
export function weekdayName(intl: IntlShape, weekday: number): string {
  // 2024-01-01 was a Monday.
  return intl.formatDate(new Date(Date.UTC(2024, 0, weekday)), { weekday: 'long', timeZone: 'UTC' });
}

/** A local `HH:MM` as the reader's clock says it ("18:30", "18 h 30"), 24-hour. */
export function localTimeLabel(intl: IntlShape, time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return intl.formatTime(new Date(Date.UTC(2024, 0, 1, hours ?? 0, minutes ?? 0)), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
}
