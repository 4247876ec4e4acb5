import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { isIanaTimeZone } from '../agencies/agencies.schema.js';
import { recordAudit } from '../audit/index.js';
import { findHolidaySet } from '../programs/holidays.js';
import { findStream } from '../programs/streams.queries.js';
import { AppError } from '../shared/app-error.js';
import { addDays } from '../shared/business-days.js';
import type { Ctx } from '../shared/ctx.js';
import { instantToZonedTime, zonedTimeToInstant } from '../shared/zoned-time.js';
import { isDbError } from '../users/db-errors.js';
import type { z } from 'zod';
import type { AddSessionsInput, CancelSessionInput, CreateGroupInput, DaySession, GroupDetail, GroupSummary, RescheduleSessionInput, UpdateGroupInput } from './groups.schema.js';
import { checkFacilitators, findGroupSummaries, findGroupSummary, findSessions } from './groups.queries.js';
import { planSessions } from './plan-sessions.js';

/** The groups (open ones by default); a facilitator may ask for only those they lead. */
export async function listGroups(ctx: Ctx, query: { status: 'open' | 'closed' | 'all'; mine?: 'true' | 'false' | undefined }): Promise<GroupSummary[]> {
  assertCan(ctx.actor, 'group.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction((trx) =>
    findGroupSummaries(trx, ctx.locale, ctx.now, { status: query.status, ...(query.mine === 'true' ? { facilitatorId: actor.userId } : {}) }),
  );
}

/** A group with every session and its current members (no partner data, no notes). */
export async function getGroup(ctx: Ctx, groupId: string): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.read');
  return ctx.db.transaction(async (trx) => {
    const summary = await findGroupSummary(trx, ctx.locale, ctx.now, groupId);
    const sessions = (await findSessions(trx, [groupId], ctx.locale)).map(({ groupId: _g, ...s }) => s);
    const members = await trx
      .selectFrom('enrolment as e')
      .innerJoin('participant as p', (join) => join.onRef('p.agency_id', '=', 'e.agency_id').onRef('p.id', '=', 'e.participant_id'))
      .select(['p.id', 'p.given_name', 'p.family_name', 'p.preferred_name', 'p.case_state', 'e.enrolled_at', 'e.first_session_number'])
      .where('e.group_id', '=', groupId)
      .where('e.status', '=', 'active')
      .orderBy('p.family_name')
      .orderBy('p.given_name')
      .execute();
    return {
      ...summary,
      sessions,
      memberList: members.map((m) => ({
        participantId: m.id,
        name: `${m.preferred_name ?? m.given_name} ${m.family_name}`,
        caseState: m.case_state,
        enrolledAt: m.enrolled_at.toISOString(),
        firstSessionNumber: m.first_session_number,
      })),
    };
  });
}

/**
 * A new group of a stream: where and when it meets (local time in the site's zone), who leads
 * it, how many it holds; its first sessions are scheduled from the curriculum, skipping the
 * agency's holidays.
 */
export async function createGroup(ctx: Ctx, input: CreateGroupInput): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.manage');
  const actor = requireStaff(ctx.actor);
  let groupId: string;
  try {
    groupId = await ctx.db.transaction(async (trx) => {
      const stream = await findStream(trx, input.streamId);
      if (stream.retired) throw new AppError('rule_violation', 'groups.stream_retired', {});
      const site = input.siteId ? await trx.selectFrom('site').select(['id', 'time_zone']).where('id', '=', input.siteId).executeTakeFirst() : undefined;
      if (input.siteId && !site) throw new AppError('invalid', 'groups.site_not_found', {});
      if (stream.policy.delivery === 'in_person' && !site) throw new AppError('invalid', 'groups.site_required', {});
      const timeZone = input.timeZone ?? site?.time_zone;
      if (!timeZone || !isIanaTimeZone(timeZone)) {
        throw new AppError('invalid', 'request.invalid', { count: 1 }, { issues: [{ path: 'body.timeZone', code: 'custom', params: { reason: 'time_zone' } }] });
      }
      const capacity = input.capacity ?? stream.policy.groupSizeMax;
      if (capacity > stream.policy.groupSizeMax) throw new AppError('invalid', 'groups.capacity_above_policy', { max: stream.policy.groupSizeMax });
      await checkFacilitators(trx, input.facilitatorIds);
      const { id } = await trx
        .insertInto('group_cycle')
        .values({
          agency_id: actor.agencyId,
          stream_id: stream.id,
          name: input.name,
          site_id: site?.id ?? null,
          room: input.room ?? null,
          bridge: input.bridge ?? null,
          weekday: input.weekday,
          start_time: input.startTime,
          time_zone: timeZone,
          start_date: input.startDate,
          capacity,
          facilitator_1: input.facilitatorIds[0] ?? null,
          facilitator_2: input.facilitatorIds[1] ?? null,
          created_by: actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const count = input.sessions ?? Math.max(stream.topics.length, stream.policy.sessionsRequired);
      const planned = await scheduleSessions(trx, actor.agencyId, { id, from: input.startDate, weekday: input.weekday, startTime: input.startTime, timeZone, cadence: stream.policy.cadence, minutes: stream.policy.sessionMinutes, topics: stream.topics.length, firstNumber: 1, count });
      await recordAudit(ctx, trx, { type: 'group.created', subject: { type: 'group', id }, details: { streamId: stream.id, sessions: planned } });
      return id;
    });
  } catch (error) {
    if (isDbError(error, '23505')) throw new AppError('conflict', 'groups.name_taken', { name: input.name });
    throw error;
  }
  return getGroup(ctx, groupId);
}

async function scheduleSessions(
  trx: Transaction<DB>,
  agencyId: string,
  group: { id: string; from: string; weekday: number; startTime: string; timeZone: string; cadence: 'weekly' | 'twice_weekly'; minutes: number; topics: number; firstNumber: number; count: number },
): Promise<number> {
  const holidays = await findHolidaySet(trx, group.from);
  const planned = planSessions({ ...group, holidays });
  if (planned.length === 0) return 0;
  await trx
    .insertInto('group_session')
    .values(planned.map((s) => ({ agency_id: agencyId, group_id: group.id, number: s.number, topic_position: s.topicPosition, starts_at: s.startsAt, local_date: s.localDate, minutes: group.minutes })))
    .execute();
  return planned.length;
}

const maxSessionsPerGroup = 200;

/** More sessions after the last one (rolling enrolment: the group goes on while people need sessions). */
export async function addSessions(ctx: Ctx, groupId: string, input: z.infer<typeof AddSessionsInput>): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.manage');
  const actor = requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    const group = await trx.selectFrom('group_cycle').selectAll().where('id', '=', groupId).forUpdate().executeTakeFirst();
    if (!group) throw new AppError('not_found', 'groups.not_found', {});
    if (group.status === 'closed') throw new AppError('rule_violation', 'groups.closed', {});
    const stream = await findStream(trx, group.stream_id);
    const last = await trx.selectFrom('group_session').select(['number', 'local_date']).where('group_id', '=', groupId).orderBy('number', 'desc').limit(1).executeTakeFirst();
    // A cycle holds at most 200 sessions (the table's check); past that, a new group is the answer.
    if ((last?.number ?? 0) + input.count > maxSessionsPerGroup) throw new AppError('rule_violation', 'groups.too_many_sessions', { max: maxSessionsPerGroup, scheduled: last?.number ?? 0 });
    const today = instantToZonedTime(ctx.now, group.time_zone).slice(0, 10);
    const from = last ? addDays(last.local_date, 1) : group.start_date;
    const added = await scheduleSessions(trx, actor.agencyId, {
      id: groupId, from: from > today ? from : today, weekday: group.weekday, startTime: group.start_time, timeZone: group.time_zone, cadence: stream.policy.cadence,
      minutes: stream.policy.sessionMinutes, topics: stream.topics.length, firstNumber: (last?.number ?? 0) + 1, count: input.count,
    });
    await recordAudit(ctx, trx, { type: 'group.sessions_added', subject: { type: 'group', id: groupId }, details: { sessions: added } });
  });
  return getGroup(ctx, groupId);
}

/** Changes a group's room, bridge, capacity, facilitators or status, against the version read. */
export async function updateGroup(ctx: Ctx, groupId: string, input: UpdateGroupInput): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.manage');
  requireStaff(ctx.actor);
  try {
    await ctx.db.transaction(async (trx) => {
      const current = await trx.selectFrom('group_cycle').selectAll().where('id', '=', groupId).forUpdate().executeTakeFirst();
      if (!current) throw new AppError('not_found', 'groups.not_found', {});
      if (current.version !== input.version) throw new AppError('conflict', 'groups.stale_group', {});
      const stream = await findStream(trx, current.stream_id);
      if (input.capacity > stream.policy.groupSizeMax) throw new AppError('invalid', 'groups.capacity_above_policy', { max: stream.policy.groupSizeMax });
      await checkFacilitators(trx, input.facilitatorIds);
      const next = {
        name: input.name,
        room: input.room ?? null,
        bridge: input.bridge ?? null,
        capacity: input.capacity,
        facilitator_1: input.facilitatorIds[0] ?? null,
        facilitator_2: input.facilitatorIds[1] ?? null,
        status: input.status,
      };
      const fields = (Object.keys(next) as (keyof typeof next)[]).filter((key) => current[key] !== next[key]);
      if (fields.length === 0) return;
      await trx.updateTable('group_cycle').set((eb) => ({ ...next, version: eb('version', '+', 1) })).where('id', '=', groupId).execute();
      await recordAudit(ctx, trx, { type: 'group.updated', subject: { type: 'group', id: groupId }, details: { fields } });
    });
  } catch (error) {
    if (isDbError(error, '23505')) throw new AppError('conflict', 'groups.name_taken', { name: input.name });
    throw error;
  }
  return getGroup(ctx, groupId);
}

async function lockSession(trx: Transaction<DB>, groupId: string, sessionId: string, version: number) {
  const session = await trx.selectFrom('group_session').selectAll().where('id', '=', sessionId).where('group_id', '=', groupId).forUpdate().executeTakeFirst();
  if (!session) throw new AppError('not_found', 'groups.session_not_found', {});
  if (session.version !== version) throw new AppError('conflict', 'groups.stale_session', {});
  if (session.status === 'cancelled') throw new AppError('rule_violation', 'groups.session_already_cancelled', {});
  const marks = await trx.selectFrom('attendance_mark').select('id').where('session_id', '=', sessionId).limit(1).execute();
  if (marks.length > 0) throw new AppError('rule_violation', 'groups.session_has_marks', {});
  return session;
}

/**
 * Cancels a session (weather, illness): it counts against nobody, and the reason is kept. A
 * session that already has attendance cannot be cancelled (correct the marks instead).
 */
export async function cancelSession(ctx: Ctx, groupId: string, sessionId: string, input: z.infer<typeof CancelSessionInput>): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.manage');
  requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    await lockSession(trx, groupId, sessionId, input.version);
    await trx.updateTable('group_session').set((eb) => ({ status: 'cancelled', cancel_reason: input.reason, version: eb('version', '+', 1) })).where('id', '=', sessionId).execute();
    await recordAudit(ctx, trx, { type: 'session.cancelled', subject: { type: 'group', id: groupId }, details: { sessionId } });
  });
  return getGroup(ctx, groupId);
}

/** Moves a session to another local date and time (the original time is kept for the record). */
export async function rescheduleSession(ctx: Ctx, groupId: string, sessionId: string, input: z.infer<typeof RescheduleSessionInput>): Promise<GroupDetail> {
  assertCan(ctx.actor, 'group.manage');
  requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    const session = await lockSession(trx, groupId, sessionId, input.version);
    const group = await trx.selectFrom('group_cycle').select('time_zone').where('id', '=', groupId).executeTakeFirstOrThrow();
    const startsAt = zonedTimeToInstant(input.startsAtLocal, group.time_zone);
    if (startsAt.getTime() < ctx.now.getTime()) throw new AppError('rule_violation', 'groups.session_in_past', {});
    await trx
      .updateTable('group_session')
      .set((eb) => ({ starts_at: startsAt, local_date: input.startsAtLocal.slice(0, 10), rescheduled_from: session.rescheduled_from ?? session.starts_at, version: eb('version', '+', 1) }))
      .where('id', '=', sessionId)
      .execute();
    await recordAudit(ctx, trx, { type: 'session.rescheduled', subject: { type: 'group', id: groupId }, details: { sessionId } });
  });
  return getGroup(ctx, groupId);
}

/**
 * A day's sessions (today by default, in each group's own time zone), with how many members
 * there are and how many are marked: the facilitator's start page. `mine` keeps those they lead;
 * a facilitator without group.manage always sees only theirs.
 */
export async function listDaySessions(ctx: Ctx, query: { day?: string | undefined; mine?: 'true' | 'false' | undefined }): Promise<z.infer<typeof DaySession>[]> {
  assertCan(ctx.actor, 'group.read');
  const actor = requireStaff(ctx.actor);
  const onlyMine = query.mine === 'true' || !can(ctx.actor, 'group.manage');
  return ctx.db.transaction(async (trx) => {
    const groups = await findGroupSummaries(trx, ctx.locale, ctx.now, { status: 'all', ...(onlyMine ? { facilitatorId: actor.userId } : {}) });
    const sessions = await findSessions(trx, groups.map((g) => g.id), ctx.locale);
    const todays = sessions.filter((s) => {
      const group = groups.find((g) => g.id === s.groupId)!;
      return s.localDate === (query.day ?? instantToZonedTime(ctx.now, group.timeZone).slice(0, 10));
    });
    const marked = todays.length
      ? await trx.selectFrom('attendance_mark').select(['session_id', (eb) => eb.fn.countAll<string>().as('n')]).where('session_id', 'in', todays.map((s) => s.id)).groupBy('session_id').execute()
      : [];
    return todays
      .map((s) => {
        const group = groups.find((g) => g.id === s.groupId)!;
        const place = group.siteName ? [group.siteName, group.room].filter(Boolean).join(', ') : group.bridge;
        return { ...s, groupName: group.name, place, delivery: group.delivery, members: group.members, marked: Number(marked.find((m) => m.session_id === s.id)?.n ?? 0) };
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });
}


/** The agency's active facilitators, for choosing a group's co-facilitators (names only). */
export async function listFacilitators(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  assertCan(ctx.actor, 'group.manage');
  return ctx.db.transaction(async (trx) =>
    (
      await trx
        .selectFrom('role_grant as r')
        .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'r.agency_id').onRef('u.id', '=', 'r.user_id'))
        .select(['u.id', 'u.display_name'])
        .where('r.role', '=', 'facilitator')
        .where('u.status', '=', 'active')
        .orderBy('u.display_name')
        .execute()
    ).map((u) => ({ id: u.id, name: u.display_name })),
  );
}
