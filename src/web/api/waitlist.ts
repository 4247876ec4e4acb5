import { z } from 'zod/mini';

/** One person waiting for a group, as `GET /waitlist` lists them. */
export const waitlistEntrySchema = z.object({
  participantId: z.string(),
  name: z.string(),
  stream: z.string(),
  groupGender: z.string(),
  language: z.string(),
  indigenousIdentity: z.boolean(),
  waitlistedOn: z.string(),
  daysWaited: z.number(),
  completeBy: z.nullable(z.string()),
});

/** A person waiting for a group. */
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

/** `GET /waitlist`. */
export const waitlistSchema = z.array(waitlistEntrySchema);
