import { z } from 'zod/mini';

/**
 * The short form of a person's standing (roster, group page): credit so far against what the
 * program requires, the standing (`eligible_to_complete`, `on_track`, `at_risk`,
 * `pending_discharge`) and the codes of why (`standing.reason.<code>` in the catalogue).
 */
export const standingSummarySchema = z.object({
  creditedSessions: z.number(),
  sessionsRequired: z.number(),
  remaining: z.number(),
  standing: z.string(),
  reasons: z.array(z.string()),
  anticipatedCompletionDate: z.nullable(z.string()),
});

/** A standing in short. */
export type StandingSummary = z.infer<typeof standingSummarySchema>;

/** A standing with its counts: attended, absences by kind, lates. */
export const standingDetailSchema = z.object({
  ...standingSummarySchema.def.shape,
  attended: z.number(),
  absences: z.object({ excused: z.number(), unexcused: z.number(), refusedEntry: z.number(), leftEarly: z.number() }),
  lates: z.number(),
  latesCountedAsUnexcused: z.number(),
  unexcusedTotal: z.number(),
  madeUp: z.number(),
});

/** A standing in full. */
export type StandingDetail = z.infer<typeof standingDetailSchema>;

/** `GET /groups/:groupId/standings`: the members, worst standing first. */
export const groupStandingsSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  members: z.array(z.object({ participantId: z.string(), name: z.string(), firstSessionNumber: z.number(), standing: z.nullable(standingDetailSchema) })),
});

/** A group's members with their standing. */
export type GroupStandings = z.infer<typeof groupStandingsSchema>;
