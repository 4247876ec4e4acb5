import { z } from 'zod';
import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';

export const DecideReferralInput = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), version: z.number().int().positive() }),
  z.strictObject({ decision: z.literal('return'), reason: z.string().trim().min(1).max(1000), version: z.number().int().positive() }),
  z.strictObject({ decision: z.literal('duplicate'), duplicateOf: z.uuid(), version: z.number().int().positive() }),
]);
export type DecideReferralInput = z.infer<typeof DecideReferralInput>;

export const ReferralDecision = z.object({ referralId: z.uuid(), status: z.enum(['accepted', 'returned', 'duplicate']), version: z.number().int() });

const statusOf = { accept: 'accepted', return: 'returned', duplicate: 'duplicate' } as const;

/**
 * Decides a received referral: accepted (intake goes ahead), returned to the source with the
 * reason they will be told, or a duplicate of another referral. Only a received referral can be
 * decided, once; the version guards against two people deciding at the same moment.
 */
export async function decideReferral(ctx: Ctx, referralId: string, input: DecideReferralInput): Promise<z.infer<typeof ReferralDecision>> {
  const { userId } = actingIn(ctx, 'referral.write');
  return ctx.db.transaction(async (trx) => {
    const referral = await trx.selectFrom('referral').select(['id', 'status', 'version', 'participant_id']).where('id', '=', referralId).forUpdate().executeTakeFirst();
    if (!referral) throw new AppError('not_found', 'referrals.not_found', {});
    if (referral.version !== input.version) throw new AppError('conflict', 'referrals.stale_version', {});
    if (referral.status !== 'received') throw new AppError('rule_violation', 'referrals.already_decided', { status: referral.status });
    if (input.decision === 'duplicate') {
      if (input.duplicateOf === referralId) throw new AppError('invalid', 'referrals.duplicate_of_itself', {});
      const original = await trx.selectFrom('referral').select('id').where('id', '=', input.duplicateOf).executeTakeFirst();
      if (!original) throw new AppError('invalid', 'referrals.duplicate_unknown', {});
    }
    const status = statusOf[input.decision];
    const updated = await trx
      .updateTable('referral')
      .set((eb) => ({
        status,
        return_reason: input.decision === 'return' ? input.reason : null,
        duplicate_of: input.decision === 'duplicate' ? input.duplicateOf : null,
        decided_at: ctx.now,
        decided_by: userId,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', referralId)
      .returning('version')
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'referral.decided', subject: { type: 'participant', id: referral.participant_id }, details: { referralId, status } });
    return { referralId, status, version: updated.version };
  });
}
