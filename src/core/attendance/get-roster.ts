import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { findParticipantNames, findSessionMarks, findSessionMembers, type MarkRow, requireSession } from './attendance.queries.js';
import type { Mark, Roster } from './attendance.schema.js';
import { loadStandings, summaryOf } from './standing.queries.js';

/** A saved mark in the API's shape. */
export function markOf(row: MarkRow): Mark {
  return {
    markId: row.id,
    participantId: row.participant_id,
    status: row.status,
    minutesLate: row.minutes_late,
    minutesLeftEarly: row.minutes_left_early,
    reason: row.reason,
    makeUp: row.make_up,
    recordedAt: row.recorded_at.toISOString(),
    version: row.version,
  };
}

/**
 * A session's roster: the session (topic in the reader's language, local date and time), its
 * group's members from their first session on, and anyone else marked at it (make-ups, or people
 * who have since left the group), each with their mark and standing. Participant side only: no
 * partner data is read.
 */
export async function getRoster(ctx: Ctx, sessionId: string): Promise<Roster> {
  assertCan(ctx.actor, 'group.read');
  return ctx.db.transaction(async (trx) => {
    const session = await requireSession(trx, sessionId);
    const topic =
      session.topicPosition === null
        ? undefined
        : await trx.selectFrom('curriculum_topic').select(['title', 'title_fr']).where('stream_id', '=', session.streamId).where('position', '=', session.topicPosition).executeTakeFirst();
    const members = await findSessionMembers(trx, session);
    const marks = await findSessionMarks(trx, session.id);
    const ids = [...new Set([...members, ...marks.keys()])];
    const names = await findParticipantNames(trx, ids);
    const standings = await loadStandings(trx, ids, { now: ctx.now });
    const people = ids
      .filter((id) => names.has(id))
      .map((id) => {
        const mark = marks.get(id);
        const standing = standings.get(id);
        return {
          participantId: id,
          name: names.get(id)!,
          isMember: members.has(id),
          makeUp: mark?.make_up ?? false,
          mark: mark ? markOf(mark) : null,
          standing: standing ? summaryOf(standing.result) : null,
        };
      })
      .sort((a, b) => Number(a.makeUp) - Number(b.makeUp) || a.name.localeCompare(b.name, ctx.locale));
    return {
      session: {
        sessionId: session.id,
        groupId: session.groupId,
        groupName: session.groupName,
        number: session.number,
        topicTitle: topic ? (ctx.locale === 'fr-CA' ? topic.title_fr : topic.title) : null,
        localDate: session.localDate,
        localTime: instantToZonedTime(session.startsAt, session.timeZone).slice(11, 16),
        timeZone: session.timeZone,
        minutes: session.minutes,
        status: session.status,
      },
      people,
    };
  });
}
