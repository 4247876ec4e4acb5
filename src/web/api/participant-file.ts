import { z } from 'zod/mini';

/**
 * A document attached to a referral: its name, type and size (the content only through the
 * audited download); also what `POST /referrals/:id/documents` answers.
 */
export const referralDocumentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  uploadedAt: z.string(),
});

/** One referral on a participant's file, with its court conditions, referring officer and documents. */
const referralSchema = z.object({
  id: z.string(),
  source: z.string(),
  stream: z.string(),
  status: z.string(),
  /** Sent back with a decision: a referral is decided once, by whoever saw its current version. */
  version: z.number(),
  returnReason: z.nullable(z.string()),
  /** The referral this one repeats, when it was marked a duplicate. */
  duplicateOf: z.nullable(z.string()),
  courtFileNumber: z.nullable(z.string()),
  courtLocation: z.nullable(z.string()),
  charges: z.array(z.string()),
  officer: z.object({ name: z.nullable(z.string()), office: z.nullable(z.string()), phone: z.nullable(z.string()), email: z.nullable(z.string()) }),
  orderDate: z.nullable(z.string()),
  completeBy: z.nullable(z.string()),
  receivedAt: z.string(),
  conditions: z.array(
    z.object({ kind: z.string(), withWhom: z.nullable(z.string()), exceptions: z.nullable(z.string()), expiresOn: z.nullable(z.string()) }),
  ),
  documents: z.array(referralDocumentSchema),
});

/** A referral as the participant file shows it. */
export type Referral = z.infer<typeof referralSchema>;

/** `GET /participants/:id`: the file as participant-side staff see it (never a partner's details). */
export const participantFileSchema = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.nullable(z.string()),
  dateOfBirth: z.string(),
  gender: z.string(),
  groupGender: z.string(),
  pronouns: z.nullable(z.string()),
  language: z.string(),
  languageOther: z.nullable(z.string()),
  interpreterNeeded: z.boolean(),
  indigenousIdentity: z.boolean(),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
  safeToLeaveMessages: z.boolean(),
  address: z.nullable(z.object({ street: z.string(), city: z.string(), province: z.string(), postalCode: z.string() })),
  accessibilityNeeds: z.nullable(z.string()),
  remindersOptIn: z.boolean(),
  caseState: z.string(),
  /** Sent back with each change, so that two workers cannot overwrite each other unknowingly. */
  version: z.number(),
  referrals: z.array(referralSchema),
  partnerHandoffs: z.array(z.object({ passedAt: z.string(), partnersCount: z.number() })),
  appointments: z.array(z.object({ id: z.string(), mode: z.string(), startsAt: z.string(), timeZone: z.string(), status: z.string() })),
  assessments: z.array(
    z.object({ id: z.string(), formVersion: z.string(), suitability: z.string(), reasons: z.nullable(z.string()), completedAt: z.string() }),
  ),
  consents: z.array(
    z.object({
      kind: z.string(),
      formVersion: z.string(),
      method: z.string(),
      signedName: z.string(),
      signedAt: z.string(),
      withdrawnAt: z.nullable(z.string()),
    }),
  ),
  history: z.array(
    z.object({
      transition: z.string(),
      from: z.string(),
      to: z.string(),
      reason: z.nullable(z.string()),
      /** The coded reason of a pending discharge or a discharge (one of {@link dischargeReasons}). */
      reasonCode: z.nullable(z.string()),
      occurredAt: z.string(),
      byUser: z.nullable(z.string()),
      byName: z.nullable(z.string()),
    }),
  ),
  /** The group the person is placed in now, with their credit and standing; null before placement. */
  placement: z.nullable(
    z.object({
      groupId: z.string(),
      groupName: z.string(),
      enrolledAt: z.string(),
      firstSessionNumber: z.number(),
      creditedSessions: z.number(),
      sessionsRequired: z.number(),
      standing: z.string(),
      anticipatedCompletionDate: z.nullable(z.string()),
      /** The facilitator's final check-out, once recorded. */
      completionReview: z.nullable(z.object({ outcome: z.string(), reviewedAt: z.string() })),
    }),
  ),
  /** The decisions the case allows now. */
  availableTransitions: z.array(z.string()),
});

/** A participant's file. */
export type ParticipantFile = z.infer<typeof participantFileSchema>;

/** The four consents a case needs before it can go on the waitlist. */
export const consentKinds = ['limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement'] as const;

/** One of the four consents. */
export type ConsentKind = (typeof consentKinds)[number];

/** `PUT /participants/:id`: the record's new version. */
export const participantSavedSchema = z.object({ version: z.number() });

/** Coded reasons of a pending discharge or a discharge: what the partner and the referral source are told. */
export const dischargeReasons = ['non_attendance', 'non_compliance', 'new_charge_or_threat', 'safety_risk', 'withdrawal', 'transfer', 'other'] as const;

/** Decisions the server takes only with a coded reason (`reasonCode`). */
export const codedTransitions: readonly string[] = ['warn_pending_discharge', 'discharge'];

/** `POST /participants/:id/transitions`. */
export const transitionResultSchema = z.object({ from: z.string(), to: z.string(), version: z.number() });

/** `POST /referrals/:id/decision`: the referral's new status. */
export const referralDecisionSchema = z.object({ referralId: z.string(), status: z.string(), version: z.number() });

/** `GET|PUT /participants/:id/income`: what the participant declared (intake and finance only). */
export const declaredIncomeSchema = z.object({
  householdSize: z.number(),
  annualIncomeCents: z.number(),
  declaredAt: z.string(),
  version: z.number(),
});

/** A participant's declared household income. */
export type DeclaredIncome = z.infer<typeof declaredIncomeSchema>;

/** `GET /participants/:id/income`: null before the first declaration. */
export const incomeAnswerSchema = z.nullable(declaredIncomeSchema);
