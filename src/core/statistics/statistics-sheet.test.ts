import { describe, expect, it } from 'vitest';
import { emptyStatistics } from './statistics.rules.js';
import { statisticsLines, suppressCount } from './statistics-sheet.js';

describe('small-cell suppression', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [123, 123],
  ] as const)('a count of %s shows as %s', (count, shown) => {
    expect(suppressCount(count)).toBe(shown);
  });

  function sample() {
    const s = emptyStatistics({ from: '2026-10-01', to: '2026-12-31' });
    s.agencies = 1;
    s.referrals.total = 12;
    s.referrals.bySource.court = 3;
    s.referrals.bySource.probation = 9;
    s.attendance = { marks: 4, attended: 3 };
    s.waits.referralToIntake = { count: 2, totalDays: 30 };
    s.waits.referralToEnrolment = { count: 6, totalDays: 63 };
    s.fees = { payments: 3, collectedCents: 45_000, waivers: 7, waivedCents: 210_000 };
    s.partnerContact.declined = 1;
    s.breakdowns.gender[0]!.referrals = 12;
    s.breakdowns.gender[0]!.marks = 10;
    s.breakdowns.gender[0]!.attended = 7;
    return s;
  }
  const find = (lines: ReturnType<typeof statisticsLines>, section: string, measure: string, breakdown = 'All') =>
    lines.find((line) => line.section === section && line.measure === measure && line.breakdown === breakdown)?.value;

  it('shows 1 to 4 as <5 in exports, leaves a rate, a mean or an amount from 1 to 4 records empty, and keeps 0 and 5 or more', () => {
    const lines = statisticsLines(sample(), 'en-CA', { suppress: true });
    expect(find(lines, 'Referrals', 'Total')).toBe(12);
    expect(find(lines, 'Referrals', 'Court', 'By source')).toBe('<5');
    expect(find(lines, 'Referrals', 'Probation', 'By source')).toBe(9);
    expect(find(lines, 'Referrals', 'Crown', 'By source')).toBe(0);
    expect(find(lines, 'Attendance', 'Attendance marks')).toBe('<5');
    expect(find(lines, 'Attendance', 'Attendance rate (%)')).toBeNull();
    expect(find(lines, 'Wait times', 'Mean days from referral to intake')).toBeNull();
    expect(find(lines, 'Wait times', 'Mean days from referral to enrolment')).toBe(10.5);
    expect(find(lines, 'Fees', 'Fees collected ($)')).toBeNull();
    expect(find(lines, 'Fees', 'Amount waived ($)')).toBe(210_000);
    expect(find(lines, 'Partner Contact', 'Partners who declined')).toBe('<5');
    expect(find(lines, 'By gender', 'Attendance rate (%)', 'Gender: Man')).toBe(70);
    expect(find(lines, 'Period', 'Agencies')).toBe(1);
    expect(lines.filter((line) => typeof line.value === 'number' && line.value > 0 && line.value < 5 && line.section !== 'Period')).toEqual([]);
  });

  it('shows exact numbers when not suppressing (the agency’s own screen), and labels in French', () => {
    const lines = statisticsLines(sample(), 'fr-CA', { suppress: false });
    expect(find(lines, 'Aiguillages', 'Tribunal', 'Par source')).toBe(3);
    expect(find(lines, 'Présence', 'Taux de présence (%)', 'Tous')).toBe(75);
    expect(find(lines, 'Par genre', 'Aiguillages', 'Genre\u00a0: Homme')).toBe(12);
  });
});
