import { z } from 'zod/mini';

/** One person waiting for intake, as `GET /intake/worklist` lists them. */
export const intakeWorkItemSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  caseState: z.string(),
  stream: z.string(),
  receivedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  appointment: z.nullable(z.object({ startsAt: z.string(), timeZone: z.string(), mode: z.string() })),
});

/** A person waiting for intake. */
export type IntakeWorkItem = z.infer<typeof intakeWorkItemSchema>;

/** `GET /intake/worklist`. */
export const intakeWorklistSchema = z.array(intakeWorkItemSchema);
