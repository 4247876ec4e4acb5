import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Role } from '../../src/core/access/index.js';
import { toCookieValue } from '../../src/core/auth/index.js';
import { hashToken, newToken } from '../../src/core/auth/session-token.js';
import type { DB } from '../../src/db/schema.js';
import { sessionCookieName } from '../../src/server/session-cookie.js';

/**
 * The benchmark's "now": the generated year ends on 2026-10-31, and a fixed clock makes every run
 * read the same worklists (due dates, ages) whatever the day it runs.
 */
export const benchNow = new Date('2026-10-31T22:00:00Z');

/** The agency every request reads: the first generated one (Toronto, the biggest), the same tenant at every scale. */
export const benchAgencySlug = 'scale-1-001';

export interface SignedIn {
  cookie: string;
  csrf: string;
}

export interface Fixtures {
  agencyId: string;
  users: Record<'facilitator' | 'intake' | 'partner_contact', { userId: string } & SignedIn>;
  /** Held sessions with marks, for the roster. */
  rosterSessions: string[];
  /** Participants with a placement, for the participant file. */
  participants: string[];
  /** Partners, for recording a contact (the partner calls in: no channel gate). */
  partners: string[];
  /** Sessions added for the roster write: each held, unmarked, with its group's first 12 members in a rotated order. */
  writeSessions: { sessionId: string; participantIds: string[] }[];
  /** How many groups the write sessions rotate through (the first this many sessions are one per group). */
  writeGroups: number;
}

/**
 * Signs in one member of each role the endpoints need (sessions made directly in the database,
 * as the tests do) and picks the ids the requests read. `writeSessions` new sessions are added
 * after the last one of the agency's groups with at least 12 members (the benchmark database is
 * a per-run copy: what the writes add is dropped with it).
 */
export async function prepareFixtures(db: Kysely<DB>, writeSessions: number): Promise<Fixtures> {
  const agency = await db.selectFrom('agency').select('id').where('slug', '=', benchAgencySlug).executeTakeFirstOrThrow();
  const agencyId = agency.id;
  const users = {
    facilitator: await signIn(db, agencyId, 'facilitator'),
    intake: await signIn(db, agencyId, 'intake'),
    partner_contact: await signIn(db, agencyId, 'partner_contact'),
  };
  const rosterSessions = (
    await sql<{ id: string }>`
      select s.id from group_session s
      where s.agency_id = ${agencyId} and s.starts_at < ${benchNow} and s.starts_at > ${new Date(benchNow.getTime() - 21 * 86_400_000)}
        and exists (select 1 from attendance_mark m where m.agency_id = s.agency_id and m.session_id = s.id)
      order by s.id limit 20`.execute(db)
  ).rows.map((row) => row.id);
  const participants = (
    await sql<{ id: string }>`
      select distinct e.participant_id as id from enrolment e where e.agency_id = ${agencyId} and e.status = 'active' order by 1 limit 20`.execute(db)
  ).rows.map((row) => row.id);
  const partners = (await sql<{ id: string }>`select id from partner where agency_id = ${agencyId} order by id limit 20`.execute(db)).rows.map((row) => row.id);
  const added = await addWriteSessions(db, agencyId, writeSessions);
  return { agencyId, users, rosterSessions, participants, partners, ...added };
}

async function signIn(db: Kysely<DB>, agencyId: string, role: Role): Promise<{ userId: string } & SignedIn> {
  const user = await db
    .selectFrom('app_user as u')
    .innerJoin('role_grant as r', (join) => join.onRef('r.agency_id', '=', 'u.agency_id').onRef('r.user_id', '=', 'u.id'))
    .select('u.id')
    .where('u.agency_id', '=', agencyId)
    .where('r.role', '=', role)
    .orderBy('u.email')
    .executeTakeFirstOrThrow();
  const token = newToken();
  const csrf = randomBytes(24).toString('base64url');
  await db
    .insertInto('staff_session')
    .values({ agency_id: agencyId, token_hash: hashToken(token), user_id: user.id, stage: 'active', csrf_token: csrf, created_at: benchNow, last_seen_at: benchNow, expires_at: new Date(benchNow.getTime() + 12 * 3_600_000) })
    .execute();
  return { userId: user.id, cookie: `${sessionCookieName}=${toCookieValue(agencyId, token)}`, csrf };
}

async function addWriteSessions(db: Kysely<DB>, agencyId: string, wanted: number): Promise<Pick<Fixtures, 'writeSessions' | 'writeGroups'>> {
  const groups = (
    await sql<{ id: string; last: number; minutes: number }>`
      select g.id, max(s.number)::int as last, max(s.minutes)::int as minutes from group_cycle g
      join group_session s on s.agency_id = g.agency_id and s.group_id = g.id
      where g.agency_id = ${agencyId}
        and (select count(*) from enrolment e where e.agency_id = g.agency_id and e.group_id = g.id and e.status = 'active') >= 12
      group by g.id order by g.id`.execute(db)
  ).rows;
  const members = new Map<string, string[]>();
  for (const group of groups) {
    const rows = await sql<{ participant_id: string }>`
      select participant_id from enrolment where agency_id = ${agencyId} and group_id = ${group.id} and status = 'active' order by participant_id limit 12`.execute(db);
    members.set(group.id, rows.rows.map((row) => row.participant_id));
  }
  const startsAt = new Date(benchNow.getTime() - 4 * 3_600_000);
  const sessions: Fixtures['writeSessions'] = [];
  const values: { agency_id: string; group_id: string; number: number; starts_at: Date; local_date: string; minutes: number }[] = [];
  for (let k = 1; sessions.length < wanted; k++) {
    const open = groups.filter((group) => group.last + k <= 200);
    if (open.length === 0) throw new Error(`only ${sessions.length} sessions can be added for the roster write`);
    for (const group of open) {
      if (sessions.length + values.length >= wanted) break;
      values.push({ agency_id: agencyId, group_id: group.id, number: group.last + k, starts_at: startsAt, local_date: '2026-10-31', minutes: group.minutes });
    }
    const inserted = await db.insertInto('group_session').values(values.splice(0)).returning(['id', 'group_id', 'number']).execute();
    for (const row of inserted) {
      const people = members.get(row.group_id)!;
      const turn = row.number % people.length;
      sessions.push({ sessionId: row.id, participantIds: [...people.slice(turn), ...people.slice(0, turn)] });
    }
  }
  return { writeSessions: sessions, writeGroups: groups.length };
}
