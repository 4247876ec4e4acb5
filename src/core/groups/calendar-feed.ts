import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { translate } from '../../i18n/translate.js';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import type { Role } from '../access/roles.js';
import { recordAudit } from '../audit/index.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { buildCalendarIcs, type FeedSession } from './calendar-feed-ics.js';
import { feedPath, newFeedToken, parseFeedToken } from './calendar-feed-token.js';

export const CalendarFeedCreated = z.object({
  /** The feed's secret address (path under this server): shown once, only its hash is kept. */
  url: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;

const day = 86_400_000;
/** What the feed covers: the last four weeks (attendance to catch up on) and the next 26. */
export const feedWindow = { pastDays: 28, futureDays: 26 * 7 };

/**
 * Creates the signed-in staff member's secret calendar address, replacing (and so revoking) any
 * earlier one. The address is returned once; the database keeps only the secret's hash.
 */
export async function createCalendarFeed(ctx: Ctx): Promise<CalendarFeedCreated> {
  assertCan(ctx.actor, 'group.read');
  const actor = requireStaff(ctx.actor);
  const { token, hash } = newFeedToken(actor.agencyId);
  return ctx.db.transaction(async (trx) => {
    const replaced = await trx.selectFrom('calendar_feed').select('user_id').where('user_id', '=', actor.userId).executeTakeFirst();
    await trx
      .insertInto('calendar_feed')
      .values({ agency_id: actor.agencyId, user_id: actor.userId, token_hash: hash, created_at: ctx.now })
      .onConflict((conflict) => conflict.columns(['agency_id', 'user_id']).doUpdateSet({ token_hash: hash, created_at: ctx.now }))
      .execute();
    await recordAudit(ctx, trx, { type: 'calendar_feed.created', subject: { type: 'user', id: actor.userId }, details: { replaced: replaced !== undefined } });
    return { url: feedPath(token), createdAt: ctx.now.toISOString() };
  });
}

/** Turns the staff member's calendar address off: calendar apps that use it get 404 from now on. */
export async function revokeCalendarFeed(ctx: Ctx): Promise<void> {
  assertCan(ctx.actor, 'group.read');
  const actor = requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    const removed = await trx.deleteFrom('calendar_feed').where('user_id', '=', actor.userId).returning('user_id').executeTakeFirst();
    if (removed) await recordAudit(ctx, trx, { type: 'calendar_feed.revoked', subject: { type: 'user', id: actor.userId }, details: {} });
  });
}

/**
 * The calendar behind a feed address, for a calendar app that has no session: the sessions of
 * the groups its owner facilitates, four weeks back and 26 weeks ahead, cancelled ones marked.
 * Only schedule data is read (group, number, topic, time, place): no participant is named, so
 * no one's data travels in a URL-authenticated answer. Unknown, replaced or revoked addresses,
 * and owners who are disabled or no longer see groups, all get the same 404.
 */
export async function renderCalendarFeed(deps: { kysely: Kysely<DB>; now: Date }, feedToken: string): Promise<string> {
  const parsed = parseFeedToken(feedToken);
  if (!parsed) throw new AppError('not_found', 'calendar.feed_not_found', {});
  const { now } = deps;
  const window = { from: new Date(now.getTime() - feedWindow.pastDays * day), to: new Date(now.getTime() + feedWindow.futureDays * day) };
  // Groups and sessions live in the participant compartment; the queries below select none of its people.
  const db = scopeToAgency(deps.kysely, parsed.agencyId, { compartments: ['participant'] });
  const found = await db.transaction(async (trx) => {
    const owner = await trx
      .selectFrom('calendar_feed as f')
      .innerJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'f.agency_id').onRef('u.id', '=', 'f.user_id'))
      .innerJoin('agency as a', 'a.id', 'f.agency_id')
      .select(['u.id', 'u.status', 'u.preferred_locale', 'a.name as agency_name', 'a.name_fr as agency_name_fr'])
      .where('f.token_hash', '=', parsed.hash)
      .executeTakeFirst();
    if (!owner || owner.status !== 'active') return undefined;
    const roles = (await trx.selectFrom('role_grant').select('role').where('user_id', '=', owner.id).execute()).map((row) => row.role as Role);
    if (!can({ kind: 'staff', userId: owner.id, agencyId: parsed.agencyId, roles, sessionId: 'calendar-feed' }, 'group.read')) return undefined;
    const sessions = await trx
      .selectFrom('group_session as s')
      .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 's.agency_id').onRef('g.id', '=', 's.group_id'))
      .innerJoin('program_stream as ps', (join) => join.onRef('ps.agency_id', '=', 'g.agency_id').onRef('ps.id', '=', 'g.stream_id'))
      .leftJoin('site', (join) => join.onRef('site.agency_id', '=', 'g.agency_id').onRef('site.id', '=', 'g.site_id'))
      .leftJoin('curriculum_topic as t', (join) => join.onRef('t.agency_id', '=', 'g.agency_id').onRef('t.stream_id', '=', 'g.stream_id').onRef('t.position', '=', 's.topic_position'))
      .select([
        's.id', 's.number', 's.starts_at', 's.minutes', 's.status', 's.version', 'g.name as group_name', 'g.time_zone', 'g.room', 'g.bridge', 'ps.policy',
        'site.name as site_name', 'site.name_fr as site_name_fr', 't.title', 't.title_fr',
      ])
      .where((eb) => eb.or([eb('g.facilitator_1', '=', owner.id), eb('g.facilitator_2', '=', owner.id)]))
      .where('s.starts_at', '>=', window.from)
      .where('s.starts_at', '<', window.to)
      .orderBy('s.starts_at')
      .execute();
    return { owner, sessions };
  });
  if (!found) throw new AppError('not_found', 'calendar.feed_not_found', {});
  const locale = found.owner.preferred_locale;
  const sessions: FeedSession[] = found.sessions.map((row) => ({
    id: row.id,
    groupName: row.group_name,
    number: row.number,
    topic: (locale === 'fr-CA' ? row.title_fr : row.title) ?? null,
    startsAt: row.starts_at,
    minutes: row.minutes,
    status: row.status,
    timeZone: row.time_zone,
    place: { delivery: readStreamPolicy(row.policy).delivery, siteName: row.site_name, siteNameFr: row.site_name_fr, room: row.room, bridge: row.bridge },
    version: row.version,
  }));
  const agency = (locale === 'fr-CA' ? found.owner.agency_name_fr : null) ?? found.owner.agency_name;
  return buildCalendarIcs({ locale, name: translate(locale, 'calendar.name', { agency }), sessions, now, window });
}
