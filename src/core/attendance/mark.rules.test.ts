import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../../i18n/translate.js';
import { defaultStreamPolicy, StreamPolicy } from '../programs/stream-policy.js';
import { checkMark, checkMarks, markIssueCodes, refusalFor } from './mark.rules.js';

const policy = StreamPolicy.parse({ lateAfterMinutes: 10, refuseEntryAfterMinutes: 30 });
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('what may be recorded for one person', () => {
  it.each([
    ['present', { status: 'present' }, []],
    ['late, 10 minutes (the late minute itself)', { status: 'late', minutesLate: 10 }, []],
    ['late, 29 minutes', { status: 'late', minutesLate: 29 }, []],
    ['late without minutes', { status: 'late' }, ['attendance.late_needs_minutes']],
    ['late, 9 minutes (still on time)', { status: 'late', minutesLate: 9 }, ['attendance.late_under_threshold']],
    ['late, 30 minutes (entry refused)', { status: 'late', minutesLate: 30 }, ['attendance.late_is_refused_entry']],
    ['refused entry with its minutes', { status: 'refused_entry', minutesLate: 45 }, []],
    ['refused entry without minutes (impaired, say)', { status: 'refused_entry' }, []],
    ['present with minutes late', { status: 'present', minutesLate: 5 }, ['attendance.minutes_late_not_applicable']],
    ['left early with its minutes', { status: 'left_early', minutesLeftEarly: 40 }, []],
    ['unexcused with minutes left early', { status: 'unexcused', minutesLeftEarly: 40 }, ['attendance.minutes_left_early_not_applicable']],
    ['excused with a reason', { status: 'excused', reason: 'Hospital' }, []],
    ['excused without a reason', { status: 'excused' }, ['attendance.excused_needs_reason']],
    ['excused with a blank reason', { status: 'excused', reason: '   ' }, ['attendance.excused_needs_reason']],
    ['unexcused without a reason', { status: 'unexcused' }, []],
  ] as const)('%s', (_, mark, codes) => {
    expect(checkMark({ participantId: id(1), ...mark }, policy).map((issue) => issue.code)).toEqual(codes);
  });

  it('refuses entry before calling it late when a policy sets the refuse-entry minute first', () => {
    const odd = { ...defaultStreamPolicy, lateAfterMinutes: 40, refuseEntryAfterMinutes: 20 };
    expect(checkMark({ participantId: id(1), status: 'late', minutesLate: 25 }, odd).map((issue) => issue.code)).toEqual(['attendance.late_is_refused_entry']);
  });
});

describe('a whole submit', () => {
  it('points at each problem by position, and at every repeat of a person', () => {
    const issues = checkMarks(
      [
        { participantId: id(1), status: 'present' },
        { participantId: id(2), status: 'late' },
        { participantId: id(1), status: 'unexcused' },
      ],
      () => policy,
    );
    expect(issues).toEqual([
      { path: 'body.marks.1.minutesLate', code: 'attendance.late_needs_minutes' },
      { path: 'body.marks.2.participantId', code: 'attendance.duplicate_participant' },
    ]);
  });

  it('judges each person by their own policy', () => {
    const strict = { ...policy, lateAfterMinutes: 5 };
    const issues = checkMarks([{ participantId: id(1), status: 'late', minutesLate: 7 }, { participantId: id(2), status: 'late', minutesLate: 7 }], (who) => (who === id(1) ? strict : policy));
    expect(issues.map((issue) => issue.path)).toEqual(['body.marks.1.status']);
  });

  it('answers one kind of problem with its own code and message, several kinds with the general one', () => {
    const one = refusalFor([{ path: 'body.marks.0.status', code: 'attendance.late_under_threshold', params: { lateAfterMinutes: 10 } }]);
    expect({ kind: one.kind, code: one.code, params: one.params }).toEqual({ kind: 'invalid', code: 'attendance.late_under_threshold', params: { lateAfterMinutes: 10 } });
    const member = refusalFor([{ path: 'body.marks.0.participantId', code: 'attendance.not_a_member' }]);
    expect(member.kind).toBe('rule_violation');
    const mixed = refusalFor([
      { path: 'body.marks.0.reason', code: 'attendance.excused_needs_reason' },
      { path: 'body.marks.1.minutesLate', code: 'attendance.late_needs_minutes' },
    ]);
    expect({ code: mixed.code, params: mixed.params, issues: mixed.issues.length }).toEqual({ code: 'request.invalid', params: { count: 2 }, issues: 2 });
  });

  it.each(markIssueCodes)('has a field message for %s in both languages', (code) => {
    expect(hasMessage(`validation.${code}`)).toBe(true);
    const values = { lateAfterMinutes: 10, refuseEntryAfterMinutes: 30 };
    expect(translate('fr-CA', `validation.${code}`, values)).not.toBe(translate('en-CA', `validation.${code}`, values));
  });
});
