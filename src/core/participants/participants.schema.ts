import { z } from 'zod';

/** The participant file as participant-side staff see it: never a partner's details. */
export const ParticipantFile = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string(),
  gender: z.string(),
  groupGender: z.enum(['men', 'women']),
  pronouns: z.string().nullable(),
  language: z.enum(['en', 'fr', 'other']),
  languageOther: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  indigenousIdentity: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  safeToLeaveMessages: z.boolean(),
  accessibilityNeeds: z.string().nullable(),
  caseState: z.string(),
  version: z.number().int(),
  referrals: z.array(
    z.object({
      id: z.uuid(),
      source: z.string(),
      stream: z.string(),
      status: z.string(),
      courtFileNumber: z.string().nullable(),
      orderDate: z.string().nullable(),
      completeBy: z.string().nullable(),
      receivedAt: z.string(),
      conditions: z.array(z.object({ kind: z.string(), withWhom: z.string().nullable(), exceptions: z.string().nullable(), expiresOn: z.string().nullable() })),
    }),
  ),
  /** That partner information was passed on, and when: nothing about the partners themselves. */
  partnerHandoffs: z.array(z.object({ passedAt: z.string(), partnersCount: z.number().int() })),
});
export type ParticipantFile = z.infer<typeof ParticipantFile>;
