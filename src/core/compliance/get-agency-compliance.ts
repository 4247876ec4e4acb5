import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan, readsAsAuditor, requireStaff } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { evaluateClocks } from './compute-compliance.js';
import { figuresOf, suppressFigures } from './compliance.rules.js';
import { clockIds, type Compliance, type ComplianceQuery } from './compliance.schema.js';

/**
 * The agency's compliance for a period (`statistics.read`: manager, partner-contact lead, an
 * auditor with a grant): for each clock, the items in scope, met on time, met late, overdue,
 * pending and the percentage met, evaluated from the records now. Counts only. A Ministry
 * auditor reads from outside the agency, so counts of 1 to 4 reach them as `<5`, as exports do.
 * Each look is audited (`compliance.viewed`), and `via` says whether it was shown or exported.
 */
export async function getAgencyCompliance(ctx: Ctx, owner: Kysely<DB>, query: ComplianceQuery, via: 'screen' | 'csv' | 'xlsx' = 'screen'): Promise<Compliance> {
  assertCan(ctx.actor, 'statistics.read');
  const actor = requireStaff(ctx.actor);
  const { period, items } = await evaluateClocks(owner, actor.agencyId, query, ctx.now, clockIds);
  const exact = clockIds.map((clock) => figuresOf(clock, items.get(clock) ?? []));
  const suppressed = readsAsAuditor(ctx.actor);
  await ctx.db.transaction((trx) => recordAudit(ctx, trx, { type: 'compliance.viewed', details: { from: period.from, to: period.to, via } }));
  return { period, suppressed, clocks: suppressed ? exact.map(suppressFigures) : exact, generatedAt: ctx.now.toISOString() };
}
