import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findPlanVersion, findPlanVersions, requirePartner } from './safety-plans.queries.js';
import type { SafetyPlan, SafetyPlanVersion } from './safety-plans.schema.js';

/**
 * A partner's safety plan (partner-contact team only: 404 for anyone else): the current version
 * with its content, and the list of versions. The read is audited (the plan as a record whose id
 * is the partner's, so "who viewed" works from the partner's file).
 */
export async function getSafetyPlan(ctx: Ctx, partnerId: string): Promise<SafetyPlan> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    await requirePartner(trx, partnerId);
    const current = (await findPlanVersion(trx, ctx.keyring, partnerId)) ?? null;
    const versions = await findPlanVersions(trx, partnerId);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'safety_plan', id: partnerId }, details: {} });
    return { partnerId, current, versions };
  });
}

/** One earlier (or the current) version of a partner's plan, audited like the plan. */
export async function getSafetyPlanVersion(ctx: Ctx, partnerId: string, version: number): Promise<SafetyPlanVersion> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    await requirePartner(trx, partnerId);
    const found = await findPlanVersion(trx, ctx.keyring, partnerId, version);
    if (!found) throw new AppError('not_found', 'safetyPlans.not_found', {});
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'safety_plan', id: partnerId }, details: {} });
    return found;
  });
}
