import type { FeeBand } from './fees.schema.js';

/** The largest amount one entry may carry: $100,000.00. */
export const maxEntryCents = 10_000_000;

/**
 * The band of a sliding scale that applies to a household: among the bands for the largest
 * `minHouseholdSize` not above the household's size, the one with the lowest income bound the
 * income does not exceed (an open bound last). Undefined when the bands leave a gap.
 */
export function pickBand(bands: readonly FeeBand[], householdSize: number, annualIncomeCents: number): FeeBand | undefined {
  const sizes = [...new Set(bands.map((b) => b.minHouseholdSize))].filter((size) => size <= householdSize);
  if (sizes.length === 0) return undefined;
  const size = Math.max(...sizes);
  return bands
    .filter((b) => b.minHouseholdSize === size && (b.maxIncomeCents === null || annualIncomeCents <= b.maxIncomeCents))
    .sort((a, b) => (a.maxIncomeCents ?? Number.POSITIVE_INFINITY) - (b.maxIncomeCents ?? Number.POSITIVE_INFINITY))[0];
}

/** Why a set of bands cannot be a schedule, or null: every household must find exactly one band. */
export function checkBands(bands: readonly FeeBand[]): 'fees.bands_incomplete' | 'fees.bands_overlap' | null {
  const keys = new Set<string>();
  for (const band of bands) {
    const key = `${band.minHouseholdSize}:${band.maxIncomeCents ?? 'open'}`;
    if (keys.has(key)) return 'fees.bands_overlap';
    keys.add(key);
  }
  const sizes = new Set(bands.map((b) => b.minHouseholdSize));
  if (!sizes.has(1)) return 'fees.bands_incomplete';
  for (const size of sizes) {
    if (!bands.some((b) => b.minHouseholdSize === size && b.maxIncomeCents === null)) return 'fees.bands_incomplete';
  }
  return null;
}

/**
 * The fee per session: the total divided by the sessions required, in whole cents rounded down;
 * the remainder is added to the last session so the sessions add up to the total exactly
 * ($650.00 over 12 sessions: 11 × $54.16 and a last one of $54.24).
 */
export function splitPerSession(totalCents: number, sessions: number): { perSessionCents: number; lastSessionCents: number } {
  const per = Math.floor(totalCents / sessions);
  return { perSessionCents: per, lastSessionCents: totalCents - per * (sessions - 1) };
}

/**
 * The default sliding scale a new stream starts with, to be reviewed by each agency's finance
 * team: the total program fee by annual household income, with income limits that rise with the
 * household's size (roughly in step with Ontario's low-income measures). Nothing under $20,000
 * for one person; $900 at the top.
 */
export function defaultBands(): FeeBand[] {
  const steps: Array<[number, number]> = [
    // [income limit for one person in dollars, total fee in dollars]
    [20_000, 0],
    [30_000, 100],
    [40_000, 200],
    [50_000, 300],
    [65_000, 450],
    [80_000, 600],
    [100_000, 750],
  ];
  const bands: FeeBand[] = [];
  // Each extra person raises the income limits by 15% (4 or more: +45%).
  for (const [size, factor] of [[1, 1], [2, 1.15], [3, 1.3], [4, 1.45]] as const) {
    for (const [limit, fee] of steps) bands.push({ minHouseholdSize: size, maxIncomeCents: Math.round(limit * factor) * 100, totalFeeCents: fee * 100 });
    bands.push({ minHouseholdSize: size, maxIncomeCents: null, totalFeeCents: 900_00 });
  }
  return bands;
}

/** The private-pay price of one session unless the agency sets another: $125 (the seeds). */
export const defaultPrivateSessionFeeCents = 12_500;

/** What the ledger rules need to know about an account and the agency when an entry arrives. */
export interface AccountState {
  /** Sum of the entries: positive is owed. */
  balanceCents: number;
  /** Payments received less refunds paid out, corrections of them included (never below 0 in practice). */
  refundableCents: number;
  /** Latest closed day, or null. */
  closedThrough: string | null;
  today: string;
  allowedCreditCents: number;
}

export type EntryRefusal =
  | { code: 'fees.amount_not_positive' }
  | { code: 'fees.amount_zero' }
  | { code: 'fees.amount_too_large' }
  | { code: 'fees.entry_in_future' }
  | { code: 'fees.period_closed'; params: { closedThrough: string } }
  | { code: 'fees.overpayment'; params: { allowed: number; credit: number } }
  | { code: 'fees.refund_exceeds_payments' };

export interface EntryDraft {
  kind: 'charge' | 'payment' | 'refund' | 'correction';
  /** As entered: positive for charges, payments and refunds; signed for a correction. */
  amountCents: number;
  effectiveOn: string;
  /** For a correction: what the corrected entry was (to keep `refundableCents` right). */
  corrects?: { kind: 'charge' | 'payment' | 'refund' | 'correction'; refundable: boolean } | undefined;
}

/**
 * Decides an entry against the account: the signed amount to write (what it does to the
 * balance), or why it is refused. Pure, so the property test can drive it with any sequence.
 */
export function decideEntry(state: AccountState, draft: EntryDraft): { ok: true; signedCents: number } | { ok: false; refusal: EntryRefusal } {
  const refuse = (refusal: EntryRefusal) => ({ ok: false as const, refusal });
  if (!Number.isSafeInteger(draft.amountCents)) return refuse({ code: 'fees.amount_too_large' });
  if (draft.kind === 'correction') {
    if (draft.amountCents === 0) return refuse({ code: 'fees.amount_zero' });
  } else if (draft.amountCents <= 0) {
    return refuse({ code: 'fees.amount_not_positive' });
  }
  if (Math.abs(draft.amountCents) > maxEntryCents) return refuse({ code: 'fees.amount_too_large' });
  if (draft.effectiveOn > state.today) return refuse({ code: 'fees.entry_in_future' });
  if (state.closedThrough !== null && draft.effectiveOn <= state.closedThrough) return refuse({ code: 'fees.period_closed', params: { closedThrough: state.closedThrough } });
  const signedCents = draft.kind === 'payment' ? -draft.amountCents : draft.amountCents;
  if (draft.kind === 'payment') {
    const credit = -(state.balanceCents + signedCents);
    if (credit > state.allowedCreditCents) return refuse({ code: 'fees.overpayment', params: { allowed: state.allowedCreditCents, credit } });
  }
  if (draft.kind === 'refund' && draft.amountCents > state.refundableCents) return refuse({ code: 'fees.refund_exceeds_payments' });
  return { ok: true, signedCents };
}

/** How an accepted entry changes what may still be refunded. */
export function refundableDelta(kind: EntryDraft['kind'], signedCents: number, corrects?: EntryDraft['corrects']): number {
  if (kind === 'payment' || kind === 'refund') return -signedCents;
  if (kind === 'correction' && corrects?.refundable) return -signedCents;
  return 0;
}

export interface AgeableEntry {
  amountCents: number;
  effectiveOn: string;
}

/**
 * Splits a balance by the age of what is unpaid: credits (negative amounts) settle the oldest
 * debits first; what is left of each debit is aged from its date to `asOf`.
 */
export function ageBalance(entries: readonly AgeableEntry[], asOf: string): { d0to30: number; d31to60: number; d61to90: number; over90: number } {
  const debits = entries
    .filter((e) => e.amountCents > 0)
    .map((e) => ({ ...e }))
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
  let credit = -entries.filter((e) => e.amountCents < 0).reduce((sum, e) => sum + e.amountCents, 0);
  const buckets = { d0to30: 0, d31to60: 0, d61to90: 0, over90: 0 };
  for (const debit of debits) {
    const settled = Math.min(credit, debit.amountCents);
    credit -= settled;
    const left = debit.amountCents - settled;
    if (left === 0) continue;
    const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${debit.effectiveOn}T00:00:00Z`)) / 86_400_000);
    if (days <= 30) buckets.d0to30 += left;
    else if (days <= 60) buckets.d31to60 += left;
    else if (days <= 90) buckets.d61to90 += left;
    else buckets.over90 += left;
  }
  return buckets;
}
