import { fieldContext } from '../../db/encrypted-columns.js';
import { requireStaff } from '../access/require-staff.js';
import { findSettings } from '../agencies/settings.queries.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { SecondFactorInput } from './auth.schema.js';
import { lockoutStateForUpdate, saveLockout } from './auth.queries.js';
import { promoteSession } from './create-session.js';
import { afterFailure } from './lockout.rules.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { checkTotp } from './totp.js';

/**
 * Finishes a sign-in with a code from the authenticator app or a recovery code. Success gives
 * the session a new token; a wrong code counts towards the account's lockout, and a lockout
 * ends the half-open session.
 */
export async function completeSecondFactor(ctx: Ctx, input: SecondFactorInput): Promise<{ token: string; expiresAt: Date }> {
  const actor = requireStaff(ctx.actor);
  const outcome = await ctx.db.transaction(async (trx) => {
    const secret = await trx
      .selectFrom('mfa_secret')
      .select(['secret_encrypted', 'last_used_step'])
      .where('user_id', '=', actor.userId)
      .where('confirmed_at', 'is not', null)
      .executeTakeFirst();
    if (!secret) throw new AppError('unauthenticated', 'auth.enrolment_required', {});
    let method: 'password+totp' | 'password+recovery_code' | undefined;
    if ('code' in input) {
      const plain = ctx.keyring.decrypt(secret.secret_encrypted, fieldContext('mfa_secret', 'secret', actor.agencyId, actor.userId));
      const step = await checkTotp(plain, input.code, ctx.now, secret.last_used_step === null ? null : Number(secret.last_used_step));
      if (step !== undefined) {
        await trx.updateTable('mfa_secret').set({ last_used_step: step }).where('user_id', '=', actor.userId).execute();
        method = 'password+totp';
      }
    } else {
      const used = await trx
        .updateTable('recovery_code')
        .set({ used_at: ctx.now })
        .where('user_id', '=', actor.userId)
        .where('code_hash', '=', hashRecoveryCode(input.recoveryCode))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) === 1) {
        method = 'password+recovery_code';
        await recordAudit(ctx, trx, { type: 'auth.recovery_code_used', subject: { type: 'user', id: actor.userId }, details: {} });
      }
    }
    const subject = { type: 'user' as const, id: actor.userId };
    if (!method) {
      await recordAudit(ctx, trx, { type: 'auth.sign_in_failed', subject, details: { reason: 'wrong_second_factor' } });
      const next = afterFailure(await lockoutStateForUpdate(trx, actor.userId), ctx.now);
      await saveLockout(trx, actor.userId, next);
      if (next.lockedNow) {
        await trx.updateTable('staff_session').set({ ended_at: ctx.now, end_reason: 'signed_out' }).where('id', '=', actor.sessionId).execute();
        await recordAudit(ctx, trx, { type: 'auth.locked_out', subject, details: { until: next.lockedUntil!.toISOString(), level: next.lockoutLevel } });
      }
      return undefined;
    }
    await saveLockout(trx, actor.userId, { failedSignIns: 0, lockoutLevel: 0, lockedUntil: null });
    const promoted = await promoteSession(trx, { sessionId: actor.sessionId, stage: 'active', now: ctx.now, settings: await findSettings(trx) });
    await recordAudit(ctx, trx, { type: 'auth.signed_in', subject, details: { method } });
    return promoted;
  });
  if (!outcome) throw new AppError('unauthenticated', 'auth.second_factor_failed', {});
  return outcome;
}
