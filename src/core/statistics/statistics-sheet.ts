import { translate } from '../../i18n/translate.js';
import type { Locale } from '../shared/locale.js';
import type { BreakdownRow, Statistics, StatisticsDimension } from './statistics.schema.js';
import { statisticsDimensions } from './statistics.schema.js';

/** Cells under this count (but not 0) are suppressed: a small number could point to a person. */
export const smallCellThreshold = 5;
/** What a suppressed count shows. */
export const suppressedText = '<5';

/** A count as an export shows it: `<5` for 1 to 4, else the number. */
export function suppressCount(count: number): number | string {
  return count > 0 && count < smallCellThreshold ? suppressedText : count;
}

/** True when a value computed from `base` people or records (a rate, a mean, an amount) must not be shown. */
export function isSmallBase(base: number): boolean {
  return base > 0 && base < smallCellThreshold;
}

/** One line of the statistics as a table: where it belongs, what it measures and its value. */
export interface StatisticsLine {
  section: string;
  breakdown: string;
  measure: string;
  value: number | string | null;
  /** `cents`: the value is integer cents (written as dollars). */
  format?: 'cents';
}

type Kind = 'count' | 'text' | 'cents' | 'rate' | 'meanDays';

/**
 * The statistics as lines (section, breakdown, measure, value), labels in `locale`. With
 * `suppress`, counts of 1 to 4 read `<5`, and a rate, a mean or an amount computed from 1 to 4
 * records is left empty. `agencies` and the period are never suppressed.
 */
export function statisticsLines(statistics: Statistics, locale: Locale, options: { suppress: boolean }): StatisticsLine[] {
  const t = (key: string, values?: Record<string, string | number>) => translate(locale, key, values);
  const lines: StatisticsLine[] = [];
  const all = t('statistics.sheet.all');
  const push = (section: string, measure: string, kind: Kind, value: number | string, base = 0, breakdown = all) => {
    const sectionLabel = t('statistics.sheet.section', { section });
    let cell: number | string | null = value;
    if (options.suppress && kind === 'count') cell = suppressCount(value as number);
    if (options.suppress && (kind === 'rate' || kind === 'meanDays' || kind === 'cents') && isSmallBase(base)) cell = null;
    if ((kind === 'rate' || kind === 'meanDays') && base === 0) cell = null;
    lines.push({ section: sectionLabel, breakdown, measure, value: cell, ...(kind === 'cents' ? { format: 'cents' as const } : {}) });
  };
  const s = statistics;
  push('period', t('statistics.sheet.from'), 'text', s.period.from);
  push('period', t('statistics.sheet.to'), 'text', s.period.to);
  push('period', t('statistics.sheet.agencies'), 'text', s.agencies);
  push('referrals', t('statistics.sheet.total'), 'count', s.referrals.total);
  for (const [key, n] of Object.entries(s.referrals.bySource)) push('referrals', t('statistics.source', { value: key }), 'count', n, 0, t('statistics.sheet.bySource'));
  for (const [key, n] of Object.entries(s.referrals.byStream)) push('referrals', t('statistics.referralStream', { value: key }), 'count', n, 0, t('statistics.sheet.byReferralStream'));
  push('intake', t('statistics.measure', { value: 'intakes' }), 'count', s.intakes);
  for (const wait of ['referralToIntake', 'referralToEnrolment'] as const) {
    const { count, totalDays } = s.waits[wait];
    push('waits', t('statistics.wait.count', { wait }), 'count', count);
    push('waits', t('statistics.wait.mean', { wait }), 'meanDays', count === 0 ? 0 : Math.round((totalDays / count) * 10) / 10, count);
  }
  push('program', t('statistics.measure', { value: 'enrolments' }), 'count', s.enrolments);
  push('program', t('statistics.measure', { value: 'completions' }), 'count', s.completions);
  push('discharges', t('statistics.sheet.total'), 'count', s.discharges.total);
  for (const [key, n] of Object.entries(s.discharges.byReason)) push('discharges', t('statistics.dischargeReason', { value: key }), 'count', n, 0, t('statistics.sheet.byReason'));
  push('attendance', t('statistics.measure', { value: 'marks' }), 'count', s.attendance.marks);
  push('attendance', t('statistics.measure', { value: 'attended' }), 'count', s.attendance.attended);
  push('attendance', t('statistics.measure', { value: 'rate' }), 'rate', ratePercent(s.attendance.attended, s.attendance.marks), s.attendance.marks);
  for (const [key, n] of Object.entries(s.partnerContact)) push('partnerContact', t('statistics.partner', { value: key }), 'count', n);
  push('disclosures', t('statistics.sheet.total'), 'count', s.disclosures.total);
  for (const [key, n] of Object.entries(s.disclosures.byBasis)) push('disclosures', t('statistics.basis', { value: key }), 'count', n, 0, t('statistics.sheet.byBasis'));
  for (const [key, n] of Object.entries(s.disclosures.byRecipient)) push('disclosures', t('statistics.recipient', { value: key }), 'count', n, 0, t('statistics.sheet.byRecipient'));
  push('fees', t('statistics.fees', { value: 'payments' }), 'count', s.fees.payments);
  push('fees', t('statistics.fees', { value: 'collected' }), 'cents', s.fees.collectedCents, s.fees.payments);
  push('fees', t('statistics.fees', { value: 'waivers' }), 'count', s.fees.waivers);
  push('fees', t('statistics.fees', { value: 'waived' }), 'cents', s.fees.waivedCents, s.fees.waivers);
  for (const dimension of statisticsDimensions) {
    for (const row of s.breakdowns[dimension]) {
      const breakdown = t('statistics.sheet.breakdown', { dimension, value: breakdownLabel(dimension, row, locale) });
      for (const measure of ['referrals', 'intakes', 'enrolments', 'completions', 'discharges', 'marks', 'attended'] as const) {
        push(`by_${dimension}`, t('statistics.measure', { value: measure }), 'count', row[measure], 0, breakdown);
      }
      push(`by_${dimension}`, t('statistics.measure', { value: 'rate' }), 'rate', ratePercent(row.attended, row.marks), row.marks, breakdown);
    }
  }
  return lines;
}

/** Attended marks as a percentage of marks, to one decimal (0 when there are none). */
export function ratePercent(attended: number, marks: number): number {
  return marks === 0 ? 0 : Math.round((attended / marks) * 1000) / 10;
}

/** A breakdown row's label: a stream's name in the language, or the translated key. */
export function breakdownLabel(dimension: StatisticsDimension, row: BreakdownRow, locale: Locale): string {
  if (row.label) return locale === 'fr-CA' ? row.label.fr : row.label.en;
  return translate(locale, 'statistics.key', { dimension, value: row.key });
}
