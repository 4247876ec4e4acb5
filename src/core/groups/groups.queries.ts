import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { AppError } from '../shared/app-error.js';
import type { Locale } from '../shared/locale.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { GroupSessionView, GroupSummary } from './groups.schema.js';

/** The sessions of some groups, in order, each with its topic in the reader's language. */
export async function findSessions(db: Kysely<DB>, groupIds: string[], locale: Locale): Promise<(GroupSessionView & { groupId: string })[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('group_session as s')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
    .leftJoin('curriculum_topic as t', (join) => join.onRef('t.agency_id', '=', 'g.agency_id').onRef('t.stream_id', '=', 'g.stream_id').onRef('t.position', '=', 's.topic_position'))
    .select(['s.id', 's.group_id', 's.number', 's.topic_position', 's.starts_at', 's.local_date', 's.minutes', 's.status', 's.cancel_reason', 's.rescheduled_from', 's.version', 'g.time_zone', 't.title', 't.title_fr'])
    .where('s.group_id', 'in', groupIds)
    .orderBy('s.group_id')
    .orderBy('s.number')
    .execute();
  return rows.map((r) => ({
    groupId: r.group_id,
    id: r.id,
    number: r.number,
    topicPosition: r.topic_position,
    topic: (locale === 'fr-CA' ? r.title_fr : r.title) ?? null,
    startsAt: r.starts_at.toISOString(),
    localDate: r.local_date,
    localTime: instantToZonedTime(r.starts_at, r.time_zone).slice(11, 16),
    minutes: r.minutes,
    status: r.status,
    cancelReason: r.cancel_reason,
    rescheduledFrom: r.rescheduled_from ? r.rescheduled_from.toISOString() : null,
    version: r.version,
  }));
}

/** Groups with their stream's gender, language and delivery, members counted, and the next session. */
export async function findGroupSummaries(
  db: Kysely<DB>,
  locale: Locale,
  now: Date,
  filter: { groupId?: string; status?: 'open' | 'closed' | 'all'; facilitatorId?: string } = {},
): Promise<GroupSummary[]> {
  let query = db
    .selectFrom('group_cycle as g')
    .innerJoin('program_stream as p', (join) => join.onRef('p.agency_id', '=', 'g.agency_id').onRef('p.id', '=', 'g.stream_id'))
    .leftJoin('site as s', (join) => join.onRef('s.agency_id', '=', 'g.agency_id').onRef('s.id', '=', 'g.site_id'))
    .leftJoin('app_user as f1', (join) => join.onRef('f1.agency_id', '=', 'g.agency_id').onRef('f1.id', '=', 'g.facilitator_1'))
    .leftJoin('app_user as f2', (join) => join.onRef('f2.agency_id', '=', 'g.agency_id').onRef('f2.id', '=', 'g.facilitator_2'))
    .select((eb) => [
      'g.id', 'g.name', 'g.stream_id', 'g.site_id', 'g.room', 'g.bridge', 'g.weekday', 'g.start_time', 'g.time_zone', 'g.start_date', 'g.capacity', 'g.status', 'g.version',
      'g.facilitator_1', 'g.facilitator_2', 'f1.display_name as f1_name', 'f2.display_name as f2_name',
      'p.name as stream_name', 'p.name_fr as stream_name_fr', 'p.policy', 's.name as site_name', 's.name_fr as site_name_fr',
      eb
        .selectFrom('enrolment as e')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('e.agency_id', '=', 'g.agency_id')
        .whereRef('e.group_id', '=', 'g.id')
        .where('e.status', '=', 'active')
        .as('members'),
    ])
    .orderBy('g.status')
    .orderBy('g.name');
  if (filter.groupId) query = query.where('g.id', '=', filter.groupId);
  if (filter.status && filter.status !== 'all') query = query.where('g.status', '=', filter.status);
  if (filter.facilitatorId) {
    const me = filter.facilitatorId;
    query = query.where((eb) => eb.or([eb('g.facilitator_1', '=', me), eb('g.facilitator_2', '=', me)]));
  }
  const groups = await query.execute();
  const sessions = await findSessions(db, groups.map((g) => g.id), locale);
  return groups.map((g) => {
    const policy = readStreamPolicy(g.policy);
    const next = sessions.find((s) => s.groupId === g.id && s.status === 'scheduled' && new Date(s.startsAt).getTime() + s.minutes * 60_000 > now.getTime());
    const facilitators = [
      g.facilitator_1 && g.f1_name ? { id: g.facilitator_1, name: g.f1_name } : undefined,
      g.facilitator_2 && g.f2_name ? { id: g.facilitator_2, name: g.f2_name } : undefined,
    ].filter((f) => f !== undefined);
    const { groupId: _groupId, ...nextSession } = next ?? { groupId: '' };
    return {
      id: g.id,
      name: g.name,
      streamId: g.stream_id,
      streamName: locale === 'fr-CA' ? g.stream_name_fr : g.stream_name,
      groupGender: policy.groupGender,
      language: policy.language,
      delivery: policy.delivery,
      siteId: g.site_id,
      siteName: (locale === 'fr-CA' ? (g.site_name_fr ?? g.site_name) : g.site_name) ?? null,
      room: g.room,
      bridge: g.bridge,
      weekday: g.weekday,
      startTime: g.start_time,
      timeZone: g.time_zone,
      startDate: g.start_date,
      capacity: g.capacity,
      members: Number(g.members ?? 0),
      facilitators,
      status: g.status,
      nextSession: next ? (nextSession as GroupSessionView) : null,
      version: g.version,
    };
  });
}

/** One group, or 404. */
export async function findGroupSummary(db: Kysely<DB>, locale: Locale, now: Date, groupId: string): Promise<GroupSummary> {
  const [group] = await findGroupSummaries(db, locale, now, { groupId, status: 'all' });
  if (!group) throw new AppError('not_found', 'groups.not_found', {});
  return group;
}

/** Staff who may lead a group: active accounts holding the facilitator role. */
export async function checkFacilitators(db: Kysely<DB>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('role_grant as r')
    .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'r.agency_id').onRef('u.id', '=', 'r.user_id'))
    .select('u.id')
    .where('r.role', '=', 'facilitator')
    .where('u.status', '=', 'active')
    .where('u.id', 'in', ids)
    .execute();
  if (found.length !== new Set(ids).size) throw new AppError('invalid', 'groups.not_a_facilitator', {});
}
