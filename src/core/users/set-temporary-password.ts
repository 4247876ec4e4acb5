import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { hashPassword } from './hash-password.js';
import { checkPassword } from './password-policy.js';
import type { UserSummary } from './users.schema.js';
import { endUserSessions, findUserSummary, updateUserVersioned } from './users.queries.js';

/**
 * An admin sets a new password for someone who forgot theirs (to hand over in person); the
 * person's sessions end, and the pause on their account is lifted.
 */
export async function setTemporaryPassword(ctx: Ctx, userId: string, input: { password: string; version: number }): Promise<UserSummary> {
  actingIn(ctx, 'user.manage');
  const target = await ctx.db.transaction((trx) => findUserSummary(trx, userId));
  if (!target) throw new AppError('not_found', 'users.not_found', {});
  const problem = checkPassword(input.password, { email: target.email, displayName: target.displayName });
  if (problem) throw new AppError('invalid', 'users.password_weak', { problem });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (trx) => {
    await updateUserVersioned(trx, userId, input.version, {
      password_hash: passwordHash,
      password_changed_at: ctx.now,
      failed_sign_ins: 0,
      lockout_level: 0,
      locked_until: null,
      updated_at: ctx.now,
    });
    await endUserSessions(trx, userId, ctx.now, 'disabled');
    await recordAudit(ctx, trx, { type: 'auth.password_changed', subject: { type: 'user', id: userId }, details: {} });
    return (await findUserSummary(trx, userId))!;
  });
}
