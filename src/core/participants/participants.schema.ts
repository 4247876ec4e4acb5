import { z } from 'zod';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** A person's identity and contact details, as a referral names them and intake corrects them (income is kept apart). */
export const ParticipantDetails = z.strictObject({
  givenName: text(100),
  familyName: text(100),
  preferredName: text(100).optional(),
  dateOfBirth: isoDate,
  gender: z.enum(['man', 'woman', 'non_binary', 'two_spirit', 'another']),
  /** The gender-separated group the person will join (men's or women's). */
  groupGender: z.enum(['men', 'women']),
  pronouns: text(40).optional(),
  language: z.enum(['en', 'fr', 'other']),
  languageOther: text(60).optional(),
  interpreterNeeded: z.boolean().default(false),
  indigenousIdentity: z.boolean().default(false),
  phone: text(40).optional(),
  email: z.email().max(254).optional(),
  safeToLeaveMessages: z.boolean().default(false),
  address: z.strictObject({ street: text(200), city: text(100), province: z.enum(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']), postalCode: text(10) }).optional(),
  accessibilityNeeds: text(1000).optional(),
});
export type ParticipantDetails = z.infer<typeof ParticipantDetails>;

/** The whole record, replaced at once (a form sends every field), checked against the version read. */
export const UpdateParticipantInput = ParticipantDetails.extend({ version: z.number().int().positive() });
export type UpdateParticipantInput = z.infer<typeof UpdateParticipantInput>;

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
  address: z.object({ street: z.string(), city: z.string(), province: z.string(), postalCode: z.string() }).nullable(),
  accessibilityNeeds: z.string().nullable(),
  /** Email reminders before sessions, by the participant's choice. */
  remindersOptIn: z.boolean(),
  caseState: z.string(),
  version: z.number().int(),
  referrals: z.array(
    z.object({
      id: z.uuid(),
      source: z.string(),
      stream: z.string(),
      status: z.string(),
      /** Sent back with a decision: a referral is decided once, by whoever saw its current version. */
      version: z.number().int(),
      returnReason: z.string().nullable(),
      duplicateOf: z.uuid().nullable(),
      courtFileNumber: z.string().nullable(),
      courtLocation: z.string().nullable(),
      charges: z.array(z.string()),
      officer: z.object({ name: z.string().nullable(), office: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
      orderDate: z.string().nullable(),
      completeBy: z.string().nullable(),
      receivedAt: z.string(),
      conditions: z.array(z.object({ kind: z.string(), withWhom: z.string().nullable(), exceptions: z.string().nullable(), expiresOn: z.string().nullable() })),
      /** Attached orders: names, types and sizes (the content only through the audited download). */
      documents: z.array(z.object({ id: z.uuid(), kind: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.string() })),
    }),
  ),
  /** That partner information was passed on, and when: nothing about the partners themselves. */
  partnerHandoffs: z.array(z.object({ passedAt: z.string(), partnersCount: z.number().int() })),
  appointments: z.array(z.object({ id: z.uuid(), mode: z.string(), startsAt: z.string(), timeZone: z.string(), status: z.string() })),
  assessments: z.array(z.object({ id: z.uuid(), formVersion: z.string(), suitability: z.string(), reasons: z.string().nullable(), completedAt: z.string() })),
  consents: z.array(z.object({ kind: z.string(), formVersion: z.string(), method: z.string(), signedName: z.string(), signedAt: z.string(), withdrawnAt: z.string().nullable() })),
  history: z.array(z.object({ transition: z.string(), from: z.string(), to: z.string(), reason: z.string().nullable(), reasonCode: z.string().nullable(), occurredAt: z.string(), byUser: z.string().nullable(), byName: z.string().nullable() })),
  /** The group the person is placed in now, with their credit and standing; null before placement. */
  placement: z
    .object({
      groupId: z.uuid(),
      groupName: z.string(),
      enrolledAt: z.string(),
      firstSessionNumber: z.number().int(),
      creditedSessions: z.number().int(),
      sessionsRequired: z.number().int(),
      standing: z.enum(['on_track', 'at_risk', 'pending_discharge', 'eligible_to_complete']),
      anticipatedCompletionDate: z.string().nullable(),
      completionReview: z.object({ outcome: z.enum(['met', 'not_met']), reviewedAt: z.string() }).nullable(),
    })
    .nullable(),
  /** The decisions the case allows now and this user may take (for the buttons to show). */
  availableTransitions: z.array(z.string()),
});
export type ParticipantFile = z.infer<typeof ParticipantFile>;

/** Coded reasons for a pending discharge or a discharge: what the partner and the referral source are told. */
export const dischargeReasons = ['non_attendance', 'non_compliance', 'new_charge_or_threat', 'safety_risk', 'withdrawal', 'transfer', 'other'] as const;

export const TransitionInput = z.strictObject({
  transition: z.enum(['book_intake', 'rebook_intake', 'record_assessment', 'find_unsuitable', 'waitlist', 'enrol', 'return_to_waitlist', 'start', 'complete', 'warn_pending_discharge', 'revoke_pending_discharge', 'discharge', 'withdraw', 'transfer']),
  reason: z.string().trim().max(1000).optional(),
  /** Required for a pending discharge and a discharge. */
  reasonCode: z.enum(dischargeReasons).optional(),
  version: z.number().int().positive(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

/** A facilitator's warning that the case is heading to discharge (the manager decides). */
export const PendingDischargeInput = z.strictObject({
  reasonCode: z.enum(dischargeReasons),
  reason: z.string().trim().min(1).max(1000),
  version: z.number().int().positive(),
});

/** The facilitator's final check-out before the manager signs the completion off. */
export const CompletionReviewInput = z.strictObject({
  outcome: z.enum(['met', 'not_met']),
  comments: z.string().trim().max(4000).optional(),
});
export const TransitionResult = z.object({ from: z.string(), to: z.string(), version: z.number().int() });
