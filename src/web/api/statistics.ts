import { z } from 'zod/mini';

export const referralSources = ['court', 'probation', 'crown', 'central_intake', 'self', 'other'] as const;
export const referralStreams = ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'] as const;
export const dischargeReasonKeys = ['non_attendance', 'non_compliance', 'new_charge_or_threat', 'safety_risk', 'withdrawal', 'transfer', 'other', 'unspecified'] as const;
export const legalBases = ['risk_to_partner', 'risk_to_child', 'risk_to_other', 'assault', 'other_criminal_conduct', 'required_by_law', 'child_abuse_or_neglect'] as const;
export const disclosureRecipients = ['crown', 'probation', 'police', 'court', 'childrens_aid'] as const;
export const statisticsDimensions = ['stream', 'gender', 'language', 'indigenous'] as const;
export type StatisticsDimension = (typeof statisticsDimensions)[number];
export const breakdownMeasures = ['referrals', 'intakes', 'enrolments', 'completions', 'discharges', 'marks', 'attended'] as const;

const count = z.number();
const countsOf = <const K extends readonly string[]>(keys: K) => z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<K[number], typeof count>);
const wait = z.object({ count, totalDays: count });
const breakdownRow = z.object({
  key: z.string(),
  label: z.nullable(z.object({ en: z.string(), fr: z.string() })),
  referrals: count,
  intakes: count,
  enrolments: count,
  completions: count,
  discharges: count,
  marks: count,
  attended: count,
});
export type BreakdownRow = z.infer<typeof breakdownRow>;

/** `GET /statistics?from=&to=`: the agency's counts for a period (numbers only, exact). */
export const statisticsSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  agencies: count,
  referrals: z.object({ total: count, bySource: countsOf(referralSources), byStream: countsOf(referralStreams) }),
  intakes: count,
  waits: z.object({ referralToIntake: wait, referralToEnrolment: wait }),
  enrolments: count,
  completions: count,
  discharges: z.object({ total: count, byReason: countsOf(dischargeReasonKeys) }),
  attendance: z.object({ marks: count, attended: count }),
  partnerContact: z.object({ offered: count, reached: count, contacts: count, attempts: count, declined: count, safetyPlans: count }),
  disclosures: z.object({ total: count, byBasis: countsOf(legalBases), byRecipient: countsOf(disclosureRecipients) }),
  fees: z.object({ payments: count, collectedCents: count, waivers: count, waivedCents: count }),
  breakdowns: z.object({ stream: z.array(breakdownRow), gender: z.array(breakdownRow), language: z.array(breakdownRow), indigenous: z.array(breakdownRow) }),
});
export type Statistics = z.infer<typeof statisticsSchema>;

/** Attended marks as a percentage of marks, to one decimal; undefined when there are none. */
export function attendanceRate(attended: number, marks: number): number | undefined {
  return marks === 0 ? undefined : Math.round((attended / marks) * 1000) / 10;
}
