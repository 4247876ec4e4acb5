import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { hashPassword, verifyPassword } from './hash-password.js';
import { checkPassword } from './password-policy.js';

/** A staff member changes their own password, proving the current one. */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const actor = requireStaff(ctx.actor);
  const user = await ctx.db.transaction((trx) =>
    trx.selectFrom('app_user').select(['email', 'display_name', 'password_hash']).where('id', '=', actor.userId).executeTakeFirstOrThrow(),
  );
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw new AppError('invalid', 'users.current_password_wrong', {});
  const problem = checkPassword(input.newPassword, { email: user.email, displayName: user.display_name });
  if (problem) throw new AppError('invalid', 'users.password_weak', { problem });
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (trx) => {
    await trx
      .updateTable('app_user')
      .set((eb) => ({ password_hash: passwordHash, password_changed_at: ctx.now, updated_at: ctx.now, version: eb('version', '+', 1) }))
      .where('id', '=', actor.userId)
      .execute();
    await recordAudit(ctx, trx, { type: 'auth.password_changed', subject: { type: 'user', id: actor.userId }, details: {} });
  });
}
