import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import type { UserSummary } from './users.schema.js';
import { findUserSummary, updateUserVersioned } from './users.queries.js';

/** Ends a sign-in pause early (the person called; the admin checked who they are) and resets the escalation. */
export async function unlockUser(ctx: Ctx, userId: string, input: { version: number }): Promise<UserSummary> {
  actingIn(ctx, 'user.manage');
  return ctx.db.transaction(async (trx) => {
    await updateUserVersioned(trx, userId, input.version, { failed_sign_ins: 0, lockout_level: 0, locked_until: null, updated_at: ctx.now });
    await recordAudit(ctx, trx, { type: 'user.updated', subject: { type: 'user', id: userId }, details: { fields: ['locked_until'] } });
    return (await findUserSummary(trx, userId))!;
  });
}
