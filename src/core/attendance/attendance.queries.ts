import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readStreamPolicy, type StreamPolicy } from '../programs/stream-policy.js';
import { AppError } from '../shared/app-error.js';
import { addDays } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { AttendanceMarkTable } from './attendance.tables.js';

/** A session with what every attendance use case needs: its group, time zone and stream policy. */
export interface SessionFacts {
  id: string;
  agencyId: string;
  groupId: string;
  groupName: string;
  number: number;
  topicPosition: number | null;
  startsAt: Date;
  localDate: string;
  minutes: number;
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  timeZone: string;
  streamId: string;
  policy: StreamPolicy;
}

/**
 * The session, or 404. Row-level security already hides other agencies' sessions and, without
 * the participant compartment, every session: for such a reader the session does not exist.
 */
export async function requireSession(db: Kysely<DB>, sessionId: string): Promise<SessionFacts> {
  const row = await db
    .selectFrom('group_session as s')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
    .innerJoin('program_stream as ps', (join) => join.onRef('ps.agency_id', '=', 'g.agency_id').onRef('ps.id', '=', 'g.stream_id'))
    .select([
      's.id', 's.agency_id', 's.group_id', 'g.name as group_name', 's.number', 's.topic_position', 's.starts_at', 's.local_date', 's.minutes',
      's.status', 's.cancel_reason', 'g.time_zone', 'g.stream_id', 'ps.policy',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'attendance.session_not_found', {});
  return {
    id: row.id,
    agencyId: row.agency_id,
    groupId: row.group_id,
    groupName: row.group_name,
    number: row.number,
    topicPosition: row.topic_position,
    startsAt: row.starts_at,
    localDate: row.local_date,
    minutes: row.minutes,
    status: row.status,
    cancelReason: row.cancel_reason,
    timeZone: row.time_zone,
    streamId: row.stream_id,
    policy: readStreamPolicy(row.policy),
  };
}

/** How long before its start a session may already be marked (a facilitator opening the room). */
export const markableBeforeStartMs = 15 * 60_000;

/** Marks, make-ups and concerns need a session that is held (not cancelled) and has begun. */
export function assertSessionHeld(session: SessionFacts, now: Date): void {
  if (session.status === 'cancelled') throw new AppError('rule_violation', 'attendance.session_cancelled', {});
  if (session.startsAt.getTime() > now.getTime() + markableBeforeStartMs) throw new AppError('rule_violation', 'attendance.session_in_future', {});
}

/** The participant, or 404 (checked before a write, so a foreign key never reveals a hidden row). */
export async function requireParticipantRow(db: Kysely<DB>, participantId: string): Promise<{ id: string; name: string }> {
  const row = await db.selectFrom('participant').select(['id', 'given_name', 'family_name', 'preferred_name']).where('id', '=', participantId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'attendance.participant_not_found', {});
  return { id: row.id, name: displayName(row) };
}

/** The name staff use in group: the preferred name if the person gave one, else given and family names. */
export function displayName(row: { given_name: string; family_name: string; preferred_name: string | null }): string {
  const preferred = row.preferred_name?.trim();
  return preferred ? preferred : `${row.given_name} ${row.family_name}`;
}

/** Names of these participants, by id (only what the reader's scope lets them see). */
export async function findParticipantNames(db: Kysely<DB>, participantIds: readonly string[]): Promise<Map<string, string>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db.selectFrom('participant').select(['id', 'given_name', 'family_name', 'preferred_name']).where('id', 'in', [...participantIds]).execute();
  return new Map(rows.map((row) => [row.id, displayName(row)]));
}

/**
 * Who belongs on a session's roster as a member: actively enrolled in its group, from their first
 * session on (someone placed at session 5 is not expected at session 4).
 */
export async function findSessionMembers(db: Kysely<DB>, session: SessionFacts, participantIds?: readonly string[]): Promise<Set<string>> {
  if (participantIds?.length === 0) return new Set();
  let query = db
    .selectFrom('enrolment')
    .select('participant_id')
    .where('group_id', '=', session.groupId)
    .where('status', '=', 'active')
    .where('first_session_number', '<=', session.number);
  if (participantIds) query = query.where('participant_id', 'in', [...participantIds]);
  return new Set((await query.execute()).map((row) => row.participant_id));
}

export type MarkRow = Selectable<AttendanceMarkTable>;

/** The marks recorded at a session (for these people), locked when they are about to change. */
export async function findSessionMarks(
  db: Kysely<DB>,
  sessionId: string,
  options: { participantIds?: readonly string[]; forUpdate?: boolean } = {},
): Promise<Map<string, MarkRow>> {
  if (options.participantIds?.length === 0) return new Map();
  let query = db.selectFrom('attendance_mark').selectAll().where('session_id', '=', sessionId);
  if (options.participantIds) query = query.where('participant_id', 'in', [...options.participantIds]);
  if (options.forUpdate) query = query.forUpdate();
  return new Map((await query.execute()).map((row) => [row.participant_id, row]));
}

/** True when the person is a member of the session's group or already has a mark at it. */
export async function isOnRoster(db: Kysely<DB>, session: SessionFacts, participantId: string): Promise<boolean> {
  if ((await findSessionMembers(db, session, [participantId])).has(participantId)) return true;
  return (await findSessionMarks(db, session.id, { participantIds: [participantId] })).has(participantId);
}

/** A participant's current placement, with the group's time zone and the stream's policy. */
export interface ActiveEnrolment {
  enrolmentId: string;
  participantId: string;
  groupId: string;
  groupName: string;
  timeZone: string;
  firstSessionNumber: number;
  enrolledAt: Date;
  streamId: string;
  streamCode: string;
  streamName: string;
  streamNameFr: string;
  policy: StreamPolicy;
}

/** The active enrolment of each of these participants (one at most each: a unique index says so). */
export async function findActiveEnrolments(db: Kysely<DB>, participantIds: readonly string[]): Promise<Map<string, ActiveEnrolment>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enrolment as e')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 'e.agency_id').onRef('g.id', '=', 'e.group_id'))
    .innerJoin('program_stream as ps', (join) => join.onRef('ps.agency_id', '=', 'g.agency_id').onRef('ps.id', '=', 'g.stream_id'))
    .select([
      'e.id', 'e.participant_id', 'e.group_id', 'g.name as group_name', 'g.time_zone', 'e.first_session_number', 'e.enrolled_at',
      'ps.id as stream_id', 'ps.code', 'ps.name as stream_name', 'ps.name_fr as stream_name_fr', 'ps.policy',
    ])
    .where('e.participant_id', 'in', [...participantIds])
    .where('e.status', '=', 'active')
    .execute();
  return new Map(
    rows.map((row) => [
      row.participant_id,
      {
        enrolmentId: row.id,
        participantId: row.participant_id,
        groupId: row.group_id,
        groupName: row.group_name,
        timeZone: row.time_zone,
        firstSessionNumber: row.first_session_number,
        enrolledAt: row.enrolled_at,
        streamId: row.stream_id,
        streamCode: row.code,
        streamName: row.stream_name,
        streamNameFr: row.stream_name_fr,
        policy: readStreamPolicy(row.policy),
      },
    ]),
  );
}

/**
 * The agency's holidays from a day on (two months are plenty for a notice due a few business
 * days later).
 */
export async function findHolidays(db: Kysely<DB>, from: string): Promise<Set<string>> {
  const rows = await db.selectFrom('holiday').select('day').where('day', '>=', from).where('day', '<=', addDays(from, 62)).execute();
  return new Set(rows.map((row) => row.day));
}

/** The local date of an instant in a time zone (`YYYY-MM-DD`). */
export function localDate(instant: Date, timeZone: string): string {
  return instantToZonedTime(instant, timeZone).slice(0, 10);
}
