import { z } from 'zod/mini';

/** A concern raised in session, as the manager's list shows it (urgent ones, threats, first). */
export const concernSchema = z.object({
  concernId: z.string(),
  sessionId: z.string(),
  participantId: z.string(),
  kind: z.string(),
  /** Whom a threat was against; null for any other kind. */
  threatTarget: z.nullable(z.string()),
  severity: z.string(),
  urgent: z.boolean(),
  recordedAt: z.string(),
  participantName: z.string(),
  groupName: z.string(),
  sessionDate: z.string(),
  facilitatorName: z.nullable(z.string()),
  acknowledgedAt: z.nullable(z.string()),
});

/** A concern to follow up. */
export type Concern = z.infer<typeof concernSchema>;

/** `GET /concerns?open=true`. */
export const concernListSchema = z.array(concernSchema);

/** `POST /concerns/:id/acknowledge`. */
export const acknowledgedConcernSchema = z.object({ concernId: z.string(), acknowledgedAt: z.string() });
