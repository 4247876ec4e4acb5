import { actingIn } from '../access/acting-in.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { requireParticipant } from '../participants/require-participant.js';
import { type ConsentInput, consentFormVersion } from './intake.schema.js';

/**
 * Records one consent as signed today under the current form version (typed name, drawn
 * signature or ticked box), witnessed by the staff member recording it.
 */
export async function recordConsent(ctx: Ctx, participantId: string, input: ConsentInput): Promise<{ consentId: string; signedAt: string }> {
  const { agencyId, userId } = actingIn(ctx, 'participant.write');
  if (input.method === 'drawn' && !input.signatureSvg) throw new AppError('invalid', 'intake.signature_required', {});
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const { id } = await trx
      .insertInto('consent')
      .values({
        agency_id: agencyId,
        participant_id: participantId,
        kind: input.kind,
        form_version: consentFormVersion,
        method: input.method,
        signed_name: input.signedName,
        signature_svg: input.method === 'drawn' ? (input.signatureSvg ?? null) : null,
        signed_at: ctx.now,
        witnessed_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { consentId: id, signedAt: ctx.now.toISOString() };
  });
}
