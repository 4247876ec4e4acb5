import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { getResource, recordOf } from './resources.queries.js';
import type { Resource, ResourceVersionInput } from './resources.schema.js';
import { insertRevision } from './upsert-resources.js';

/**
 * Takes a resource out of the directory's default search without deleting it: referrals already
 * given keep pointing at it, the revision history keeps it, and `includeRetired` still lists it.
 */
export async function retireResource(ctx: Ctx, resourceId: string, input: ResourceVersionInput): Promise<Resource> {
  return setRetired(ctx, resourceId, input, true);
}

/** Puts a retired resource back into the directory. */
export async function restoreResource(ctx: Ctx, resourceId: string, input: ResourceVersionInput): Promise<Resource> {
  return setRetired(ctx, resourceId, input, false);
}

async function setRetired(ctx: Ctx, resourceId: string, input: ResourceVersionInput, retire: boolean): Promise<Resource> {
  assertCan(ctx.actor, 'resource.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const current = await getResource(trx, resourceId);
    if (current.version !== input.version) throw new AppError('conflict', 'resources.stale_resource', {});
    if (retire && current.retired) throw new AppError('conflict', 'resources.already_retired', {});
    if (!retire && !current.retired) throw new AppError('conflict', 'resources.not_retired', {});
    const updated = await trx
      .updateTable('resource')
      .set((eb) => ({ retired_at: retire ? ctx.now : null, updated_at: ctx.now, updated_by: actor.userId, version: eb('version', '+', 1) }))
      .where('id', '=', resourceId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('conflict', 'resources.stale_resource', {});
    const kind = retire ? 'retired' : 'restored';
    await insertRevision(trx, actor.agencyId, resourceId, { before: recordOf(current), version: current.version, kind, fields: [] }, { by: actor.userId, now: ctx.now });
    await recordAudit(ctx, trx, { type: retire ? 'resource.retired' : 'resource.restored', subject: { type: 'resource', id: resourceId }, details: {} });
    return getResource(trx, resourceId);
  });
}
