import { describe, expect, it } from 'vitest';
import { ackDueOn, reportDueOn, reportKindFor, worklistStanding } from './reports.rules.js';

const none = new Set<string>();

describe('report rules', () => {
  it.each([
    ['completed', 'completion'],
    ['discharged', 'non_completion'],
    ['active', null],
    ['withdrawn', null],
    ['pending_discharge', null],
  ])('a %s case calls for %s', (state, kind) => {
    expect(reportKindFor(state)).toBe(kind);
  });

  it('counts business days, skipping weekends and holidays', () => {
    expect(reportDueOn('2026-11-20', 5, none)).toBe('2026-11-27');
    expect(reportDueOn('2026-12-18', 5, new Set(['2026-12-25', '2026-12-28']))).toBe('2026-12-29');
    expect(ackDueOn('2026-11-24', 10, none)).toBe('2026-12-08');
    expect(ackDueOn(null, 10, none)).toBeNull();
  });

  const base = { closedOn: '2026-11-20', dueOn: '2026-11-27', status: null, sentOn: null, acknowledged: false, ackDueOn: null };
  it.each([
    ['not started, on its due day', { ...base, today: '2026-11-27' }, { state: 'not_started', isOverdue: false, isAckOverdue: false }],
    ['not started, the day after', { ...base, today: '2026-11-28' }, { state: 'not_started', isOverdue: true, isAckOverdue: false }],
    ['signed, late', { ...base, status: 'signed' as const, today: '2026-12-01' }, { state: 'signed', isOverdue: true, isAckOverdue: false }],
    ['sent, waiting', { ...base, status: 'sent' as const, sentOn: '2026-11-24', ackDueOn: '2026-12-08', today: '2026-12-08' }, { state: 'sent', isOverdue: false, isAckOverdue: false }],
    ['sent, unacknowledged too long', { ...base, status: 'sent' as const, sentOn: '2026-11-24', ackDueOn: '2026-12-08', today: '2026-12-09' }, { state: 'sent', isOverdue: false, isAckOverdue: true }],
    ['acknowledged', { ...base, status: 'sent' as const, sentOn: '2026-11-24', acknowledged: true, ackDueOn: '2026-12-08', today: '2027-01-09' }, { state: 'acknowledged', isOverdue: false, isAckOverdue: false }],
  ])('%s', (_name, facts, expected) => {
    expect(worklistStanding(facts)).toEqual(expected);
  });
});
