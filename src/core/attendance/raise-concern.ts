import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { noticeDueAt, noticeForConcern, raiseNotice } from './attendance-notices.js';
import { assertSessionHeld, findActiveEnrolments, findHolidays, isOnRoster, requireParticipantRow, requireSession } from './attendance.queries.js';
import type { Concern, RaiseConcernInput } from './attendance.schema.js';

/**
 * Records what a facilitator saw or heard in session that matters for safety or compliance, and
 * tells the partner-contact team in the same transaction: a threat at once (urgent, due within
 * the policy's `threatNoticeHours`), anything else like an absence. The notice says what kind of
 * concern and when, never more. A threat stays open in the manager's list until acknowledged.
 */
export async function raiseConcern(ctx: Ctx, sessionId: string, input: RaiseConcernInput): Promise<Concern> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  const threatTarget = input.threatTarget ?? null;
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    assertSessionHeld(session, ctx.now);
    if (input.kind === 'threat' && !threatTarget) throw targetIssue('attendance.threat_target_required');
    if (input.kind !== 'threat' && threatTarget) throw targetIssue('attendance.threat_target_only_for_threat');
    await requireParticipantRow(trx, input.participantId);
    if (!(await isOnRoster(trx, session, input.participantId))) throw new AppError('rule_violation', 'attendance.not_on_roster', {});

    const notice = noticeForConcern(input.kind, threatTarget);
    const row = await trx
      .insertInto('session_concern')
      .values({
        agency_id: session.agencyId,
        session_id: session.id,
        participant_id: input.participantId,
        kind: input.kind,
        threat_target: threatTarget,
        severity: input.severity,
        urgent: notice.urgent,
        recorded_at: ctx.now,
        recorded_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const policy = (await findActiveEnrolments(trx, [input.participantId])).get(input.participantId)?.policy ?? session.policy;
    const holidays = notice.urgent ? new Set<string>() : await findHolidays(trx, session.localDate);
    await raiseNotice(trx, {
      ...notice,
      agencyId: session.agencyId,
      participantId: input.participantId,
      occurredOn: session.localDate,
      dueAt: noticeDueAt(notice, { sessionDate: session.localDate, timeZone: session.timeZone, now: ctx.now, policy, holidays }),
      eventKey: `concern:${row.id}`,
    });
    await recordAudit(ctx, trx, {
      type: 'concern.raised',
      subject: { type: 'participant', id: input.participantId },
      details: { concernId: row.id, sessionId: session.id, kind: input.kind, urgent: row.urgent },
    });
    return {
      concernId: row.id,
      sessionId: row.session_id,
      participantId: row.participant_id,
      kind: row.kind,
      threatTarget: row.threat_target,
      severity: row.severity,
      urgent: row.urgent,
      recordedAt: row.recorded_at.toISOString(),
    };
  });
}

function targetIssue(code: 'attendance.threat_target_required' | 'attendance.threat_target_only_for_threat'): AppError {
  return new AppError('invalid', code, {}, { issues: [{ path: 'body.threatTarget', code }] });
}
