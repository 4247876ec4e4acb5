import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { computeAgencyStatistics } from './compute-statistics.js';
import type { Statistics, StatisticsQuery } from './statistics.schema.js';

/**
 * The Ministry statistics of the actor's agency for a period (`statistics.read`: managers,
 * partner-contact leads, auditors), exact numbers (the screen is for the agency's own staff;
 * exports suppress small cells). None of these roles holds every compartment the counts come
 * from, so, as getCompliance does, the counts are read through `owner` in transactions each
 * scoped to the agency and to one compartment, and only numbers leave. Each look is audited
 * (`statistics.viewed`: the period, and whether shown or downloaded), as auditors' views must be.
 */
export async function getStatistics(ctx: Ctx, owner: Kysely<DB>, query: StatisticsQuery, via: 'screen' | 'csv' | 'xlsx' = 'screen'): Promise<Statistics> {
  assertCan(ctx.actor, 'statistics.read');
  const actor = requireStaff(ctx.actor);
  const statistics = await computeAgencyStatistics(owner, actor.agencyId, query, ctx.now);
  await ctx.db.transaction((trx) => recordAudit(ctx, trx, { type: 'statistics.viewed', details: { from: statistics.period.from, to: statistics.period.to, via } }));
  return statistics;
}
