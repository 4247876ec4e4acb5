import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findHolidaySet } from '../programs/holidays.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { raisePartnerNotice } from '../partners/raise-partner-notice.js';
import { addBusinessDays, closeOfBusiness } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { CaseTransition } from './case-lifecycle.rules.js';
import type { PartnerNoticeType } from '../partners/partners.tables.js';

/** The seeds' list: the partner is told of a pending discharge and why, a discharge and why, a completion. */
const noticeOf: Partial<Record<CaseTransition, { type: Exclude<PartnerNoticeType, 'new_partner'>; reason?: string }>> = {
  warn_pending_discharge: { type: 'pending_discharge' },
  discharge: { type: 'discharge' },
  complete: { type: 'completion' },
  // Leaving the program early is a discharge for the partner: participation has ended.
  withdraw: { type: 'discharge', reason: 'withdrawal' },
  transfer: { type: 'discharge', reason: 'transfer' },
};

/** Where the case is placed: its group's time zone and stream policy (for due times), if any. */
async function placementOf(trx: Transaction<DB>, participantId: string) {
  return trx
    .selectFrom('enrolment as e')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 'e.agency_id').onRef('g.id', '=', 'e.group_id'))
    .innerJoin('program_stream as p', (join) => join.onRef('p.agency_id', '=', 'g.agency_id').onRef('p.id', '=', 'g.stream_id'))
    .select(['e.id', 'g.time_zone', 'p.policy'])
    .where('e.participant_id', '=', participantId)
    .where('e.status', '=', 'active')
    .executeTakeFirst();
}

/**
 * After a transition: the partner notice it calls for (only the event, its date and a reason
 * code: never the free-text reason), and the end of the placement when the case leaves the
 * group. Both in the transition's transaction.
 */
export async function afterTransition(
  trx: Transaction<DB>,
  input: { agencyId: string; participantId: string; transitionId: string; transition: CaseTransition; to: string; reasonCode: string | null; now: Date },
): Promise<void> {
  const placement = await placementOf(trx, input.participantId);
  const notice = noticeOf[input.transition];
  // A case that never reached a group has nothing for the partner to hear about here.
  if (notice && placement) {
    const policy = readStreamPolicy(placement.policy);
    const today = instantToZonedTime(input.now, placement.time_zone).slice(0, 10);
    const holidays = await findHolidaySet(trx, today);
    const dueDay = addBusinessDays(today, policy.absenceNoticeBusinessDays, holidays);
    await raisePartnerNotice(trx, {
      agencyId: input.agencyId,
      participantId: input.participantId,
      type: notice.type,
      reasonCode: notice.reason ?? input.reasonCode ?? undefined,
      occurredOn: today,
      dueAt: closeOfBusiness(dueDay, placement.time_zone),
      eventKey: `case:${input.transitionId}`,
    });
  }
  const leavesGroup = ['waitlisted', 'completed', 'discharged', 'withdrawn', 'transferred'].includes(input.to) && input.transition !== 'waitlist';
  if (placement && leavesGroup) {
    await trx.updateTable('enrolment').set({ status: 'ended', ended_at: input.now, end_reason: input.transition }).where('id', '=', placement.id).execute();
  }
}
