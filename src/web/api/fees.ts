import { z } from 'zod/mini';

/*
 * The fees API's answers as the web app reads them (the server's contract is
 * src/core/fees/fees.schema.ts). Money is integer cents, CAD; a ledger amount is signed as it
 * moves what the participant owes (a payment is negative).
 */

export const paymentMethods = ['cash', 'debit', 'credit', 'e_transfer', 'third_party'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const ledgerKinds = ['charge', 'payment', 'refund', 'correction'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
export const chargeTypes = ['program_fee', 'private_session'] as const;
export const assessmentKinds = ['computed', 'negotiated', 'waived', 'subsidized'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];
export const adjustmentReasons = ['financial_hardship', 'income_change', 'third_party_funding', 'agency_discretion', 'other'] as const;
export const correctionReasons = ['entry_error', 'wrong_amount', 'wrong_participant', 'reassessment', 'other'] as const;

export const feeBandSchema = z.object({ minHouseholdSize: z.number(), maxIncomeCents: z.nullable(z.number()), totalFeeCents: z.number() });
export type FeeBand = z.infer<typeof feeBandSchema>;

export const feeScheduleSchema = z.object({
  id: z.string(),
  streamId: z.string(),
  streamName: z.string(),
  streamNameFr: z.string(),
  version: z.number(),
  effectiveFrom: z.string(),
  privateSessionFeeCents: z.number(),
  sessionsRequired: z.number(),
  bands: z.array(feeBandSchema),
  createdAt: z.string(),
  createdBy: z.nullable(z.string()),
  inForce: z.boolean(),
});
export type FeeSchedule = z.infer<typeof feeScheduleSchema>;
/** `GET /fees/schedules`. */
export const feeScheduleListSchema = z.object({ schedules: z.array(feeScheduleSchema) });

export const feeAssessmentSchema = z.object({
  id: z.string(),
  streamId: z.string(),
  scheduleId: z.string(),
  scheduleVersion: z.number(),
  householdSize: z.nullable(z.number()),
  annualIncomeCents: z.nullable(z.number()),
  scheduleFeeCents: z.number(),
  kind: z.enum(assessmentKinds),
  totalFeeCents: z.number(),
  sessionsRequired: z.number(),
  perSessionFeeCents: z.number(),
  lastSessionFeeCents: z.number(),
  privateSessionFeeCents: z.number(),
  reason: z.nullable(z.enum(adjustmentReasons)),
  approverId: z.nullable(z.string()),
  assessedAt: z.string(),
  assessedBy: z.nullable(z.string()),
  current: z.boolean(),
});
export type FeeAssessment = z.infer<typeof feeAssessmentSchema>;

export const ledgerEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(ledgerKinds),
  chargeType: z.nullable(z.enum(chargeTypes)),
  method: z.nullable(z.enum(paymentMethods)),
  payerName: z.nullable(z.string()),
  amountCents: z.number(),
  effectiveOn: z.string(),
  receiptNumber: z.nullable(z.number()),
  correctsEntryId: z.nullable(z.string()),
  correctionReason: z.nullable(z.enum(correctionReasons)),
  assessmentId: z.nullable(z.string()),
  recordedAt: z.string(),
  recordedBy: z.nullable(z.string()),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** `POST /participants/:id/ledger-entries`: the entry (the first one when the key was used before). */
export const ledgerEntryResultSchema = z.object({ entry: ledgerEntrySchema, duplicate: z.boolean(), balanceCents: z.number() });
export type LedgerEntryResult = z.infer<typeof ledgerEntryResultSchema>;

export const receiptSummarySchema = z.object({
  receiptNumber: z.number(),
  entryId: z.string(),
  kind: z.enum(['payment', 'refund']),
  amountCents: z.number(),
  method: z.enum(paymentMethods),
  issuedOn: z.string(),
});
export type ReceiptSummary = z.infer<typeof receiptSummarySchema>;

/** `GET /participants/:id/fees`: the participant's account. */
export const participantFeesSchema = z.object({
  participantId: z.string(),
  currentAssessment: z.nullable(feeAssessmentSchema),
  assessments: z.array(feeAssessmentSchema),
  entries: z.array(ledgerEntrySchema),
  balanceCents: z.number(),
  upToDate: z.boolean(),
  receipts: z.array(receiptSummarySchema),
  closedThrough: z.nullable(z.string()),
});
export type ParticipantFees = z.infer<typeof participantFeesSchema>;

const agedTotals = { balanceCents: z.number(), days0to30Cents: z.number(), days31to60Cents: z.number(), days61to90Cents: z.number(), over90Cents: z.number() };
/** `GET /fees/reports/aged-balances?asOf=`. */
export const agedBalancesSchema = z.object({
  asOf: z.string(),
  rows: z.array(z.object({ participantId: z.string(), participantName: z.string(), ...agedTotals, lastPaymentOn: z.nullable(z.string()) })),
  totals: z.object(agedTotals),
});
export type AgedBalances = z.infer<typeof agedBalancesSchema>;

/** `GET /fees/reports/daily-payments?date=`. */
export const dailyPaymentsSchema = z.object({
  date: z.string(),
  rows: z.array(
    z.object({
      entryId: z.string(),
      receiptNumber: z.number(),
      participantId: z.string(),
      participantName: z.string(),
      kind: z.enum(['payment', 'refund']),
      method: z.enum(paymentMethods),
      amountCents: z.number(),
      payerName: z.nullable(z.string()),
      recordedAt: z.string(),
    }),
  ),
  totalsByMethod: z.array(z.object({ method: z.enum(paymentMethods), amountCents: z.number() })),
  totalCents: z.number(),
});
export type DailyPayments = z.infer<typeof dailyPaymentsSchema>;

/** `GET /fees/settings` (and the answer to `PUT`): `partnerNoticeAmounts`: a partner notice may say the amount paid. */
export const feeSettingsSchema = z.object({ allowedCreditCents: z.number(), partnerNoticeAmounts: z.boolean(), closedThrough: z.nullable(z.string()) });
export type FeeSettings = z.infer<typeof feeSettingsSchema>;

/** `POST /fees/periods/close`: the books are closed through `closedThrough`. */
export const closedPeriodSchema = z.object({ closedThrough: z.string(), closedAt: z.string(), closedBy: z.nullable(z.string()) });

/** Where a receipt's PDF is, in the given language. */
export function receiptPdfPath(participantId: string, receiptNumber: number, language: 'en' | 'fr'): string {
  return `/api/v1/participants/${encodeURIComponent(participantId)}/receipts/${receiptNumber}/pdf?lang=${language}`;
}

/**
 * Dollars typed by a person ("125", "125.50", "125,50", "$1 234,56") as integer cents, or
 * undefined when it is not an amount with at most two decimals. Zero and signs are left to the
 * caller (a minus sign is not an amount here).
 */
export function parseDollars(typed: string): number | undefined {
  const text = typed.replace(/[\s\u00a0\u202f$]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const dollars = Number(match[1]);
  const fraction = match[2] ?? '';
  return dollars * 100 + Number(fraction.padEnd(2, '0') || '0');
}

/** Cents as a person types them in the UI's language, to start a form with: "125.00", "125,00". */
export function typedDollars(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

/** Cents as dollars in the UI's language: "$125.00", "125,00 $". */
export function formatCents(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}
