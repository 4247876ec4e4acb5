import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { assertCan, readsAsAuditor, requireStaff } from '../access/index.js';
import { recordAudit } from '../audit/index.js';
import { findGrantSample } from '../audit-access/audit-access.queries.js';
import type { Ctx } from '../shared/ctx.js';
import { compareItems } from './compliance.rules.js';
import type { ClockId, ComplianceItems, ComplianceQuery } from './compliance.schema.js';
import { evaluateClocks } from './compute-compliance.js';
import { isShown, subjectFor, visibilityFor } from './item-subjects.js';
import { findParticipantNames } from './participant-clocks.queries.js';

/**
 * The items behind one clock for a period (`statistics.read`), overdue and late first, with
 * their due day and the day met or the days overdue. Who each is about depends on the reader:
 * participants (name, court file number) for `participant.read`, or the files of
 * `participantSample` (an auditor's grant); groups for `group.read`; a partner's id alone for
 * `partner.read`; anyone else sees the dates and status of an anonymous item. Names are read
 * only for the participants about to be shown. A Ministry auditor gets only the items about the
 * files of the sample: a list of anonymous items would count what their figures suppress.
 */
export async function getComplianceItems(ctx: Ctx, owner: Kysely<DB>, clock: ClockId, query: ComplianceQuery, participantSample?: ReadonlySet<string>): Promise<ComplianceItems> {
  assertCan(ctx.actor, 'statistics.read');
  const actor = requireStaff(ctx.actor);
  const auditor = readsAsAuditor(ctx.actor);
  // An auditor's sample is the grant's, read here (tenant data) unless the caller names one.
  const sample = participantSample ?? (auditor && actor.auditAccess ? await ctx.db.transaction((trx) => findGrantSample(trx, actor.auditAccess!.grantId)) : undefined);
  const { period, items } = await evaluateClocks(owner, actor.agencyId, query, ctx.now, [clock]);
  const visibility = visibilityFor(ctx.actor, sample);
  const listed = (items.get(clock) ?? []).filter((item) => !auditor || isShown(item.subject, visibility)).sort(compareItems);
  const shownParticipants = [...new Set(listed.filter((item) => item.subject.kind === 'participant' && isShown(item.subject, visibility)).map((item) => item.subject.id))];
  const names = shownParticipants.length === 0
    ? new Map<string, { name: string; fileNumber: string | null }>()
    : await scopeToAgency(owner, actor.agencyId, { compartments: ['participant'] }).transaction((trx) => findParticipantNames(trx, shownParticipants));
  await ctx.db.transaction((trx) => recordAudit(ctx, trx, { type: 'compliance.viewed', details: { from: period.from, to: period.to, via: 'items', clock } }));
  return {
    period,
    clock,
    items: listed.map((item) => ({ subject: subjectFor(item.subject, visibility, names), status: item.status, dueOn: item.dueOn, metOn: item.metOn, daysLate: item.daysLate, groupSize: item.groupSize })),
    generatedAt: ctx.now.toISOString(),
  };
}
