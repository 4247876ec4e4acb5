import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { AcknowledgedConcern } from './attendance.schema.js';

/** A manager has seen a concern and taken it in hand: it leaves the open list (once). */
export async function acknowledgeConcern(ctx: Ctx, concernId: string): Promise<AcknowledgedConcern> {
  assertCan(ctx.actor, 'case.sign_off');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const concern = await trx.selectFrom('session_concern').select(['id', 'acknowledged_at']).where('id', '=', concernId).forUpdate().executeTakeFirst();
    if (!concern) throw new AppError('not_found', 'attendance.concern_not_found', {});
    if (concern.acknowledged_at) throw new AppError('conflict', 'attendance.concern_already_acknowledged', {});
    await trx.updateTable('session_concern').set({ acknowledged_at: ctx.now, acknowledged_by: actor.userId }).where('id', '=', concernId).execute();
    await recordAudit(ctx, trx, { type: 'concern.acknowledged', details: { concernId } });
    return { concernId, acknowledgedAt: ctx.now.toISOString() };
  });
}
