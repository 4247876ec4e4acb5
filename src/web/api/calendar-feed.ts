import { z } from 'zod/mini';

/** `POST /me/calendar-feed`: the secret address (a path on this server), shown this once. `DELETE` turns it off. */
export const calendarFeedSchema = z.object({ url: z.string(), createdAt: z.string() });

/** A new calendar address. */
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
