import { z } from 'zod/mini';

// The group's shape (list, detail, sessions) is in `groups-read.ts`, shared with the group page;
// this file holds what only setting groups up needs.

/** `GET /facilitators`: the agency's active facilitators, to choose a group's co-facilitators. */
export const facilitatorListSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** ISO weekdays, Monday first (a group's `weekday`). */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
