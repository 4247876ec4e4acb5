import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';

/** Ends the current session; its cookie no longer works, even if replayed. */
export async function signOut(ctx: Ctx): Promise<void> {
  const actor = requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    await trx
      .updateTable('staff_session')
      .set({ ended_at: ctx.now, end_reason: 'signed_out' })
      .where('id', '=', actor.sessionId)
      .where('ended_at', 'is', null)
      .execute();
    await recordAudit(ctx, trx, { type: 'auth.signed_out', subject: { type: 'user', id: actor.userId }, details: { reason: 'signed_out' } });
  });
}
