import { describe, expect, it } from 'vitest';
import { StreamPolicy } from '../programs/stream-policy.js';
import { markEventKey, noticeDueAt, noticeForConcern, noticeForMark } from './attendance-notices.js';

describe('what the partner-contact team is told', () => {
  it.each([
    ['present', null],
    ['late', { type: 'lateness', reasonCode: 'late', urgent: false }],
    ['excused', { type: 'absence', reasonCode: 'excused', urgent: false }],
    ['unexcused', { type: 'absence', reasonCode: 'unexcused', urgent: false }],
    ['refused_entry', { type: 'absence', reasonCode: 'refused_entry', urgent: false }],
    ['left_early', { type: 'absence', reasonCode: 'left_early', urgent: false }],
  ] as const)('a %s mark: %o', (status, notice) => {
    expect(noticeForMark(status)).toEqual(notice);
  });

  it.each([
    ['threat', 'partner', { type: 'threat', reasonCode: 'threat_partner', urgent: true }],
    ['threat', 'child', { type: 'threat', reasonCode: 'threat_child', urgent: true }],
    ['threat', 'other', { type: 'threat', reasonCode: 'threat_other', urgent: true }],
    ['disruptive_behaviour', null, { type: 'disruptive_behaviour', reasonCode: 'disruptive_behaviour', urgent: false }],
    ['safety_concern', null, { type: 'concern', reasonCode: 'safety_concern', urgent: false }],
    ['impaired', null, { type: 'concern', reasonCode: 'impaired', urgent: false }],
    ['non_compliance', null, { type: 'non_compliance', reasonCode: 'non_compliance', urgent: false }],
    ['homework_not_done', null, { type: 'non_compliance', reasonCode: 'homework_not_done', urgent: false }],
  ] as const)('a %s concern (target %s): %o', (kind, target, notice) => {
    expect(noticeForConcern(kind, target)).toEqual(notice);
  });

  it('keys a first notice by the mark, and a change of kind by the mark and its new status', () => {
    expect(markEventKey('m1', 'new', 'unexcused')).toBe('attendance:m1');
    expect(markEventKey('m1', 'status_changed', 'excused')).toBe('attendance:m1:excused');
  });
});

describe('when a notice is due', () => {
  const policy = StreamPolicy.parse({ absenceNoticeBusinessDays: 1, threatNoticeHours: 4 });
  const now = new Date('2026-11-24T23:00:00Z');
  const at = (sessionDate: string, holidays: string[] = []) => ({ sessionDate, timeZone: 'America/Toronto', now, policy, holidays: new Set(holidays) });

  it.each([
    ['a Tuesday session: Wednesday 17:00 Toronto time', '2026-11-24', [], '2026-11-25T22:00:00.000Z'],
    ['a Friday session: Monday', '2026-11-27', [], '2026-11-30T22:00:00.000Z'],
    ['the next day a holiday: the day after', '2026-12-24', ['2026-12-25'], '2026-12-28T22:00:00.000Z'],
  ])('%s', (_, day, holidays, due) => {
    expect(noticeDueAt({ urgent: false }, at(day, holidays)).toISOString()).toBe(due);
  });

  it('an urgent one within the threat hours of being raised, whatever the day', () => {
    expect(noticeDueAt({ urgent: true }, at('2026-11-27')).toISOString()).toBe('2026-11-25T03:00:00.000Z');
  });
});
