import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { followAttendance } from '../participants/follow-attendance.js';
import { AppError } from '../shared/app-error.js';
import type { StreamPolicy } from '../programs/stream-policy.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import { markEventKey, noticeDueAt, noticeForMark, raiseNotice } from './attendance-notices.js';
import {
  assertSessionHeld,
  findActiveEnrolments,
  findHolidays,
  findSessionMarks,
  findSessionMembers,
  type MarkRow,
  requireSession,
  type SessionFacts,
} from './attendance.queries.js';
import type { Mark, MarkInput, RecordMarksInput } from './attendance.schema.js';
import { markOf } from './get-roster.js';
import { checkMarks, refusalFor } from './mark.rules.js';

/**
 * Records a session's marks in one transaction: all of them or none. Each person's row is
 * inserted (no version sent) or updated (the version sent must be the one saved): a facilitator
 * whose roster is out of date is refused as a whole (`attendance.stale_mark`), so a colleague's
 * marks are never overwritten unseen. Each absence or late leaves one partner notice in the same
 * transaction. A mark sent unchanged is not rewritten and keeps its version.
 *
 * Who may be marked: the group's members from their first session on, and anyone who already
 * has a mark at this session (a make-up being corrected, someone who has since left the group).
 * Anyone else comes to a session through the make-up route.
 */
export async function recordMarks(ctx: Ctx, sessionId: string, input: RecordMarksInput): Promise<Mark[]> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    assertSessionHeld(session, ctx.now);
    const ids = [...new Set(input.marks.map((mark) => mark.participantId))];
    const existing = await findSessionMarks(trx, session.id, { participantIds: ids, forUpdate: true });
    const members = await findSessionMembers(trx, session, ids);
    const policies = await policiesFor(trx, ids, session);

    const issues = checkMarks(input.marks, (id) => policies.get(id) ?? session.policy);
    if (issues.length > 0) throw refusalFor(issues);
    const outsiders = input.marks.flatMap((mark, index) =>
      members.has(mark.participantId) || existing.has(mark.participantId) ? [] : [{ path: `body.marks.${index}.participantId`, code: 'attendance.not_a_member' }],
    );
    if (outsiders.length > 0) throw refusalFor(outsiders);
    for (const mark of input.marks) {
      if ((existing.get(mark.participantId)?.version ?? null) !== (mark.version ?? null)) throw new AppError('conflict', 'attendance.stale_mark', {});
    }

    const holidays = await findHolidays(trx, session.localDate);
    // Everyone marked for the first time at this session in one insert; corrections one by one (each version-checked).
    const inserted = await insertMarks(trx, session, input.marks.filter((mark) => !existing.has(mark.participantId)), false, ctx.now, actor.userId);
    const saved: Mark[] = [];
    let changed = 0;
    for (const mark of input.marks) {
      const before = existing.get(mark.participantId);
      const row = before ? await updateMark(trx, before, mark, ctx.now, actor.userId) : inserted.get(mark.participantId)!;
      if (row !== before) changed += 1;
      const statusChanged = before !== undefined && before.status !== row.status;
      if (!before || statusChanged) {
        await raiseMarkNotice(trx, { session, row, change: before ? 'status_changed' : 'new', policy: policies.get(row.participant_id) ?? session.policy, holidays, now: ctx.now });
      }
      saved.push(markOf(row));
    }
    // The case follows attendance: a first credited session starts it, an absence limit warns of discharge.
    await followAttendance(ctx, trx, input.marks.map((mark) => mark.participantId));
    await recordAudit(ctx, trx, { type: 'attendance.recorded', details: { sessionId: session.id, count: input.marks.length, changed } });
    return saved;
  });
}

/**
 * The policy each person is judged by: their own stream's (a make-up is judged by the rules of
 * the program the person is in), else the session's.
 */
export async function policiesFor(trx: Transaction<DB>, participantIds: readonly string[], session: SessionFacts): Promise<Map<string, StreamPolicy>> {
  const enrolments = await findActiveEnrolments(trx, participantIds);
  return new Map(participantIds.map((id) => [id, enrolments.get(id)?.policy ?? session.policy]));
}

/** Inserts a new mark; a colleague's concurrent insert of the same person's mark is a stale roster. */
export async function insertMark(
  trx: Transaction<DB>,
  session: SessionFacts,
  mark: Pick<MarkInput, 'participantId' | 'status' | 'minutesLate' | 'minutesLeftEarly' | 'reason'>,
  makeUp: boolean,
  now: Date,
  userId: string,
): Promise<MarkRow> {
  return (await insertMarks(trx, session, [mark], makeUp, now, userId)).get(mark.participantId)!;
}

/**
 * Inserts new marks in one statement, by participant; a colleague's concurrent insert of one of
 * them (or the same person twice) is a stale roster, and nothing is inserted.
 */
export async function insertMarks(
  trx: Transaction<DB>,
  session: SessionFacts,
  marks: readonly Pick<MarkInput, 'participantId' | 'status' | 'minutesLate' | 'minutesLeftEarly' | 'reason'>[],
  makeUp: boolean,
  now: Date,
  userId: string,
): Promise<Map<string, MarkRow>> {
  if (marks.length === 0) return new Map();
  try {
    const rows = await trx
      .insertInto('attendance_mark')
      .values(marks.map((mark) => ({ agency_id: session.agencyId, session_id: session.id, participant_id: mark.participantId, ...markValues(mark), make_up: makeUp, recorded_at: now, recorded_by: userId })))
      .returningAll()
      .execute();
    return new Map(rows.map((row) => [row.participant_id, row]));
  } catch (error) {
    if (isDbError(error, '23505')) throw new AppError('conflict', makeUp ? 'attendance.mark_exists' : 'attendance.stale_mark', {});
    throw error;
  }
}

async function updateMark(trx: Transaction<DB>, before: MarkRow, mark: MarkInput, now: Date, userId: string): Promise<MarkRow> {
  const values = markValues(mark);
  const unchanged =
    values.status === before.status && values.minutes_late === before.minutes_late && values.minutes_left_early === before.minutes_left_early && values.reason === before.reason;
  if (unchanged) return before;
  const row = await trx
    .updateTable('attendance_mark')
    .set((eb) => ({ ...values, recorded_at: now, recorded_by: userId, version: eb('version', '+', 1) }))
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('conflict', 'attendance.stale_mark', {});
  return row;
}

function markValues(mark: Pick<MarkInput, 'status' | 'minutesLate' | 'minutesLeftEarly' | 'reason'>) {
  return {
    status: mark.status,
    minutes_late: mark.minutesLate ?? null,
    minutes_left_early: mark.minutesLeftEarly ?? null,
    reason: mark.reason?.trim() ? mark.reason.trim() : null,
  };
}

/** The notice a saved mark raises (none for present), keyed so it is raised once. */
export async function raiseMarkNotice(
  trx: Transaction<DB>,
  at: { session: SessionFacts; row: MarkRow; change: 'new' | 'status_changed'; policy: StreamPolicy; holidays: ReadonlySet<string>; now: Date },
): Promise<void> {
  const notice = noticeForMark(at.row.status);
  if (!notice) return;
  await raiseNotice(trx, {
    ...notice,
    agencyId: at.session.agencyId,
    participantId: at.row.participant_id,
    occurredOn: at.session.localDate,
    dueAt: noticeDueAt(notice, { sessionDate: at.session.localDate, timeZone: at.session.timeZone, now: at.now, policy: at.policy, holidays: at.holidays }),
    eventKey: markEventKey(at.row.id, at.change, at.row.status),
  });
}
