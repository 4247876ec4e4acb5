import { z } from 'zod';

/**
 * Every input and output of the fees API (issue #8). Money is integer cents, CAD. A ledger
 * amount is signed as it moves the balance (what the participant owes): a charge and a refund
 * are positive, a payment negative, a correction either. Dates without a time are local
 * `YYYY-MM-DD`; instants are ISO strings.
 *
 * Routes (src/server/routes/fee-routes.ts):
 * - GET  /fees/schedules                      → FeeScheduleList            (fee.read)
 * - GET  /fees/schedules/:scheduleId          → FeeSchedule                (fee.read)
 * - POST /fees/schedules   CreateFeeScheduleInput → FeeSchedule           (fee.schedule: finance, manager)
 * - GET  /fees/settings                       → FeeSettings                (fee.read)
 * - PUT  /fees/settings    UpdateFeeSettingsInput → FeeSettings           (fee.manage)
 * - GET  /participants/:participantId/fees    → ParticipantFees            (fee.read)
 * - POST /participants/:participantId/fee-assessments CreateFeeAssessmentInput → FeeAssessment (fee.assess: intake, finance)
 * - POST /participants/:participantId/ledger-entries  CreateLedgerEntryInput → LedgerEntryResult (fee.manage)
 * - GET  /participants/:participantId/receipts/:receiptNumber → Receipt    (fee.read)
 * - GET  /participants/:participantId/receipts/:receiptNumber/pdf → application/pdf (fee.read, ?locale=en|fr)
 * - GET  /fees/reports/aged-balances?asOf=    → AgedBalancesReport         (fee.manage)
 * - GET  /fees/reports/daily-payments?date=   → DailyPaymentsReport        (fee.manage)
 * - POST /fees/periods/close  ClosePeriodInput → ClosedPeriod              (fee.manage)
 */

// A calendar day that exists (2026-02-30 and 0000-00-00 are refused here, not by the database).
const localDate = z.iso.date();
const isoInstant = z.string();
const cents = z.number().int();
/** Up to $100,000.00: more is a typing error, never a fee. */
const maxCents = 10_000_000;

export const paymentMethods = ['cash', 'debit', 'credit', 'e_transfer', 'third_party'] as const;
export const PaymentMethod = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const ledgerKinds = ['charge', 'payment', 'refund', 'correction'] as const;
export const LedgerKind = z.enum(ledgerKinds);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** What a charge is for: the program fee (from an assessment) or a private session. */
export const chargeTypes = ['program_fee', 'private_session'] as const;
export const ChargeType = z.enum(chargeTypes);
export type ChargeType = z.infer<typeof ChargeType>;

/** How an assessment departs from the schedule. `computed`: the schedule's amount as is. */
export const assessmentKinds = ['computed', 'negotiated', 'waived', 'subsidized'] as const;
export const AssessmentKind = z.enum(assessmentKinds);
export type AssessmentKind = z.infer<typeof AssessmentKind>;

/** Why an assessment was negotiated, waived or subsidized (a code: no personal text is kept). */
export const adjustmentReasons = ['financial_hardship', 'income_change', 'third_party_funding', 'agency_discretion', 'other'] as const;
export const AdjustmentReason = z.enum(adjustmentReasons);
export type AdjustmentReason = z.infer<typeof AdjustmentReason>;

/** Why a ledger entry is corrected. */
export const correctionReasons = ['entry_error', 'wrong_amount', 'wrong_participant', 'reassessment', 'other'] as const;
export const CorrectionReason = z.enum(correctionReasons);
export type CorrectionReason = z.infer<typeof CorrectionReason>;

// ---------------------------------------------------------------------------------------------
// Schedules

/**
 * One band of the sliding scale: it applies to households of at least `minHouseholdSize` people
 * whose annual income is at most `maxIncomeCents` (null: no upper bound). The band chosen is
 * the one with the largest `minHouseholdSize` not above the household's size, and within it the
 * lowest `maxIncomeCents` the income does not exceed.
 */
export const FeeBand = z.strictObject({
  minHouseholdSize: z.number().int().min(1).max(20),
  maxIncomeCents: z.number().int().min(0).max(100_000_000_00).nullable(),
  totalFeeCents: z.number().int().min(0).max(maxCents),
});
export type FeeBand = z.infer<typeof FeeBand>;

/** A new version of a stream's schedule. It applies to assessments made on or after `effectiveFrom`. */
export const CreateFeeScheduleInput = z.strictObject({
  streamId: z.uuid(),
  effectiveFrom: localDate,
  privateSessionFeeCents: z.number().int().min(0).max(maxCents),
  bands: z.array(FeeBand).min(1).max(200),
});
export type CreateFeeScheduleInput = z.infer<typeof CreateFeeScheduleInput>;

export const FeeSchedule = z.object({
  id: z.uuid(),
  streamId: z.uuid(),
  streamName: z.string(),
  streamNameFr: z.string(),
  /** 1, 2, … per stream. */
  version: z.number().int(),
  effectiveFrom: localDate,
  privateSessionFeeCents: cents,
  /** From the stream's policy, to show the per-session fee. */
  sessionsRequired: z.number().int(),
  bands: z.array(FeeBand),
  createdAt: isoInstant,
  createdBy: z.uuid().nullable(),
  /** The version that applies to an assessment made today. */
  inForce: z.boolean(),
});
export type FeeSchedule = z.infer<typeof FeeSchedule>;

export const FeeScheduleList = z.object({ schedules: z.array(FeeSchedule) });
export type FeeScheduleList = z.infer<typeof FeeScheduleList>;

// ---------------------------------------------------------------------------------------------
// Assessments

/**
 * Departing from the schedule needs an approver holding `fee.schedule` (finance, manager).
 * negotiated: `amountCents` is the agreed total fee; subsidized: `amountCents` is the subsidy
 * taken off the schedule's fee (more than 0, less than it); waived: the fee is 0 (no amount).
 */
export const AssessmentAdjustment = z.strictObject({
  kind: z.enum(['negotiated', 'waived', 'subsidized']),
  amountCents: z.number().int().nullish(),
  reason: AdjustmentReason,
  approverId: z.uuid(),
});
export type AssessmentAdjustment = z.infer<typeof AssessmentAdjustment>;

/** Assess (or re-assess) from the declared income and household size on file. */
export const CreateFeeAssessmentInput = z.strictObject({
  streamId: z.uuid(),
  adjustment: AssessmentAdjustment.nullish(),
});
export type CreateFeeAssessmentInput = z.infer<typeof CreateFeeAssessmentInput>;

export const FeeAssessment = z.object({
  id: z.uuid(),
  streamId: z.uuid(),
  scheduleId: z.uuid(),
  scheduleVersion: z.number().int(),
  /** Null for a reader without `income.read` (the manager). */
  householdSize: z.number().int().nullable(),
  annualIncomeCents: cents.nullable(),
  /** What the schedule says. */
  scheduleFeeCents: cents,
  kind: AssessmentKind,
  /** What the participant owes for the program. */
  totalFeeCents: cents,
  sessionsRequired: z.number().int(),
  /** total / sessions, rounded down; the remainder goes on the last session. */
  perSessionFeeCents: cents,
  lastSessionFeeCents: cents,
  privateSessionFeeCents: cents,
  reason: AdjustmentReason.nullable(),
  approverId: z.uuid().nullable(),
  assessedAt: isoInstant,
  assessedBy: z.uuid().nullable(),
  current: z.boolean(),
});
export type FeeAssessment = z.infer<typeof FeeAssessment>;

// ---------------------------------------------------------------------------------------------
// Ledger

const idempotencyKey = z.string().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/);
const payerName = z.string().trim().min(1).max(200);

/**
 * One entry as submitted. `idempotencyKey`: made once per form shown (a UUID); sending the same
 * key again returns the first entry instead of recording a second. Amounts of payments, refunds
 * and charges are given positive (the sign is the kind's); a correction's amount is signed as
 * it moves the balance (negative lowers what is owed).
 */
export const CreateLedgerEntryInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('payment'),
    idempotencyKey,
    amountCents: cents,
    method: PaymentMethod,
    /** Who paid, for a third party (an employer, a funder). */
    payerName: payerName.nullish(),
    effectiveOn: localDate,
  }),
  z.strictObject({
    kind: z.literal('refund'),
    idempotencyKey,
    amountCents: cents,
    method: PaymentMethod,
    payerName: payerName.nullish(),
    effectiveOn: localDate,
  }),
  z.strictObject({
    kind: z.literal('charge'),
    idempotencyKey,
    chargeType: z.literal('private_session'),
    amountCents: cents,
    effectiveOn: localDate,
  }),
  z.strictObject({
    kind: z.literal('correction'),
    idempotencyKey,
    correctsEntryId: z.uuid(),
    amountCents: cents,
    reason: CorrectionReason,
    effectiveOn: localDate,
  }),
]);
export type CreateLedgerEntryInput = z.infer<typeof CreateLedgerEntryInput>;

export const LedgerEntry = z.object({
  id: z.uuid(),
  kind: LedgerKind,
  chargeType: ChargeType.nullable(),
  method: PaymentMethod.nullable(),
  payerName: z.string().nullable(),
  /** Signed: positive raises what is owed, negative lowers it. */
  amountCents: cents,
  effectiveOn: localDate,
  /** Every payment and refund has one, unbroken per agency. */
  receiptNumber: z.number().int().nullable(),
  correctsEntryId: z.uuid().nullable(),
  correctionReason: CorrectionReason.nullable(),
  assessmentId: z.uuid().nullable(),
  recordedAt: isoInstant,
  recordedBy: z.uuid().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** The answer to a submitted entry: `duplicate` when the key had been used (the first entry). */
export const LedgerEntryResult = z.object({ entry: LedgerEntry, duplicate: z.boolean(), balanceCents: cents });
export type LedgerEntryResult = z.infer<typeof LedgerEntryResult>;

export const ReceiptSummary = z.object({
  receiptNumber: z.number().int(),
  entryId: z.uuid(),
  kind: z.enum(['payment', 'refund']),
  /** Positive: the money received (payment) or returned (refund). */
  amountCents: cents,
  method: PaymentMethod,
  issuedOn: localDate,
});
export type ReceiptSummary = z.infer<typeof ReceiptSummary>;

/** A participant's account. */
export const ParticipantFees = z.object({
  participantId: z.uuid(),
  currentAssessment: FeeAssessment.nullable(),
  /** Newest first; the first is the current one. */
  assessments: z.array(FeeAssessment),
  /** Oldest first (by date, then in the order written). */
  entries: z.array(LedgerEntry),
  /** Sum of the entries: more than 0 is owed, less than 0 is a credit. */
  balanceCents: cents,
  upToDate: z.boolean(),
  receipts: z.array(ReceiptSummary),
  /** The latest closed day: entries dated on or before it are refused. */
  closedThrough: localDate.nullable(),
});
export type ParticipantFees = z.infer<typeof ParticipantFees>;

/** What a receipt (and its PDF) shows. */
export const Receipt = z.object({
  receiptNumber: z.number().int(),
  kind: z.enum(['payment', 'refund']),
  issuedOn: localDate,
  recordedAt: isoInstant,
  agency: z.object({ name: z.string(), nameFr: z.string().nullable() }),
  participant: z.object({ id: z.uuid(), name: z.string() }),
  amountCents: cents,
  method: PaymentMethod,
  payerName: z.string().nullable(),
  /** The balance once this entry is counted (entries up to it, in ledger order). */
  balanceAfterCents: cents,
  entryId: z.uuid(),
});
export type Receipt = z.infer<typeof Receipt>;

// ---------------------------------------------------------------------------------------------
// Reports and periods

export const AgedBalanceRow = z.object({
  participantId: z.uuid(),
  participantName: z.string(),
  balanceCents: cents,
  /** The balance split by the age of the charges still unpaid (payments settle the oldest first). */
  days0to30Cents: cents,
  days31to60Cents: cents,
  days61to90Cents: cents,
  over90Cents: cents,
  lastPaymentOn: localDate.nullable(),
});
export type AgedBalanceRow = z.infer<typeof AgedBalanceRow>;

export const AgedBalancesQuery = z.strictObject({ asOf: localDate.optional() });
export const AgedBalancesReport = z.object({
  asOf: localDate,
  /** Participants owing something, largest balance first. */
  rows: z.array(AgedBalanceRow),
  totals: z.object({ balanceCents: cents, days0to30Cents: cents, days31to60Cents: cents, days61to90Cents: cents, over90Cents: cents }),
});
export type AgedBalancesReport = z.infer<typeof AgedBalancesReport>;

export const DailyPaymentsQuery = z.strictObject({ date: localDate });
export const DailyPaymentRow = z.object({
  entryId: z.uuid(),
  receiptNumber: z.number().int(),
  participantId: z.uuid(),
  participantName: z.string(),
  kind: z.enum(['payment', 'refund']),
  method: PaymentMethod,
  /** Positive for a payment received, negative for a refund paid out. */
  amountCents: cents,
  payerName: z.string().nullable(),
  recordedAt: isoInstant,
});
export type DailyPaymentRow = z.infer<typeof DailyPaymentRow>;
export const DailyPaymentsReport = z.object({
  date: localDate,
  rows: z.array(DailyPaymentRow),
  totalsByMethod: z.array(z.object({ method: PaymentMethod, amountCents: cents })),
  totalCents: cents,
});
export type DailyPaymentsReport = z.infer<typeof DailyPaymentsReport>;

/** Close every day up to `through` (inclusive): later entries dated on or before it are refused. */
export const ClosePeriodInput = z.strictObject({ through: localDate });
export type ClosePeriodInput = z.infer<typeof ClosePeriodInput>;
export const ClosedPeriod = z.object({ closedThrough: localDate, closedAt: isoInstant, closedBy: z.uuid().nullable() });
export type ClosedPeriod = z.infer<typeof ClosedPeriod>;

/** The agency's fee settings (finance). */
export const FeeSettings = z.object({
  /** How far a payment may take the balance below 0 (a credit), in cents. 0: no overpayment. */
  allowedCreditCents: z.number().int().min(0).max(maxCents),
  /** Whether a fees-paid partner notice may say the amount paid; off, it says only "a payment was made" or "fees are up to date". */
  partnerNoticeAmounts: z.boolean(),
  closedThrough: localDate.nullable(),
});
export type FeeSettings = z.infer<typeof FeeSettings>;
/** Left out, `partnerNoticeAmounts` keeps its value. */
export const UpdateFeeSettingsInput = z.strictObject({ allowedCreditCents: z.number().int().min(0).max(maxCents), partnerNoticeAmounts: z.boolean().optional() });
export type UpdateFeeSettingsInput = z.infer<typeof UpdateFeeSettingsInput>;
