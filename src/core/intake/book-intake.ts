import { actingIn } from '../access/acting-in.js';
import { applyTransition } from '../participants/apply-transition.js';
import { requireParticipant } from '../participants/require-participant.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { zonedTimeToInstant } from '../shared/zoned-time.js';
import type { BookIntakeInput } from './intake.schema.js';

/**
 * Books (or rebooks) the intake appointment at a site's local time, cancelling any earlier
 * booking, and moves the case to "intake booked" in the same transaction.
 */
export async function bookIntake(ctx: Ctx, participantId: string, input: BookIntakeInput): Promise<{ appointmentId: string; startsAt: string; timeZone: string; version: number }> {
  const { agencyId, userId } = actingIn(ctx, 'participant.write');
  return ctx.db.transaction(async (trx) => {
    const { caseState: state } = await requireParticipant(trx, participantId);
    const site = await trx.selectFrom('site').select(['id', 'time_zone']).where('id', '=', input.siteId).executeTakeFirst();
    if (!site) throw new AppError('invalid', 'intake.site_not_found', {});
    const startsAt = zonedTimeToInstant(input.startsAtLocal, site.time_zone);
    if (startsAt.getTime() < ctx.now.getTime()) throw new AppError('invalid', 'intake.time_in_past', {});
    await trx.updateTable('intake_appointment').set({ status: 'cancelled' }).where('participant_id', '=', participantId).where('status', '=', 'booked').execute();
    const { id } = await trx
      .insertInto('intake_appointment')
      .values({ agency_id: agencyId, participant_id: participantId, site_id: site.id, mode: input.mode, starts_at: startsAt, time_zone: site.time_zone, duration_minutes: input.durationMinutes, booked_at: ctx.now, booked_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moved = await applyTransition(ctx, trx, { participantId, transition: state === 'intake_booked' ? 'rebook_intake' : 'book_intake', version: input.version });
    return { appointmentId: id, startsAt: startsAt.toISOString(), timeZone: site.time_zone, version: moved.version };
  });
}
