import { z } from 'zod';

const calendarDate = z.iso.date();

/**
 * A wall-clock time as a person types it, `YYYY-MM-DDTHH:MM` (no offset: the site's or group's
 * time zone applies). The day must exist on the calendar: 2026-02-30 is refused here rather
 * than by the database.
 */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01][0-9]|2[0-3]):[0-5][0-9]$/)
  .refine((value) => calendarDate.safeParse(value.slice(0, 10)).success, { params: { reason: 'no_such_date' } });
