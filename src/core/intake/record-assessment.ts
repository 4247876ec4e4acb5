import { actingIn } from '../access/acting-in.js';
import { applyTransition } from '../participants/apply-transition.js';
import { requireParticipant } from '../participants/require-participant.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { type AssessmentInput, assessmentFormVersion } from './intake.schema.js';

/**
 * Records a completed intake assessment under its form version and moves the case to
 * "assessed". An unsuitable decision must say why: the referral source is told.
 */
export async function recordAssessment(ctx: Ctx, participantId: string, input: AssessmentInput): Promise<{ assessmentId: string; version: number }> {
  const { agencyId, userId } = actingIn(ctx, 'participant.write');
  if (input.suitability === 'unsuitable' && !input.reasons) throw new AppError('invalid', 'intake.reasons_required', {});
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const { id } = await trx
      .insertInto('intake_assessment')
      .values({ agency_id: agencyId, participant_id: participantId, form_version: assessmentFormVersion, answers: JSON.stringify(input.answers), suitability: input.suitability, reasons: input.reasons ?? null, completed_at: ctx.now, completed_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moved = await applyTransition(ctx, trx, { participantId, transition: 'record_assessment', version: input.version });
    return { assessmentId: id, version: moved.version };
  });
}
