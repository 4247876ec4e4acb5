import { fieldContext } from '../../db/encrypted-columns.js';
import { requireStaff } from '../access/require-staff.js';
import { findSettings } from '../agencies/settings.queries.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { promoteSession } from './create-session.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { checkTotp } from './totp.js';

/**
 * Confirms an authenticator with a first code, creates ten recovery codes (returned once, stored
 * hashed) and, for a sign-in waiting on enrolment, opens the session under a new token.
 */
export async function confirmEnrolment(
  ctx: Ctx,
  input: { code: string },
  options: { promote: boolean },
): Promise<{ recoveryCodes: string[]; session?: { token: string; expiresAt: Date } }> {
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const pending = await trx
      .selectFrom('mfa_secret')
      .select(['secret_encrypted', 'confirmed_at'])
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!pending) throw new AppError('unauthenticated', 'auth.enrolment_required', {});
    if (pending.confirmed_at) throw new AppError('conflict', 'auth.already_enrolled', {});
    const secret = ctx.keyring.decrypt(pending.secret_encrypted, fieldContext('mfa_secret', 'secret', actor.agencyId, actor.userId));
    const step = await checkTotp(secret, input.code, ctx.now, null);
    if (step === undefined) throw new AppError('invalid', 'auth.second_factor_failed', {});
    await trx.updateTable('mfa_secret').set({ confirmed_at: ctx.now, last_used_step: step }).where('user_id', '=', actor.userId).execute();
    const recoveryCodes = newRecoveryCodes();
    await trx.deleteFrom('recovery_code').where('user_id', '=', actor.userId).execute();
    await trx
      .insertInto('recovery_code')
      .values(recoveryCodes.map((code) => ({ agency_id: actor.agencyId, user_id: actor.userId, code_hash: hashRecoveryCode(code) })))
      .execute();
    const subject = { type: 'user' as const, id: actor.userId };
    await recordAudit(ctx, trx, { type: 'auth.mfa_enrolled', subject, details: {} });
    if (!options.promote) return { recoveryCodes };
    const session = await promoteSession(trx, { sessionId: actor.sessionId, stage: 'active', now: ctx.now, settings: await findSettings(trx) });
    await recordAudit(ctx, trx, { type: 'auth.signed_in', subject, details: { method: 'password+totp' } });
    return { recoveryCodes, session };
  });
}
