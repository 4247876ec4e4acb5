import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { UserSummary } from './users.schema.js';
import { endUserSessions, findUserSummary, updateUserVersioned } from './users.queries.js';

/** Disables (ending every session at once) or re-enables a staff account. */
export async function setUserStatus(
  ctx: Ctx,
  userId: string,
  input: { status: 'active' | 'disabled'; version: number },
): Promise<UserSummary> {
  const actor = actingIn(ctx, 'user.manage');
  if (userId === actor.userId && input.status === 'disabled') throw new AppError('rule_violation', 'users.cannot_disable_self', {});
  return ctx.db.transaction(async (trx) => {
    await updateUserVersioned(trx, userId, input.version, {
      status: input.status,
      updated_at: ctx.now,
      ...(input.status === 'active' ? { failed_sign_ins: 0, locked_until: null } : {}),
    });
    if (input.status === 'disabled') await endUserSessions(trx, userId, ctx.now, 'disabled');
    await recordAudit(ctx, trx, { type: input.status === 'disabled' ? 'user.disabled' : 'user.enabled', subject: { type: 'user', id: userId }, details: {} });
    return (await findUserSummary(trx, userId))!;
  });
}
