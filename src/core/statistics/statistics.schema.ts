import { z } from 'zod';
import { dischargeReasons } from '../participants/participants.schema.js';
import { disclosureRecipients, legalBases } from '../disclosures/disclosures.tables.js';

/** The referral sources and legal streams a referral names (the `referral` table's values). */
export const referralSources = ['court', 'probation', 'crown', 'central_intake', 'self', 'other'] as const;
export const referralStreams = ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'] as const;
/** A discharge recorded without a coded reason counts as `unspecified`. */
export const dischargeReasonKeys = [...dischargeReasons, 'unspecified'] as const;
export const statisticsDimensions = ['stream', 'gender', 'language', 'indigenous'] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `GET /statistics?from=&to=`: agency days, both optional (the current quarter). */
export const StatisticsQuery = z.strictObject({ from: localDay.optional(), to: localDay.optional() });
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const count = z.number().int().min(0);
const countsOf = <const K extends readonly [string, ...string[]]>(keys: K) => z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<K[number], typeof count>);

/** Days waited, summed, and how many waits: the mean is `totalDays / count`, and sums add up across agencies. */
export const Wait = z.object({ count, totalDays: count });
export type Wait = z.infer<typeof Wait>;

/** One value of a breakdown (a stream, a gender …) and the participant-side counts in it. */
export const BreakdownRow = z.object({
  key: z.string(),
  /** A stream's names; the other dimensions' keys are translated by the reader. */
  label: z.object({ en: z.string(), fr: z.string() }).nullable(),
  referrals: count,
  intakes: count,
  enrolments: count,
  completions: count,
  discharges: count,
  /** Attendance marks at sessions held in the period, and how many of them were attended. */
  marks: count,
  attended: count,
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

/**
 * The Ministry statistics of a period: numbers only (no name, no id of a person). Every number
 * is a count or a sum, so the statistics of several agencies add up to a provincial view.
 */
export const Statistics = z.object({
  period: z.object({ from: localDay, to: localDay }),
  /** How many agencies are summed (1 for an agency's own view). */
  agencies: count,
  referrals: z.object({ total: count, bySource: countsOf(referralSources), byStream: countsOf(referralStreams) }),
  intakes: count,
  waits: z.object({ referralToIntake: Wait, referralToEnrolment: Wait }),
  enrolments: count,
  completions: count,
  discharges: z.object({ total: count, byReason: countsOf(dischargeReasonKeys) }),
  attendance: z.object({ marks: count, attended: count }),
  partnerContact: z.object({ offered: count, reached: count, contacts: count, attempts: count, declined: count, safetyPlans: count }),
  disclosures: z.object({ total: count, byBasis: countsOf(legalBases), byRecipient: countsOf(disclosureRecipients) }),
  fees: z.object({ payments: count, collectedCents: z.number().int(), waivers: count, waivedCents: count }),
  breakdowns: z.object({ stream: z.array(BreakdownRow), gender: z.array(BreakdownRow), language: z.array(BreakdownRow), indigenous: z.array(BreakdownRow) }),
});
export type Statistics = z.infer<typeof Statistics>;
