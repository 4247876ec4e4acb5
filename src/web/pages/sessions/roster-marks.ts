import type { AttendanceStatus, Mark, RosterEntry } from '../../api/roster';
import { attendanceStatuses } from '../../api/roster';

/** What a roster row shows in its controls: text as typed, a status or none yet. */
export interface RowValues {
  status: AttendanceStatus | '';
  minutesLate: string;
  minutesLeftEarly: string;
  reason: string;
}

/** The fields of a row, as named in the request (`body.marks.<index>.<field>`). */
export type RowField = 'status' | 'minutesLate' | 'minutesLeftEarly' | 'reason';

/** One mark as `PUT /sessions/:id/marks` takes it. */
export interface MarkInput {
  participantId: string;
  status: AttendanceStatus;
  minutesLate: number | null;
  minutesLeftEarly: number | null;
  reason: string | null;
  /** The version read; left out for a person not yet marked at this session. */
  version?: number;
}

/** The single key that chooses each status on a roster row (the same in both languages). */
export const statusKeys: Record<AttendanceStatus, string> = {
  present: 'P',
  late: 'L',
  left_early: 'O',
  excused: 'E',
  unexcused: 'U',
  refused_entry: 'R',
};

/** The status a key chooses, if any (either case). */
export function statusOfKey(key: string): AttendanceStatus | undefined {
  return attendanceStatuses.find((status) => statusKeys[status] === key.toUpperCase());
}

function isStatus(value: string): value is AttendanceStatus {
  return (attendanceStatuses as readonly string[]).includes(value);
}

/** Minutes late are asked for a late arrival and a refused entry. */
export const takesMinutesLate = (status: string) => status === 'late' || status === 'refused_entry';
/** Minutes left early are asked for someone who left early. */
export const takesMinutesLeftEarly = (status: string) => status === 'left_early';
/** A reason is asked for every mark but present (and required for an excused absence). */
export const takesReason = (status: string) => status !== '' && status !== 'present';

/** The name of a row's field, for its element id and the error summary. */
export function markField(participantId: string, field: RowField): string {
  return `marks.${participantId}.${field}`;
}

/** A row's controls as the saved mark (or its absence) fills them. */
export function valuesOfMark(mark: Mark | null): RowValues {
  return {
    status: mark && isStatus(mark.status) ? mark.status : '',
    minutesLate: mark?.minutesLate?.toString() ?? '',
    minutesLeftEarly: mark?.minutesLeftEarly?.toString() ?? '',
    reason: mark?.reason ?? '',
  };
}

/** Whole minutes as typed, else null (nothing typed, or not a number: the check says so). */
function minutesOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * What a row sends: only the fields its status takes (a late changed to present loses its
 * minutes), with the version of the mark read, if there is one.
 */
export function markInput(person: RosterEntry, values: RowValues & { status: AttendanceStatus }): MarkInput {
  const reason = values.reason.trim();
  return {
    participantId: person.participantId,
    status: values.status,
    minutesLate: takesMinutesLate(values.status) ? minutesOf(values.minutesLate) : null,
    minutesLeftEarly: takesMinutesLeftEarly(values.status) ? minutesOf(values.minutesLeftEarly) : null,
    reason: takesReason(values.status) && reason !== '' ? reason : null,
    ...(person.mark ? { version: person.mark.version } : {}),
  };
}

/** Whether a row says something other than its saved mark (a row with no status says nothing). */
export function isChanged(person: RosterEntry, values: RowValues): boolean {
  if (values.status === '') return false;
  const input = markInput(person, { ...values, status: values.status });
  const mark = person.mark;
  if (!mark) return true;
  return (
    input.status !== mark.status ||
    input.minutesLate !== mark.minutesLate ||
    input.minutesLeftEarly !== mark.minutesLeftEarly ||
    input.reason !== (mark.reason === null || mark.reason.trim() === '' ? null : mark.reason.trim()) ||
    // Minutes typed that are not a number differ from anything saved: the check will say so.
    (takesMinutesLate(input.status) && values.minutesLate.trim() !== '' && input.minutesLate === null) ||
    (takesMinutesLeftEarly(input.status) && values.minutesLeftEarly.trim() !== '' && input.minutesLeftEarly === null)
  );
}

/** The problems found before sending a row: the codes of the messages to show, by field. */
export type RowCheck = Partial<Record<RowField, 'minutesRequired' | 'minutesInvalid' | 'reasonRequired'>>;

/** What must be put right in a row before it is sent (the server checks the program's thresholds). */
export function checkRow(values: RowValues): RowCheck {
  const found: RowCheck = {};
  const minutes = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '') return 'minutesRequired' as const;
    const value = Number(trimmed);
    return /^\d+$/.test(trimmed) && value >= 1 && value <= 480 ? undefined : ('minutesInvalid' as const);
  };
  if (values.status === 'late') {
    const problem = minutes(values.minutesLate);
    if (problem) found.minutesLate = problem;
  }
  if (values.status === 'refused_entry' && values.minutesLate.trim() !== '') {
    const problem = minutes(values.minutesLate);
    if (problem) found.minutesLate = problem;
  }
  if (values.status === 'left_early' && values.minutesLeftEarly.trim() !== '') {
    const problem = minutes(values.minutesLeftEarly);
    if (problem) found.minutesLeftEarly = problem;
  }
  if (values.status === 'excused' && values.reason.trim() === '') found.reason = 'reasonRequired';
  return found;
}

/**
 * The row field a server path names: `marks.3.minutesLate` is the fourth mark sent (`sent` lists
 * the people in the order sent); a path about the person themselves lands on their status.
 */
export function fieldOfMarkPath(path: string, sent: readonly string[]): string {
  const match = /^marks\.(\d+)(?:\.(\w+))?/.exec(path);
  const participantId = match ? sent[Number(match[1])] : undefined;
  if (!match || !participantId) return path;
  const field = match[2];
  return markField(participantId, field === 'minutesLate' || field === 'minutesLeftEarly' || field === 'reason' ? field : 'status');
}
