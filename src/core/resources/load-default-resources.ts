import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { defaultResources } from './default-resources.js';
import { upsertResourcesFromRecords } from './upsert-resources.js';

/** What loading the defaults did: resources added, and defaults the agency already had (by key). */
export interface LoadDefaultResourcesResult {
  inserted: number;
  existing: number;
  total: number;
}

/**
 * Adds to the agency's directory every default resource (the seeds' catalogue) whose key it does
 * not have yet. Idempotent, and it never overwrites: an agency's edits, retirements and own
 * resources stay as they are. A manager or admin, or the operator (`pars resources
 * load-defaults`, the demo seed); audited when it adds anything.
 */
export async function loadDefaultResources(ctx: Ctx): Promise<LoadDefaultResourcesResult> {
  const { agencyId, userId } = actingIn(ctx, 'resource.manage');
  return ctx.db.transaction(async (trx) => {
    const result = await upsertResourcesFromRecords(trx, agencyId, defaultResources, ctx.now, { by: userId, onlyNew: true });
    if (result.inserted > 0) await recordAudit(ctx, trx, { type: 'resource.defaults_loaded', details: { inserted: result.inserted, existing: result.unchanged } });
    return { inserted: result.inserted, existing: result.unchanged, total: defaultResources.length };
  });
}
