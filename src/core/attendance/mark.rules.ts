/**
 * What a facilitator may record for one person at one session, checked before anything is
 * saved. Pure: the use cases bring the stream policy.
 *
 * - A late arrival gives its minutes. Under the policy's "late after" minute it is not a late at
 *   all and is refused with a message saying to record "present"; at or after the "refuse entry"
 *   minute it is refused with a message saying to record a refused entry. Refusing, rather than
 *   silently saving something else, keeps the roster showing exactly what the facilitator chose,
 *   and keeps the partner from being told of a lateness the program does not count.
 * - Minutes late belong to a late arrival or a refused entry; minutes left early to someone who
 *   left early.
 * - An excused absence gives its reason.
 * - One mark per person in one submit.
 */
import type { StreamPolicy } from '../programs/stream-policy.js';
import { AppError, type ErrorParams, type FieldIssue } from '../shared/app-error.js';
import { attendanceErrors } from './attendance.errors.js';
import type { AttendanceStatus } from './standing.rules.js';

/** The mark-level codes: each is also a field issue (`validation.<code>`). */
export const markIssueCodes = [
  'attendance.duplicate_participant',
  'attendance.late_needs_minutes',
  'attendance.late_under_threshold',
  'attendance.late_is_refused_entry',
  'attendance.minutes_late_not_applicable',
  'attendance.minutes_left_early_not_applicable',
  'attendance.excused_needs_reason',
  'attendance.not_a_member',
] as const;
export type MarkIssueCode = (typeof markIssueCodes)[number];

/** One mark as sent. */
export interface MarkToCheck {
  participantId: string;
  status: AttendanceStatus;
  minutesLate?: number | null | undefined;
  minutesLeftEarly?: number | null | undefined;
  reason?: string | null | undefined;
}

/** A problem with one mark: its code, the field it points at, and the numbers the message names. */
export interface MarkIssue {
  code: MarkIssueCode;
  field: 'participantId' | 'status' | 'minutesLate' | 'minutesLeftEarly' | 'reason';
  params?: ErrorParams;
}

/** Everything wrong with one mark under the policy (empty when it may be saved). */
export function checkMark(mark: MarkToCheck, policy: StreamPolicy): MarkIssue[] {
  const issues: MarkIssue[] = [];
  const minutesLate = mark.minutesLate ?? undefined;
  if (mark.status === 'late') {
    if (minutesLate === undefined) issues.push({ code: 'attendance.late_needs_minutes', field: 'minutesLate' });
    // Refused entry first: a policy whose refuse-entry minute comes before its late minute still refuses.
    else if (minutesLate >= policy.refuseEntryAfterMinutes) {
      issues.push({ code: 'attendance.late_is_refused_entry', field: 'status', params: { refuseEntryAfterMinutes: policy.refuseEntryAfterMinutes } });
    } else if (minutesLate < policy.lateAfterMinutes) {
      issues.push({ code: 'attendance.late_under_threshold', field: 'status', params: { lateAfterMinutes: policy.lateAfterMinutes } });
    }
  } else if (minutesLate !== undefined && mark.status !== 'refused_entry') {
    issues.push({ code: 'attendance.minutes_late_not_applicable', field: 'minutesLate' });
  }
  if ((mark.minutesLeftEarly ?? undefined) !== undefined && mark.status !== 'left_early') {
    issues.push({ code: 'attendance.minutes_left_early_not_applicable', field: 'minutesLeftEarly' });
  }
  if (mark.status === 'excused' && !mark.reason?.trim()) issues.push({ code: 'attendance.excused_needs_reason', field: 'reason' });
  return issues;
}

/**
 * Every problem in a submit, as field issues under `body.marks.<index>`: each mark checked under
 * its person's policy, and every repeat of a person already listed.
 */
export function checkMarks(marks: readonly MarkToCheck[], policyFor: (participantId: string) => StreamPolicy): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  marks.forEach((mark, index) => {
    const at = (issue: MarkIssue) => issues.push({ path: `body.marks.${index}.${issue.field}`, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
    if (seen.has(mark.participantId)) at({ code: 'attendance.duplicate_participant', field: 'participantId' });
    seen.add(mark.participantId);
    checkMark(mark, policyFor(mark.participantId)).forEach(at);
  });
  return issues;
}

/**
 * The refusal for a list of problems: when they are all the same problem, its own code and
 * message (and kind); otherwise the general "fields need attention" with each one listed.
 */
export function refusalFor(issues: readonly FieldIssue[]): AppError {
  const [first] = issues;
  if (!first) throw new Error('refusalFor needs at least one issue');
  const code = first.code as keyof typeof attendanceErrors;
  if (issues.every((issue) => issue.code === code) && code in attendanceErrors) {
    return new AppError(attendanceErrors[code], code, first.params ?? {}, { issues: [...issues] });
  }
  return new AppError('invalid', 'request.invalid', { count: issues.length }, { issues: [...issues] });
}
