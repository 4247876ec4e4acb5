import { randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError, type FieldIssue } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findPlanVersion, findPlanVersions, requirePartner } from './safety-plans.queries.js';
import type { SafetyPlan, SaveSafetyPlanInput } from './safety-plans.schema.js';

/**
 * Saves a new version of a partner's safety plan (one row per save, earlier versions kept),
 * against the version read: the new version is the next number, and the table's unique key
 * refuses a second save from the same version (`safetyPlans.stale_plan`, 409). `wanted: false`
 * records that the partner does not want a plan, with no content. The audit event carries the
 * version only, never the plan.
 */
export async function saveSafetyPlan(ctx: Ctx, partnerId: string, input: SaveSafetyPlanInput): Promise<SafetyPlan> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  const issues: FieldIssue[] = [];
  if (input.wanted && !input.content) issues.push({ path: 'body.content', code: 'safety_plan_rule', params: { reason: 'content_required' } });
  if (!input.wanted && input.content) issues.push({ path: 'body.content', code: 'safety_plan_rule', params: { reason: 'content_not_wanted' } });
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  return ctx.db.transaction(async (trx) => {
    await requirePartner(trx, partnerId);
    const latest = await trx.selectFrom('safety_plan').select((eb) => eb.fn.max('version').as('version')).where('partner_id', '=', partnerId).executeTakeFirst();
    if ((latest?.version ?? 0) !== input.baseVersion) throw new AppError('conflict', 'safetyPlans.stale_plan', {});
    const id = randomUUID();
    const version = input.baseVersion + 1;
    const saved = await trx
      .insertInto('safety_plan')
      .values({
        agency_id: actor.agencyId,
        id,
        partner_id: partnerId,
        version,
        wanted: input.wanted,
        content_encrypted: input.wanted && input.content ? ctx.keyring.encrypt(JSON.stringify(input.content), fieldContext('safety_plan', 'content', actor.agencyId, id)) : null,
        created_at: ctx.now,
        created_by: actor.userId,
      })
      .onConflict((conflict) => conflict.columns(['agency_id', 'partner_id', 'version']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!saved) throw new AppError('conflict', 'safetyPlans.stale_plan', {});
    await recordAudit(ctx, trx, { type: 'safety_plan.saved', subject: { type: 'partner', id: partnerId }, details: { version, wanted: input.wanted } });
    return { partnerId, current: (await findPlanVersion(trx, ctx.keyring, partnerId)) ?? null, versions: await findPlanVersions(trx, partnerId) };
  });
}
