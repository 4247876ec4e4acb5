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
  appointments: z.array(z.object({ id: z.uuid(), mode: z.string(), startsAt: z.string(), timeZone: z.string(), status: z.string() })),
  assessments: z.array(z.object({ id: z.uuid(), formVersion: z.string(), suitability: z.string(), reasons: z.string().nullable(), completedAt: z.string() })),
  consents: z.array(z.object({ kind: z.string(), formVersion: z.string(), method: z.string(), signedName: z.string(), signedAt: z.string(), withdrawnAt: z.string().nullable() })),
  history: z.array(z.object({ transition: z.string(), from: z.string(), to: z.string(), reason: z.string().nullable(), occurredAt: z.string(), byUser: z.string().nullable(), byName: z.string().nullable() })),
  /** The decisions the case allows now (for the buttons to show). */
  availableTransitions: z.array(z.string()),
});
export type ParticipantFile = z.infer<typeof ParticipantFile>;

export const TransitionInput = z.strictObject({
  transition: z.enum(['book_intake', 'rebook_intake', 'record_assessment', 'find_unsuitable', 'waitlist', 'enrol', 'return_to_waitlist', 'start', 'complete', 'warn_pending_discharge', 'revoke_pending_discharge', 'discharge', 'withdraw', 'transfer']),
  reason: z.string().trim().max(1000).optional(),
  version: z.number().int().positive(),
});
export const TransitionResult = z.object({ from: z.string(), to: z.string(), version: z.number().int() });
