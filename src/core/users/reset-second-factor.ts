import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { UserSummary } from './users.schema.js';
import { endUserSessions, findUserSummary } from './users.queries.js';

/**
 * Removes a user's authenticator and recovery codes (a lost phone) and ends their sessions;
 * at next sign-in they enrol a new one.
 */
export async function resetSecondFactor(ctx: Ctx, userId: string, input: { version: number }): Promise<UserSummary> {
  assertCan(ctx.actor, 'user.manage');
  return ctx.db.transaction(async (trx) => {
    const user = await findUserSummary(trx, userId);
    if (!user) throw new AppError('not_found', 'users.not_found', {});
    if (user.version !== input.version) throw new AppError('conflict', 'users.stale_version', {});
    await trx.deleteFrom('mfa_secret').where('user_id', '=', userId).execute();
    await trx.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
    await trx.updateTable('app_user').set((eb) => ({ version: eb('version', '+', 1), updated_at: ctx.now })).where('id', '=', userId).execute();
    await endUserSessions(trx, userId, ctx.now, 'second_factor_reset');
    await recordAudit(ctx, trx, { type: 'auth.mfa_reset', subject: { type: 'user', id: userId }, details: {} });
    return (await findUserSummary(trx, userId))!;
  });
}
