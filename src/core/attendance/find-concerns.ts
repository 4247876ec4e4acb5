import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import { displayName } from './attendance.queries.js';
import type { ConcernListItem, ConcernQuery } from './attendance.schema.js';

/** How many concerns the "all" list shows (the open list is never cut). */
export const concernListLimit = 200;

/**
 * The concerns managers follow up: by default those not yet acknowledged, urgent (threats)
 * first, then the longest waiting. With `open=false`, the latest concerns whatever their state.
 */
export async function findConcerns(ctx: Ctx, query: ConcernQuery): Promise<ConcernListItem[]> {
  assertCan(ctx.actor, 'case.sign_off');
  return ctx.db.transaction(async (trx) => {
    let select = trx
      .selectFrom('session_concern as c')
      .innerJoin('participant as p', (join) => join.onRef('p.agency_id', '=', 'c.agency_id').onRef('p.id', '=', 'c.participant_id'))
      .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'c.agency_id').onRef('s.id', '=', 'c.session_id'))
      .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
      .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'c.agency_id').onRef('u.id', '=', 'c.recorded_by'))
      .select([
        'c.id', 'c.session_id', 'c.participant_id', 'c.kind', 'c.threat_target', 'c.severity', 'c.urgent', 'c.recorded_at', 'c.acknowledged_at',
        'p.given_name', 'p.family_name', 'p.preferred_name', 's.local_date', 'g.name as group_name', 'u.display_name',
      ]);
    select =
      query.open === 'true'
        ? select.where('c.acknowledged_at', 'is', null).orderBy('c.urgent', 'desc').orderBy('c.recorded_at', 'asc')
        : select.orderBy('c.recorded_at', 'desc').limit(concernListLimit);
    const rows = await select.execute();
    return rows.map((row) => ({
      concernId: row.id,
      sessionId: row.session_id,
      participantId: row.participant_id,
      kind: row.kind,
      threatTarget: row.threat_target,
      severity: row.severity,
      urgent: row.urgent,
      recordedAt: row.recorded_at.toISOString(),
      participantName: displayName(row),
      groupName: row.group_name,
      sessionDate: row.local_date,
      facilitatorName: row.display_name,
      acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
    }));
  });
}
