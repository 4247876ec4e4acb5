import { z } from 'zod/mini';

/** `POST /referrals`: what was created (and whether this submit had already been received). */
export const referralReceiptSchema = z.object({
  referralId: z.string(),
  participantId: z.string(),
  partnersPassedOn: z.number(),
  receivedAt: z.string(),
  repeated: z.boolean(),
});

/** `POST /participants/duplicate-check`: people who may be the one a new referral names. */
export const duplicateCandidatesSchema = z.array(
  z.object({
    participantId: z.string(),
    name: z.string(),
    dateOfBirth: z.string(),
    caseState: z.string(),
    reasons: z.array(z.string()),
    similarity: z.number(),
  }),
);

/** A person who may already have a file. */
export type DuplicateCandidate = z.infer<typeof duplicateCandidatesSchema>[number];
