import { describe, expect, it } from 'vitest';
import { clockDefinitions } from './compliance-clocks.js';
import { clockIds } from './compliance.schema.js';
import { compareItems, figuresOf, groupSizeStanding, isInScope, percentMet, standingOf, suppressFigures, type Evaluation } from './compliance.rules.js';

const at: Evaluation = { today: '2026-11-24', now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/Toronto' };
const period = { from: '2026-10-01', to: '2026-12-31' };

describe('compliance rules', () => {
  it('define every clock once, with what starts and stops it, its due rule and its setting', () => {
    expect(clockDefinitions.map((clock) => clock.id)).toEqual([...clockIds]);
    for (const clock of clockDefinitions) expect([clock.startsWhen, clock.stopsWhen, clock.dueRule, clock.setting].every((text) => text.length > 10)).toBe(true);
  });

  it.each([
    ['met by the due day', '2026-11-10', '2026-11-10', 'met_on_time', null],
    ['met two days after', '2026-11-10', '2026-11-12', 'met_late', 2],
    ['open, due yesterday', '2026-11-23', null, 'overdue', 1],
    ['open, due today', '2026-11-24', null, 'pending', null],
  ] as const)('day clock: %s', (_name, dueOn, metOn, status, daysLate) => {
    expect(standingOf({ dueIs: 'day', dueOn, metOn }, at)).toEqual({ status, dueOn, metOn, daysLate });
  });

  it.each([
    ['met a minute before', '2026-11-20T22:00:00Z', '2026-11-20T21:59:00Z', 'met_on_time', '2026-11-20', null],
    ['met the next morning', '2026-11-20T22:00:00Z', '2026-11-21T14:00:00Z', 'met_late', '2026-11-21', 1],
    ['open, due an hour ago', '2026-11-24T14:00:00Z', null, 'overdue', null, 0],
    ['open, due tonight', '2026-11-24T22:00:00Z', null, 'pending', null, null],
  ] as const)('instant clock: %s (days on the agency calendar)', (_name, due, met, status, metOn, daysLate) => {
    const result = standingOf({ dueIs: 'instant', dueAt: new Date(due), metAt: met ? new Date(met) : null }, at);
    expect(result).toMatchObject({ status, metOn, daysLate });
  });

  it('takes an instant due at 01:00 UTC as the evening before in Toronto', () => {
    expect(standingOf({ dueIs: 'instant', dueAt: new Date('2026-11-21T01:00:00Z'), metAt: null }, at).dueOn).toBe('2026-11-20');
  });

  it.each([
    [8, 'met_on_time'],
    [6, 'met_on_time'],
    [14, 'met_on_time'],
    [5, 'overdue'],
    [15, 'overdue'],
  ] as const)('group of %i against 6–14: %s', (enrolled, status) => {
    expect(groupSizeStanding('2026-11-17', enrolled, { min: 6, max: 14 }, at)).toMatchObject({ status, groupSize: { enrolled, min: 6, max: 14 } });
  });

  it.each([
    ['due in the period', '2026-11-01', 'met_on_time', true],
    ['due before, met', '2026-09-01', 'met_late', false],
    ['due before, still overdue', '2026-09-01', 'overdue', true],
    ['due after the period', '2027-01-05', 'pending', false],
  ] as const)('scope: %s', (_name, dueOn, status, inScope) => {
    expect(isInScope({ dueOn, status }, period)).toBe(inScope);
  });

  it('gives the percentage met on time of what was due, null when nothing was', () => {
    expect(percentMet(2, 1, 0)).toBe(66.7);
    expect(percentMet(0, 0, 0)).toBeNull();
    expect(figuresOf('report_sent', [{ status: 'met_on_time' }, { status: 'pending' }, { status: 'overdue' }])).toEqual({ clock: 'report_sent', inScope: 3, metOnTime: 1, metLate: 0, overdue: 1, pending: 1, percentMet: 50 });
  });

  it('suppresses counts of 1 to 4 and a percentage resting on 1 to 4 items; 0 stays 0', () => {
    expect(suppressFigures({ clock: 'group_size', inScope: 3, metOnTime: 2, metLate: 0, overdue: 1, pending: 0, percentMet: 66.7 })).toEqual({ clock: 'group_size', inScope: '<5', metOnTime: '<5', metLate: 0, overdue: '<5', pending: 0, percentMet: null });
    expect(suppressFigures({ clock: 'group_size', inScope: 12, metOnTime: 9, metLate: 2, overdue: 1, pending: 0, percentMet: 75 })).toMatchObject({ inScope: 12, metOnTime: 9, metLate: '<5', percentMet: 75 });
  });

  it('orders the drill-down overdue first (longest first), then late, pending, met', () => {
    const items = [
      { status: 'met_on_time', dueOn: '2026-10-01', daysLate: null },
      { status: 'overdue', dueOn: '2026-11-20', daysLate: 4 },
      { status: 'pending', dueOn: '2026-12-01', daysLate: null },
      { status: 'overdue', dueOn: '2026-10-20', daysLate: 35 },
      { status: 'met_late', dueOn: '2026-10-05', daysLate: 2 },
    ] as const;
    expect([...items].sort(compareItems).map((item) => `${item.status}:${item.dueOn}`)).toEqual(['overdue:2026-10-20', 'overdue:2026-11-20', 'met_late:2026-10-05', 'pending:2026-12-01', 'met_on_time:2026-10-01']);
  });
});
