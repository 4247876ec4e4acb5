import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { requireParticipantRow } from './attendance.queries.js';
import type { ParticipantStanding } from './attendance.schema.js';
import { detailOf, loadStandings } from './standing.queries.js';

/**
 * A participant's placement, every attendance mark (make-ups and marks at sessions cancelled
 * since included, the latter flagged: they count for nothing) and their standing computed by the
 * standing rules. Not placed: no placement and no standing, the history still shown. The read
 * is audited as a view of the participant's record.
 */
export async function getParticipantStanding(ctx: Ctx, participantId: string): Promise<ParticipantStanding> {
  assertCan(ctx.actor, 'group.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipantRow(trx, participantId);
    const loaded = (await loadStandings(trx, [participantId], { now: ctx.now })).get(participantId);
    const marks = await trx
      .selectFrom('attendance_mark as m')
      .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'm.agency_id').onRef('s.id', '=', 'm.session_id'))
      .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
      .select(['m.session_id', 's.local_date', 's.number', 'g.name', 's.status as session_status', 'm.status', 'm.minutes_late', 'm.make_up', 's.starts_at'])
      .where('m.participant_id', '=', participantId)
      .orderBy('s.starts_at')
      .execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    const enrolment = loaded?.enrolment;
    return {
      participantId,
      enrolment: enrolment
        ? {
            enrolmentId: enrolment.enrolmentId,
            groupId: enrolment.groupId,
            groupName: enrolment.groupName,
            streamId: enrolment.streamId,
            streamCode: enrolment.streamCode,
            streamName: ctx.locale === 'fr-CA' ? enrolment.streamNameFr : enrolment.streamName,
            firstSessionNumber: enrolment.firstSessionNumber,
            enrolledAt: enrolment.enrolledAt.toISOString(),
          }
        : null,
      marks: marks.map((mark) => ({
        sessionId: mark.session_id,
        sessionDate: mark.local_date,
        sessionNumber: mark.number,
        groupName: mark.name,
        status: mark.status,
        minutesLate: mark.minutes_late,
        makeUp: mark.make_up,
        sessionCancelled: mark.session_status === 'cancelled',
      })),
      completeBy: loaded?.input.completeBy ?? null,
      standing: loaded ? detailOf(loaded.result) : null,
    };
  });
}
