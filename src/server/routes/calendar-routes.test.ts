import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** The facilitator's calendar feed, as a calendar app and the facilitator see it. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let logLines: () => string[];
let agencyId: string;
let alice: StaffSession;
let bob: StaffSession;
let carol: StaffSession;
const sessionIds: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock, logLines } = await buildTestServer(database));
  const db = database.kysely;
  const now = clock.now(); // 2026-11-21T15:00:00Z
  const agency = await givenAgency(db, { name: 'Northern Family Services' });
  agencyId = agency.id;
  const sudbury = await givenSite(db, agencyId, { name: 'Sudbury', timeZone: 'America/Toronto' });
  await db.updateTable('site').set({ name_fr: 'Grand Sudbury' }).where('id', '=', sudbury.id).execute();
  alice = await givenStaffSession(db, agencyId, ['facilitator'], now);
  bob = await givenStaffSession(db, agencyId, ['facilitator'], now);
  carol = await givenStaffSession(db, agencyId, ['facilitator'], now);
  await db.updateTable('app_user').set({ preferred_locale: 'fr-CA' }).where('id', '=', bob.userId).execute();

  const stream = async (code: string, policy: object) =>
    (await db.insertInto('program_stream').values({ agency_id: agencyId, code, name: `Stream ${code}`, name_fr: `Volet ${code}`, policy }).returning('id').executeTakeFirstOrThrow()).id;
  const inPerson = await stream('men-en', { delivery: 'in_person' });
  const phone = await stream('phone-en', { delivery: 'phone' });
  await db.insertInto('curriculum_topic').values({ agency_id: agencyId, stream_id: inPerson, position: 1, title: 'Taking responsibility', title_fr: 'Assumer ses responsabilités' }).execute();
  const group = async (name: string, values: { stream: string; zone: string; f1: string; f2?: string; site?: string; room?: string; bridge?: string }) =>
    (
      await db
        .insertInto('group_cycle')
        .values({ agency_id: agencyId, stream_id: values.stream, name, site_id: values.site ?? null, room: values.room ?? null, bridge: values.bridge ?? null, weekday: 2, start_time: '18:30', time_zone: values.zone, start_date: '2026-10-13', capacity: 12, facilitator_1: values.f1, facilitator_2: values.f2 ?? null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const tuesday = await group('Tuesday evening', { stream: inPerson, zone: 'America/Toronto', f1: alice.userId, f2: bob.userId, site: sudbury.id, room: '2B' });
  const kenora = await group('Kenora by phone', { stream: phone, zone: 'America/Winnipeg', f1: bob.userId, bridge: '1-866-555-0100, code 4321#' });
  const carols = await group('Carol’s Thursday group', { stream: inPerson, zone: 'America/Toronto', f1: carol.userId, site: sudbury.id });
  const session = async (key: string, groupId: string, number: number, startsAt: string, extra: { status?: 'cancelled'; cancel_reason?: string; topic_position?: number } = {}) => {
    sessionIds[key] = (await db.insertInto('group_session').values({ agency_id: agencyId, group_id: groupId, number, starts_at: new Date(startsAt), local_date: startsAt.slice(0, 10), minutes: 120, topic_position: null, ...extra }).returning('id').executeTakeFirstOrThrow()).id;
  };
  await session('tooOld', tuesday, 1, '2026-10-13T22:30:00Z');
  await session('lastWeek', tuesday, 5, '2026-11-17T23:30:00Z');
  await session('next', tuesday, 6, '2026-11-24T23:30:00Z', { topic_position: 1 });
  await session('cancelled', tuesday, 7, '2026-12-01T23:30:00Z', { status: 'cancelled', cancel_reason: 'Facilitator away: see Zebediah Marchbanks' });
  await session('afterDst', tuesday, 20, '2027-03-16T22:30:00Z');
  await session('tooFar', tuesday, 40, '2027-07-06T22:30:00Z');
  await session('kenora', kenora, 1, '2026-11-25T00:30:00Z');
  await session('carols', carols, 1, '2026-11-26T23:30:00Z');
  // Someone in the group: their name must never be in a facilitator's feed.
  const member = await givenParticipant(db, agencyId, { givenName: 'Zebediah', familyName: 'Marchbanks', email: 'zeb@example.org' });
  await db.insertInto('enrolment').values({ agency_id: agencyId, participant_id: member.id, group_id: tuesday, enrolled_at: now }).execute();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function subscribe(who: StaffSession): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed', headers: who.headers });
  expect(response.statusCode).toBe(201);
  expect(response.headers['cache-control']).toBe('no-store');
  return response.json().url;
}

const fetchFeed = (url: string) => app.inject({ method: 'GET', url });

describe('the calendar feed', () => {
  it('gives a secret address once, storing only its hash', async () => {
    const url = await subscribe(alice);
    expect(url).toMatch(new RegExp(`^/api/v1/calendar/${agencyId}\\.[A-Za-z0-9_-]{43}\\.ics$`));
    const secret = url.split('.')[1]!;
    const stored = await database.kysely.selectFrom('calendar_feed').selectAll().where('agency_id', '=', agencyId).execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'subject_id', 'details']).where('agency_id', '=', agencyId).where('type', 'like', 'calendar_feed.%').execute();
    expect(events).toContainEqual({ type: 'calendar_feed.created', subject_id: alice.userId, details: { replaced: false } });
  });

  it('lists the sessions of the groups the facilitator runs, at their local times, four weeks back to 26 weeks ahead', async () => {
    const response = await fetchFeed(await subscribe(alice));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const ics = response.body;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const uids = [...ics.matchAll(/^UID:(.+)@pars\r$/gm)].map((match) => match[1]);
    expect(uids.sort()).toEqual([sessionIds.lastWeek, sessionIds.next, sessionIds.cancelled, sessionIds.afterDst].sort());
    // 23:30 UTC in November is 18:30 in Sudbury; in March, after the change, 22:30 UTC is 18:30.
    expect(ics).toContain('DTSTART;TZID=America/Toronto:20261124T183000\r\nDTEND;TZID=America/Toronto:20261124T203000');
    expect(ics).toContain('DTSTART;TZID=America/Toronto:20270316T183000');
    expect(ics).toContain('SUMMARY:Tuesday evening — session 6: Taking responsibility');
    expect(ics).toContain('SUMMARY:Tuesday evening — session 5\r\n');
    expect(ics).toContain('LOCATION:Sudbury\\, room 2B');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Toronto');
    expect(ics).toMatch(/BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500/);
    const cancelled = ics.slice(ics.indexOf(`UID:${sessionIds.cancelled}`));
    expect(cancelled.slice(0, cancelled.indexOf('END:VEVENT'))).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('Carol');
  });

  it('names no participant, and carries no cancellation reason (free text)', async () => {
    const ics = (await fetchFeed(await subscribe(alice))).body;
    expect(ics).not.toMatch(/Zebediah|Marchbanks|zeb@example\.org|Facilitator away/);
  });

  it("speaks the facilitator's language and shows each group in its own time zone", async () => {
    const ics = (await fetchFeed(await subscribe(bob))).body;
    expect(ics).toContain('SUMMARY:Tuesday evening — séance 6 : Assumer ses responsabilités');
    expect(ics).toContain('LOCATION:Grand Sudbury\\, salle 2B');
    // Kenora keeps Central time: 00:30 UTC on the 25th is 18:30 on the 24th there.
    expect(ics).toContain('DTSTART;TZID=America/Winnipeg:20261124T183000');
    expect(ics).toContain('LOCATION:Téléphone : 1-866-555-0100\\, code 4321#');
    expect(ics).toContain('TZID:America/Winnipeg');
  });

  it("does not show a facilitator the groups they do not run", async () => {
    const ics = (await fetchFeed(await subscribe(carol))).body;
    expect([...ics.matchAll(/^UID:(.+)@pars\r$/gm)].map((match) => match[1])).toEqual([sessionIds.carols]);
  });

  it('stops answering a replaced or revoked address, with the standard problem', async () => {
    const first = await subscribe(carol);
    const second = await subscribe(carol);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const revoked = await app.inject({ method: 'DELETE', url: '/api/v1/me/calendar-feed', headers: carol.headers });
    expect(revoked.statusCode).toBe(204);
    const gone = await app.inject({ method: 'GET', url: second, headers: { 'accept-language': 'fr-CA' } });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(gone.json()).toMatchObject({ status: 404, code: 'calendar.feed_not_found' });
    expect(gone.json().detail).toContain('adresse de calendrier');
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agencyId).where('subject_id', '=', carol.userId).orderBy('seq').execute();
    expect(events.map((event) => event.type)).toEqual(['calendar_feed.created', 'calendar_feed.created', 'calendar_feed.created', 'calendar_feed.revoked']);
    expect(events[2]!.details).toEqual({ replaced: true });
  });

  it('answers 404 to a made-up address, a forged agency and an owner who may no longer see groups', async () => {
    const url = await subscribe(alice);
    const other = await givenAgency(database.kysely);
    for (const wrong of ['/api/v1/calendar/nothing.ics', url.replace(agencyId, other.id), url.replace(/\.([A-Za-z0-9_-])/, (_m, first: string) => `.${first === 'x' ? 'y' : 'x'}`), url.replace('.ics', '.ICS')]) {
      expect((await fetchFeed(wrong)).statusCode).toBe(404);
    }
    await database.kysely.updateTable('app_user').set({ status: 'disabled' }).where('id', '=', alice.userId).execute();
    expect((await fetchFeed(url)).statusCode).toBe(404);
    await database.kysely.updateTable('app_user').set({ status: 'active' }).where('id', '=', alice.userId).execute();
    expect((await fetchFeed(url)).statusCode).toBe(200);
    await database.kysely.deleteFrom('role_grant').where('user_id', '=', alice.userId).execute();
    expect((await fetchFeed(url)).statusCode).toBe(404);
    await database.kysely.insertInto('role_grant').values({ agency_id: agencyId, user_id: alice.userId, role: 'facilitator' }).execute();
  });

  it('keeps the secret out of every log line', async () => {
    const url = await subscribe(bob);
    await fetchFeed(url);
    await fetchFeed(`${url}x`);
    const secret = url.split('.')[1]!;
    const logs = logLines().join('\n');
    expect(logs).toContain('/api/v1/calendar/[redacted]');
    expect(logs).not.toContain(secret);
  });

  it('limits how often one client may try addresses', async () => {
    const limited = await buildTestServer(database, { signInRateLimit: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) statuses.push((await limited.app.inject({ method: 'GET', url: `/api/v1/calendar/${agencyId}.${'a'.repeat(43)}.ics` })).statusCode);
      expect(statuses.slice(0, 60).every((status) => status === 404)).toBe(true);
      expect(statuses[60]).toBe(429);
    } finally {
      await limited.app.close();
    }
  });
});
