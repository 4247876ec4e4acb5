import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { followAttendance } from '../participants/follow-attendance.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertSessionHeld, findActiveEnrolments, findHolidays, findSessionMarks, requireParticipantRow, requireSession } from './attendance.queries.js';
import type { Mark, RecordMakeUpInput } from './attendance.schema.js';
import { markOf } from './get-roster.js';
import { checkMark } from './mark.rules.js';
import { insertMark, raiseMarkNotice } from './record-marks.js';

/**
 * Records that a participant placed in another group attended this session to make one up.
 * Refused when their program does not allow make-ups, when this is their own group's session
 * (the roster is the place for that), when they are not placed anywhere, or when they already
 * have a mark here. Lateness is judged by their own program's policy. The session may belong to
 * any group of the agency: the rules of the person's own program decide whether it counts.
 */
export async function recordMakeUp(ctx: Ctx, sessionId: string, input: RecordMakeUpInput): Promise<Mark> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    assertSessionHeld(session, ctx.now);
    await requireParticipantRow(trx, input.participantId);
    const enrolment = (await findActiveEnrolments(trx, [input.participantId])).get(input.participantId);
    if (!enrolment) throw new AppError('rule_violation', 'attendance.make_up_not_enrolled', {});
    if (enrolment.groupId === session.groupId) throw new AppError('rule_violation', 'attendance.make_up_own_group', {});
    if (!enrolment.policy.makeUpsAllowed) throw new AppError('rule_violation', 'attendance.make_ups_not_allowed', {});
    if ((await findSessionMarks(trx, session.id, { participantIds: [input.participantId], forUpdate: true })).size > 0) {
      throw new AppError('conflict', 'attendance.mark_exists', {});
    }
    const [issue] = checkMark(input, enrolment.policy);
    if (issue) throw new AppError('invalid', issue.code, issue.params ?? {}, { issues: [{ path: `body.${issue.field}`, code: issue.code, ...(issue.params ? { params: issue.params } : {}) }] });

    const row = await insertMark(trx, session, input, true, ctx.now, actor.userId);
    const holidays = await findHolidays(trx, session.localDate);
    await raiseMarkNotice(trx, { session, row, change: 'new', policy: enrolment.policy, holidays, now: ctx.now });
    await followAttendance(ctx, trx, [input.participantId]);
    await recordAudit(ctx, trx, { type: 'attendance.make_up_recorded', subject: { type: 'participant', id: input.participantId }, details: { sessionId: session.id, markId: row.id } });
    return markOf(row);
  });
}
