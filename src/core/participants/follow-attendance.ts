import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { ActiveEnrolment } from '../attendance/attendance.queries.js';
import { loadStandings } from '../attendance/standing.queries.js';
import { raisePartnerNotice } from '../partners/raise-partner-notice.js';
import { findHolidaySet } from '../programs/holidays.js';
import { addBusinessDays, closeOfBusiness } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { Ctx } from '../shared/ctx.js';
import { agencyOf, applyTransition } from './apply-transition.js';

/** The partner hears of the anticipated completion date when this many sessions remain. */
const anticipateWithin = 2;

/**
 * Tells the partner-contact team the date the participant is expected to complete, once per
 * placement (the notice's date is that date; later changes show on the completion notice).
 */
async function tellAnticipatedCompletion(ctx: Ctx, trx: Transaction<DB>, enrolment: ActiveEnrolment, date: string): Promise<void> {
  const today = instantToZonedTime(ctx.now, enrolment.timeZone).slice(0, 10);
  const holidays = await findHolidaySet(trx, today);
  await raisePartnerNotice(trx, {
    agencyId: agencyOf(ctx),
    participantId: enrolment.participantId,
    type: 'anticipated_completion',
    occurredOn: date,
    dueAt: closeOfBusiness(addBusinessDays(today, enrolment.policy.absenceNoticeBusinessDays, holidays), enrolment.timeZone),
    eventKey: `anticipated:${enrolment.enrolmentId}`,
  });
}

/**
 * What attendance decides about a case by itself, in the roster's transaction: the first
 * credited session makes an enrolled person active, and reaching an absence limit of the
 * stream's policy puts an active case in pending discharge (coded "non_attendance"), which tells
 * the partner-contact team and puts the decision on the manager's desk. Nothing is discharged
 * automatically, and once the manager has kept someone on (revoked the pending discharge), only a
 * new absence raises it again. Two sessions from the end, the partner-contact team is told the
 * anticipated completion date. Returns the steps taken, by participant.
 */
export async function followAttendance(ctx: Ctx, trx: Transaction<DB>, participantIds: readonly string[]): Promise<Map<string, string[]>> {
  const taken = new Map<string, string[]>();
  if (participantIds.length === 0) return taken;
  const states = await trx.selectFrom('participant').select(['id', 'case_state']).where('id', 'in', [...participantIds]).execute();
  const standings = await loadStandings(trx, participantIds, { now: ctx.now });
  for (const person of states) {
    const standing = standings.get(person.id)?.result;
    if (!standing) continue;
    const steps: string[] = [];
    let state = person.case_state;
    if (state === 'enrolled' && standing.creditedSessions > 0) {
      state = (await applyTransition(ctx, trx, { participantId: person.id, transition: 'start' })).to;
      steps.push('start');
    }
    if (state === 'active' && standing.standing === 'pending_discharge' && (await absentSinceLastRevoke(trx, person.id))) {
      const reason = standing.reasons.includes('unexcused_limit_reached') ? 'Unexcused absence limit reached.' : 'Excused absence limit reached.';
      await applyTransition(ctx, trx, { participantId: person.id, transition: 'warn_pending_discharge', reason, reasonCode: 'non_attendance' });
      steps.push('warn_pending_discharge');
    }
    const loaded = standings.get(person.id)!;
    if (state === 'active' && standing.remaining > 0 && standing.remaining <= anticipateWithin && standing.anticipatedCompletionDate) {
      await tellAnticipatedCompletion(ctx, trx, loaded.enrolment, standing.anticipatedCompletionDate);
      steps.push('anticipated_completion');
    }
    if (steps.length > 0) taken.set(person.id, steps);
  }
  return taken;
}

/** True unless the manager revoked a pending discharge after the person's latest absence or lateness. */
async function absentSinceLastRevoke(trx: Transaction<DB>, participantId: string): Promise<boolean> {
  const revoked = await trx
    .selectFrom('case_transition')
    .select('occurred_at')
    .where('participant_id', '=', participantId)
    .where('transition', '=', 'revoke_pending_discharge')
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!revoked) return true;
  const absence = await trx
    .selectFrom('attendance_mark')
    .select('recorded_at')
    .where('participant_id', '=', participantId)
    .where('status', '<>', 'present')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return absence !== undefined && absence.recorded_at.getTime() > revoked.occurred_at.getTime();
}
