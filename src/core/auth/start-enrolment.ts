import { fieldContext } from '../../db/encrypted-columns.js';
import { requireStaff } from '../access/require-staff.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { enrolmentCode, newTotpSecret } from './totp.js';

/**
 * Starts (or restarts) enrolling an authenticator: a new secret, stored encrypted and not yet
 * confirmed, shown once as a QR code and as text. Refused when one is already confirmed.
 */
export async function startEnrolment(ctx: Ctx): Promise<{ otpauthUri: string; qrCode: string; secret: string }> {
  const actor = requireStaff(ctx.actor);
  const secret = newTotpSecret();
  const email = await ctx.db.transaction(async (trx) => {
    const existing = await trx.selectFrom('mfa_secret').select('confirmed_at').where('user_id', '=', actor.userId).executeTakeFirst();
    if (existing?.confirmed_at) throw new AppError('conflict', 'auth.already_enrolled', {});
    const encrypted = ctx.keyring.encrypt(secret, fieldContext('mfa_secret', 'secret', actor.agencyId, actor.userId));
    await trx
      .insertInto('mfa_secret')
      .values({ agency_id: actor.agencyId, user_id: actor.userId, secret_encrypted: encrypted })
      .onConflict((oc) => oc.columns(['agency_id', 'user_id']).doUpdateSet({ secret_encrypted: encrypted, last_used_step: null }))
      .execute();
    return (await trx.selectFrom('app_user').select('email').where('id', '=', actor.userId).executeTakeFirstOrThrow()).email;
  });
  const { uri, qrCode } = await enrolmentCode(secret, email);
  return { otpauthUri: uri, qrCode, secret };
}
