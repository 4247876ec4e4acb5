import type { EventCell, EventKind } from './participant-statistics.queries.js';
import { disclosureRecipients, legalBases } from '../disclosures/disclosures.tables.js';
import { dischargeReasonKeys, referralSources, referralStreams, type BreakdownRow, type Statistics, type StatisticsDimension } from './statistics.schema.js';

/** The values each dimension lists, even at zero (streams: the agency's own, then "none"). */
export const genderKeys = ['man', 'woman', 'non_binary', 'two_spirit', 'another'] as const;
export const languageKeys = ['en', 'fr', 'other'] as const;
export const indigenousKeys = ['yes', 'no', 'none'] as const;
/** The key of events whose participant was never placed in a group (no stream yet). */
export const noStream = 'none';

export interface StreamInfo {
  code: string;
  en: string;
  fr: string;
  indigenous: boolean;
}

const fieldOf: Record<EventKind, keyof Omit<BreakdownRow, 'key' | 'label' | 'attended'>> = {
  referral: 'referrals',
  intake: 'intakes',
  enrolment: 'enrolments',
  completion: 'completions',
  discharge: 'discharges',
  mark: 'marks',
};

const countFields = ['referrals', 'intakes', 'enrolments', 'completions', 'discharges', 'marks', 'attended'] as const;

/** An empty breakdown row. */
export function emptyRow(key: string, label: BreakdownRow['label'] = null): BreakdownRow {
  return { key, label, referrals: 0, intakes: 0, enrolments: 0, completions: 0, discharges: 0, marks: 0, attended: 0 };
}

/** Adds `cell`'s counts to `row`. */
function addCell(row: BreakdownRow, cell: EventCell): void {
  row[fieldOf[cell.kind]] += cell.count;
  if (cell.kind === 'mark') row.attended += cell.attended;
}

/**
 * The four breakdowns (stream, gender, language, Indigenous stream) of the event cells: each
 * event lands in exactly one row of each breakdown, so every breakdown adds up to the totals.
 */
export function breakdownsOf(cells: readonly EventCell[], streams: ReadonlyMap<string, StreamInfo>): Statistics['breakdowns'] {
  const sortedStreams = [...streams.entries()].sort((a, b) => a[1].code.localeCompare(b[1].code));
  const rows = {
    stream: new Map<string, BreakdownRow>([...sortedStreams.map(([, s]) => [s.code, emptyRow(s.code, { en: s.en, fr: s.fr })] as const), [noStream, emptyRow(noStream)]]),
    gender: new Map<string, BreakdownRow>(genderKeys.map((key) => [key, emptyRow(key)])),
    language: new Map<string, BreakdownRow>(languageKeys.map((key) => [key, emptyRow(key)])),
    indigenous: new Map<string, BreakdownRow>(indigenousKeys.map((key) => [key, emptyRow(key)])),
  };
  for (const cell of cells) {
    const stream = cell.streamId ? streams.get(cell.streamId) : undefined;
    const keys: Record<StatisticsDimension, string> = {
      stream: stream?.code ?? noStream,
      gender: cell.gender,
      language: cell.language,
      indigenous: stream ? (stream.indigenous ? 'yes' : 'no') : 'none',
    };
    for (const dimension of Object.keys(rows) as StatisticsDimension[]) {
      const map = rows[dimension];
      if (!map.has(keys[dimension])) map.set(keys[dimension], emptyRow(keys[dimension]));
      addCell(map.get(keys[dimension])!, cell);
    }
  }
  return { stream: [...rows.stream.values()], gender: [...rows.gender.values()], language: [...rows.language.values()], indigenous: [...rows.indigenous.values()] };
}

/** Totals of the participant-side events (any breakdown's rows add up to them). */
export function totalsOf(cells: readonly EventCell[]): BreakdownRow {
  const total = emptyRow('total');
  for (const cell of cells) addCell(total, cell);
  return total;
}

/** Adds two records of counts key by key. */
function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const sum = { ...a };
  for (const key of Object.keys(b) as (keyof T)[]) sum[key] = ((a[key] ?? 0) + (b[key] ?? 0)) as T[keyof T];
  return sum;
}

function addRows(a: readonly BreakdownRow[], b: readonly BreakdownRow[]): BreakdownRow[] {
  const merged = new Map(a.map((row) => [row.key, { ...row }]));
  for (const row of b) {
    const seen = merged.get(row.key);
    if (!seen) merged.set(row.key, { ...row });
    else for (const field of countFields) seen[field] += row[field];
  }
  const none = merged.get(noStream);
  merged.delete(noStream);
  return [...merged.values(), ...(none ? [none] : [])];
}

/**
 * The sum of several agencies' statistics for the same period: the provincial view. Streams are
 * matched by code (agencies that use the same code run the same kind of stream).
 */
export function sumStatistics(list: readonly Statistics[], period: Statistics['period']): Statistics {
  const zero = emptyStatistics(period);
  return list.reduce<Statistics>(
    (sum, s) => ({
      period,
      agencies: sum.agencies + s.agencies,
      referrals: { total: sum.referrals.total + s.referrals.total, bySource: addCounts(sum.referrals.bySource, s.referrals.bySource), byStream: addCounts(sum.referrals.byStream, s.referrals.byStream) },
      intakes: sum.intakes + s.intakes,
      waits: { referralToIntake: addCounts(sum.waits.referralToIntake, s.waits.referralToIntake), referralToEnrolment: addCounts(sum.waits.referralToEnrolment, s.waits.referralToEnrolment) },
      enrolments: sum.enrolments + s.enrolments,
      completions: sum.completions + s.completions,
      discharges: { total: sum.discharges.total + s.discharges.total, byReason: addCounts(sum.discharges.byReason, s.discharges.byReason) },
      attendance: addCounts(sum.attendance, s.attendance),
      partnerContact: addCounts(sum.partnerContact, s.partnerContact),
      disclosures: { total: sum.disclosures.total + s.disclosures.total, byBasis: addCounts(sum.disclosures.byBasis, s.disclosures.byBasis), byRecipient: addCounts(sum.disclosures.byRecipient, s.disclosures.byRecipient) },
      fees: addCounts(sum.fees, s.fees),
      breakdowns: {
        stream: addRows(sum.breakdowns.stream, s.breakdowns.stream),
        gender: addRows(sum.breakdowns.gender, s.breakdowns.gender),
        language: addRows(sum.breakdowns.language, s.breakdowns.language),
        indigenous: addRows(sum.breakdowns.indigenous, s.breakdowns.indigenous),
      },
    }),
    zero,
  );
}

const zeros = <const K extends readonly string[]>(keys: K) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K[number], number>;

/** Statistics with every count at zero (no agency summed yet). */
export function emptyStatistics(period: Statistics['period']): Statistics {
  const wait = { count: 0, totalDays: 0 };
  return {
    period,
    agencies: 0,
    referrals: { total: 0, bySource: zeros(referralSources), byStream: zeros(referralStreams) },
    intakes: 0,
    waits: { referralToIntake: { ...wait }, referralToEnrolment: { ...wait } },
    enrolments: 0,
    completions: 0,
    discharges: { total: 0, byReason: zeros(dischargeReasonKeys) },
    attendance: { marks: 0, attended: 0 },
    partnerContact: { offered: 0, reached: 0, contacts: 0, attempts: 0, declined: 0, safetyPlans: 0 },
    disclosures: { total: 0, byBasis: zeros(legalBases), byRecipient: zeros(disclosureRecipients) },
    fees: { payments: 0, collectedCents: 0, waivers: 0, waivedCents: 0 },
    breakdowns: { stream: [emptyRow(noStream)], gender: genderKeys.map((k) => emptyRow(k)), language: languageKeys.map((k) => emptyRow(k)), indigenous: indigenousKeys.map((k) => emptyRow(k)) },
  };
}
