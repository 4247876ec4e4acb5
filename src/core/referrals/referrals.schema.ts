import { z } from 'zod';
import { ParticipantDetails } from '../participants/participants.schema.js';

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const referralSources = ['court', 'probation', 'crown', 'central_intake', 'self', 'other'] as const;
export const referralStreams = ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'] as const;
export const conditionKinds = ['no_contact', 'no_go', 'weapons', 'abstain', 'other'] as const;

/** A new person, as the referral names them (identity and contact; income is recorded at intake). */
export const NewParticipant = ParticipantDetails;
export type NewParticipant = ParticipantDetails;

/** A person named as victim or partner: goes straight into the partner compartment (write-only). */
export const ReferralPartner = z.strictObject({
  fullName: text(200),
  relationship: z.enum(['victim', 'current_partner', 'former_partner', 'other']),
  language: z.enum(['en', 'fr', 'other']).optional(),
  phone: text(40).optional(),
  address: text(300).optional(),
  childrenAges: z.array(z.number().int().min(0).max(25)).max(15).default([]),
});

export const ReceiveReferralInput = z.strictObject({
  /** Set by the form once per submission: a double submit creates one referral. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/),
  participant: z.union([z.strictObject({ existingId: z.uuid() }), NewParticipant]),
  referral: z.strictObject({
    source: z.enum(referralSources),
    stream: z.enum(referralStreams),
    courtFileNumber: text(60).optional(),
    courtLocation: text(120).optional(),
    charges: z.array(text(200)).max(20).default([]),
    orderDate: isoDate.optional(),
    completeBy: isoDate.optional(),
    officer: z.strictObject({ name: text(120).optional(), office: text(120).optional(), phone: text(40).optional(), email: z.email().max(254).optional() }).optional(),
  }),
  conditions: z.array(z.strictObject({ kind: z.enum(conditionKinds), withWhom: text(200).optional(), exceptions: text(500).optional(), expiresOn: isoDate.optional() })).max(10).default([]),
  partners: z.array(ReferralPartner).max(5).default([]),
});
export type ReceiveReferralInput = z.infer<typeof ReceiveReferralInput>;

export const ReferralReceipt = z.object({
  referralId: z.uuid(),
  participantId: z.uuid(),
  /** Only that partner information was passed on, how much and when: never what. */
  partnersPassedOn: z.number().int(),
  receivedAt: z.string(),
  /** True when this idempotency key had already created the referral (a repeated submit). */
  repeated: z.boolean(),
});
export type ReferralReceipt = z.infer<typeof ReferralReceipt>;

export const DuplicateCheckInput = z.strictObject({
  givenName: text(100),
  familyName: text(100),
  dateOfBirth: isoDate.optional(),
  courtFileNumber: text(60).optional(),
});
export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

export const DuplicateCandidate = z.object({
  participantId: z.uuid(),
  name: z.string(),
  dateOfBirth: z.string(),
  caseState: z.string(),
  reasons: z.array(z.enum(['similar_name', 'same_birth_date', 'same_court_file'])),
  similarity: z.number(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;
