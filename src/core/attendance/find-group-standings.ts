import { assertCan } from '../access/assert-can.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findParticipantNames } from './attendance.queries.js';
import type { GroupStandings } from './attendance.schema.js';
import { detailOf, loadStandings } from './standing.queries.js';
import { type Standing, standingSeverity } from './standing.rules.js';

/** A group's active members with their standing, worst first (pending discharge at the top), for the group page. */
export async function findGroupStandings(ctx: Ctx, groupId: string): Promise<GroupStandings> {
  assertCan(ctx.actor, 'group.read');
  return ctx.db.transaction(async (trx) => {
    const group = await trx.selectFrom('group_cycle').select(['id', 'name']).where('id', '=', groupId).executeTakeFirst();
    if (!group) throw new AppError('not_found', 'attendance.group_not_found', {});
    const enrolments = await trx.selectFrom('enrolment').select(['participant_id', 'first_session_number']).where('group_id', '=', groupId).where('status', '=', 'active').execute();
    const ids = enrolments.map((e) => e.participant_id);
    const names = await findParticipantNames(trx, ids);
    const standings = await loadStandings(trx, ids, { now: ctx.now });
    const members = enrolments
      .filter((e) => names.has(e.participant_id))
      .map((e) => {
        const loaded = standings.get(e.participant_id);
        return { participantId: e.participant_id, name: names.get(e.participant_id)!, firstSessionNumber: e.first_session_number, standing: loaded ? detailOf(loaded.result) : null };
      })
      .sort((a, b) => severityOf(b.standing) - severityOf(a.standing) || a.name.localeCompare(b.name, ctx.locale));
    return { groupId: group.id, groupName: group.name, members };
  });
}

function severityOf(detail: { standing: Standing } | null): number {
  return detail ? standingSeverity(detail.standing) : -1;
}
