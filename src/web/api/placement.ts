import { z } from 'zod/mini';
import { groupSessionSchema } from './groups-read';

/** A group a waitlisted person could join (their gender and language, with room), and any no-contact warning. */
export const placementOptionSchema = z.object({
  groupId: z.string(),
  name: z.string(),
  streamName: z.string(),
  delivery: z.string(),
  /** The group belongs to the Indigenous stream. */
  indigenous: z.boolean(),
  places: z.number(),
  nextSession: z.nullable(groupSessionSchema),
  /** Members under a no-contact order with the person (either way round): names only. */
  noContactWarnings: z.array(z.string()),
});

/** A group offered for placement. */
export type PlacementOption = z.infer<typeof placementOptionSchema>;

/** `GET /participants/:id/placement-options`. */
export const placementOptionListSchema = z.array(placementOptionSchema);

/** `POST /participants/:id/placement`. */
export const placedSchema = z.object({ enrolmentId: z.string(), firstSessionNumber: z.number(), version: z.number() });
