import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** Streams, groups, sessions and placement through the API, as a manager and a facilitator would. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let agencyId: string;
let siteId: string;
let manager: StaffSession;
let facilitator: StaffSession;
let intake: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely)).id;
  siteId = (await givenSite(database.kysely, agencyId, { name: 'Thunder Bay', timeZone: 'America/Toronto' })).id;
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

let streamCount = 0;
async function givenStream(policy: Record<string, unknown> = {}): Promise<string> {
  streamCount += 1;
  const created = await call(manager, 'POST', '/streams', { code: `stream-${streamCount}`, name: `Stream ${streamCount}`, nameFr: `Volet ${streamCount}`, policy });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

let groupCount = 0;
async function givenGroup(streamId: string, overrides: Record<string, unknown> = {}) {
  groupCount += 1;
  const created = await call(manager, 'POST', '/groups', { streamId, name: `Group ${groupCount}`, siteId, weekday: 2, startTime: '18:30', startDate: '2026-11-23', facilitatorIds: [facilitator.userId], ...overrides });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

async function noticesOf(participantId: string) {
  return scopeToAgency(database.kysely, agencyId, { compartments: ['partner'] }).transaction((trx) =>
    // Notices of one transaction share its time: the type breaks the tie, so the order is stable.
    trx.selectFrom('partner_notice').selectAll().where('participant_id', '=', participantId).orderBy('created_at').orderBy('type').execute(),
  );
}

describe('program streams', () => {
  it('start from the default policy and the twelve bilingual topics; the policy is checked as a whole', async () => {
    const id = await givenStream({ sessionCredit: 2 });
    const stream = (await call(facilitator, 'GET', `/streams/${id}`)).json();
    expect(stream.policy).toMatchObject({ sessionsRequired: 12, sessionCredit: 2, pendingDischargeAtUnexcused: 2, privateSessionPriceCents: 12_500 });
    expect(stream.topics).toHaveLength(12);
    expect(stream.topics[1]).toMatchObject({ position: 2, title: 'Abuse is a choice', titleFr: 'La violence est un choix' });
    const bad = await call(manager, 'PUT', `/streams/${id}`, { name: 'S', nameFr: 'V', policy: { ...stream.policy, groupSizeMin: 20, groupSizeMax: 8 }, version: 1 }, 'fr-CA');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.policy.groupSizeMin' });
    expect(bad.json().errors[0].message).toContain('taille minimale');
    const stale = await call(manager, 'PUT', `/streams/${id}/curriculum`, { topics: [{ title: 'One', titleFr: 'Un' }], version: 9 });
    expect(stale.statusCode).toBe(409);
    const replaced = await call(manager, 'PUT', `/streams/${id}/curriculum`, { topics: [{ title: 'One', titleFr: 'Un' }, { title: 'Two', titleFr: 'Deux' }], version: 1 });
    expect(replaced.json()).toMatchObject({ version: 2, topics: [{ position: 1, title: 'One' }, { position: 2, titleFr: 'Deux' }] });
    expect((await call(facilitator, 'POST', '/streams', { code: 'nope', name: 'N', nameFr: 'N' })).statusCode).toBe(403);
    expect((await call(manager, 'POST', '/streams', { code: 'stream-1', name: 'Again', nameFr: 'Encore' })).statusCode).toBe(409);
  });
});

describe('groups and their sessions', () => {
  it('schedules the sessions on the weekday at the local time, skipping holidays, with topics in the reader’s language', async () => {
    expect((await call(manager, 'PUT', '/holidays/2026-12-22', { name: 'Agency closure', nameFr: 'Fermeture' })).statusCode).toBe(200);
    const group = await givenGroup(await givenStream());
    expect(group.sessions).toHaveLength(12);
    expect(group.sessions.slice(0, 5).map((s: { localDate: string }) => s.localDate)).toEqual(['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-29']);
    expect(group.sessions[0]).toMatchObject({ localTime: '18:30', startsAt: '2026-11-24T23:30:00.000Z', topic: 'What abuse is and how it affects partners and children' });
    const french = (await call(facilitator, 'GET', `/groups/${group.id}`, undefined, 'fr-CA')).json();
    expect(french.sessions[1].topic).toBe('La violence est un choix');
    expect(french.facilitators).toEqual([{ id: facilitator.userId, name: expect.any(String) }]);
  });

  it('cancels a session with its reason, reschedules another, adds more, and refuses stale or unknown ones', async () => {
    const group = await givenGroup(await givenStream());
    const [first, second] = group.sessions;
    const cancelled = await call(manager, 'POST', `/groups/${group.id}/sessions/${first.id}/cancel`, { reason: 'Snowstorm', version: 1 });
    expect(cancelled.json().sessions[0]).toMatchObject({ status: 'cancelled', cancelReason: 'Snowstorm' });
    expect((await call(manager, 'POST', `/groups/${group.id}/sessions/${first.id}/cancel`, { reason: 'Again', version: 2 })).json().code).toBe('groups.session_already_cancelled');
    const moved = await call(manager, 'POST', `/groups/${group.id}/sessions/${second.id}/reschedule`, { startsAtLocal: '2026-12-03T19:00', version: 1 });
    expect(moved.json().sessions[1]).toMatchObject({ localDate: '2026-12-03', localTime: '19:00', rescheduledFrom: second.startsAt });
    expect((await call(manager, 'POST', `/groups/${group.id}/sessions/${second.id}/reschedule`, { startsAtLocal: '2026-12-04T19:00', version: 1 })).statusCode).toBe(409);
    const more = await call(manager, 'POST', `/groups/${group.id}/sessions`, { count: 2 });
    expect(more.json().sessions.map((s: { number: number; topicPosition: number }) => [s.number, s.topicPosition]).slice(-2)).toEqual([[13, 1], [14, 2]]);
    // Facilitators read groups but cannot change them: the write does not exist for them.
    expect((await call(facilitator, 'POST', `/groups/${group.id}/sessions`, { count: 2 })).statusCode).toBe(404);
  });

  it('refuses a facilitator who does not hold the role, a capacity above the policy, and an in-person group without a site', async () => {
    const streamId = await givenStream({ groupSizeMax: 10 });
    expect((await call(manager, 'POST', '/groups', { streamId, name: 'X1', siteId, weekday: 2, startTime: '10:00', startDate: '2026-12-01', facilitatorIds: [intake.userId] })).json().code).toBe('groups.not_a_facilitator');
    expect((await call(manager, 'POST', '/groups', { streamId, name: 'X2', siteId, weekday: 2, startTime: '10:00', startDate: '2026-12-01', capacity: 14 })).json().code).toBe('groups.capacity_above_policy');
    expect((await call(manager, 'GET', '/facilitators')).json()).toEqual([{ id: facilitator.userId, name: expect.any(String) }]);
    expect((await call(manager, 'POST', '/groups', { streamId, name: 'X3', weekday: 2, startTime: '10:00', startDate: '2026-12-01', timeZone: 'America/Toronto' })).json().code).toBe('groups.site_required');
  });

  it('shows the facilitator the day’s sessions of their groups only', async () => {
    const streamId = await givenStream();
    const mine = await givenGroup(streamId, { weekday: 6, startDate: '2026-11-21' });
    const other = await givenGroup(streamId, { weekday: 6, startDate: '2026-11-21', facilitatorIds: [] });
    const today = (await call(facilitator, 'GET', '/sessions')).json();
    expect(today.map((s: { groupId: string }) => s.groupId)).toContain(mine.id);
    expect(today.map((s: { groupId: string }) => s.groupId)).not.toContain(other.id);
    const all = (await call(manager, 'GET', '/sessions?day=2026-11-21')).json();
    expect(all.map((s: { groupId: string }) => s.groupId)).toEqual(expect.arrayContaining([mine.id, other.id]));
  });
});

describe('placement from the waitlist', () => {
  it('places a waitlisted person, enrolls the case, and refuses the wrong gender, the wrong language, a full group and a stale file', async () => {
    const group = await givenGroup(await givenStream({ groupSizeMin: 1, groupSizeMax: 2 }), { capacity: 2 });
    const person = await givenParticipant(database.kysely, agencyId);
    const options = (await call(manager, 'GET', `/participants/${person.id}/placement-options`)).json();
    expect(options.map((o: { groupId: string }) => o.groupId)).toContain(group.id);
    const placed = await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, version: 1 });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ firstSessionNumber: 1, version: 2 });
    const file = (await call(manager, 'GET', `/participants/${person.id}`)).json();
    expect(file).toMatchObject({ caseState: 'enrolled', placement: { groupId: group.id, creditedSessions: 0, sessionsRequired: 12 } });

    const woman = await givenParticipant(database.kysely, agencyId, { groupGender: 'women' });
    expect((await call(manager, 'POST', `/participants/${woman.id}/placement`, { groupId: group.id, version: 1 })).json().code).toBe('groups.wrong_gender');
    const francophone = await givenParticipant(database.kysely, agencyId, { language: 'fr' });
    const wrongLanguage = await call(manager, 'POST', `/participants/${francophone.id}/placement`, { groupId: group.id, version: 1 }, 'fr-CA');
    expect(wrongLanguage.json().code).toBe('groups.wrong_language');
    expect(wrongLanguage.json().detail).toMatch(/langue/);
    const second = await givenParticipant(database.kysely, agencyId);
    expect((await call(manager, 'POST', `/participants/${second.id}/placement`, { groupId: group.id, version: 1 })).statusCode).toBe(201);
    const third = await givenParticipant(database.kysely, agencyId);
    expect((await call(manager, 'POST', `/participants/${third.id}/placement`, { groupId: group.id, version: 1 })).json().code).toBe('groups.full');
    expect((await call(manager, 'POST', `/participants/${third.id}/placement`, { groupId: group.id, version: 7 })).statusCode).toBe(409);
    expect((await call(facilitator, 'POST', `/participants/${third.id}/placement`, { groupId: group.id, version: 1 })).statusCode).toBe(404);
  });

  it('warns when a member is under a no-contact order with the person, and places once the worker acknowledges it', async () => {
    const group = await givenGroup(await givenStream());
    const member = await givenParticipant(database.kysely, agencyId, { givenName: 'Marcel', familyName: 'Tremblay' });
    expect((await call(manager, 'POST', `/participants/${member.id}/placement`, { groupId: group.id, version: 1 })).statusCode).toBe(201);
    const person = await givenParticipant(database.kysely, agencyId, { givenName: 'Kevin', familyName: 'Roy' });
    const referral = await database.kysely
      .insertInto('referral')
      .values({ agency_id: agencyId, participant_id: person.id, source: 'court', stream: 'probation_order', received_at: clock.now(), idempotency_key: `nco-${person.id}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.kysely.insertInto('referral_condition').values({ agency_id: agencyId, referral_id: referral.id, kind: 'no_contact', with_whom: 'Marcel Trembley (co-accused)', exceptions: null, expires_on: null }).execute();
    const warned = await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, version: 1 });
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({ code: 'groups.no_contact_warning' });
    expect(warned.json().detail).toContain('Marcel Tremblay');
    const options = (await call(manager, 'GET', `/participants/${person.id}/placement-options`)).json();
    expect(options.find((o: { groupId: string }) => o.groupId === group.id).noContactWarnings).toEqual(['Marcel Tremblay']);
    expect((await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, acknowledgeNoContact: true, version: 1 })).statusCode).toBe(201);
  });
});

describe('pending discharge, discharge and completion', () => {
  /** A person active in a group that started in the summer, with `present` sessions credited. */
  async function givenActiveMember(present: number) {
    const group = await givenGroup(await givenStream(), { startDate: '2026-08-25' });
    const person = await givenParticipant(database.kysely, agencyId, { caseState: 'active' });
    const enrolment = await database.kysely.insertInto('enrolment').values({ agency_id: agencyId, participant_id: person.id, group_id: group.id, enrolled_at: '2026-08-20T12:00:00Z' }).returning('id').executeTakeFirstOrThrow();
    for (const session of group.sessions.slice(0, present)) {
      await database.kysely.insertInto('attendance_mark').values({ agency_id: agencyId, session_id: session.id, participant_id: person.id, status: 'present', recorded_at: session.startsAt }).execute();
    }
    return { group, person, enrolmentId: enrolment.id };
  }

  it('lets the facilitator warn with a coded reason; only the manager discharges; each leaves one notice with the code, never the words', async () => {
    const { person } = await givenActiveMember(3);
    const warned = await call(facilitator, 'POST', `/participants/${person.id}/pending-discharge`, { reasonCode: 'non_attendance', reason: 'Missed two weeks; said SECRET-WORDS', version: 1 });
    expect(warned.json()).toMatchObject({ from: 'active', to: 'pending_discharge' });
    const byIntake = await call(intake, 'POST', `/participants/${person.id}/transitions`, { transition: 'discharge', reasonCode: 'non_attendance', reason: 'x', version: 2 });
    expect(byIntake.statusCode).toBe(404);
    expect((await call(manager, 'POST', `/participants/${person.id}/transitions`, { transition: 'discharge', reason: 'No code', version: 2 })).json().code).toBe('case.reason_code_required');
    const discharged = await call(manager, 'POST', `/participants/${person.id}/transitions`, { transition: 'discharge', reasonCode: 'non_attendance', reason: 'Did not come back', version: 2 });
    expect(discharged.json()).toMatchObject({ to: 'discharged' });
    const notices = await noticesOf(person.id);
    expect(notices.map((n) => [n.type, n.reason_code])).toEqual([['pending_discharge', 'non_attendance'], ['discharge', 'non_attendance']]);
    expect(JSON.stringify(notices)).not.toContain('SECRET-WORDS');
    // Due by close of business on the next business day: Saturday the 21st → Monday the 23rd.
    expect(notices[0]!.due_at.toISOString()).toBe('2026-11-23T22:00:00.000Z');
    const file = (await call(manager, 'GET', `/participants/${person.id}`)).json();
    expect(file.placement).toBeNull();
    expect(file.history.at(-1)).toMatchObject({ transition: 'discharge', reasonCode: 'non_attendance' });
  });

  it('completes only with the sessions credited and the facilitator’s check-out, signed off by the manager', async () => {
    const { person } = await givenActiveMember(12);
    const early = await call(manager, 'POST', `/participants/${person.id}/transitions`, { transition: 'complete', version: 1 });
    expect(early.json().code).toBe('case.completion_not_reviewed');
    expect((await call(facilitator, 'PUT', `/participants/${person.id}/completion-review`, { outcome: 'met', comments: 'Engaged throughout' })).statusCode).toBe(200);
    const fileBefore = (await call(manager, 'GET', `/participants/${person.id}`)).json();
    expect(fileBefore.placement).toMatchObject({ creditedSessions: 12, standing: 'eligible_to_complete', completionReview: { outcome: 'met' } });
    expect(fileBefore.availableTransitions).toContain('complete');
    expect((await call(intake, 'GET', `/participants/${person.id}`)).json().availableTransitions).not.toContain('complete');
    const done = await call(manager, 'POST', `/participants/${person.id}/transitions`, { transition: 'complete', version: 1 });
    expect(done.json()).toMatchObject({ to: 'completed' });
    expect((await noticesOf(person.id)).map((n) => n.type)).toEqual(['completion']);

    const { person: short } = await givenActiveMember(10);
    await call(facilitator, 'PUT', `/participants/${short.id}/completion-review`, { outcome: 'not_met' });
    expect((await call(manager, 'POST', `/participants/${short.id}/transitions`, { transition: 'complete', version: 1 })).json().code).toBe('case.sessions_short');
  });
});

describe('the case follows attendance', () => {
  it('starts on the first credited session, warns at the absence limit, and after the manager keeps someone on, only a new absence warns again', async () => {
    const group = await givenGroup(await givenStream(), { startDate: '2026-08-25' });
    const person = await givenParticipant(database.kysely, agencyId);
    // Joins at the first session (long past), so every held session is theirs to attend.
    expect((await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, firstSessionNumber: 1, version: 1 })).statusCode).toBe(201);
    const mark = async (index: number, status: string) => {
      const response = await call(facilitator, 'PUT', `/sessions/${group.sessions[index].id}/marks`, { marks: [{ participantId: person.id, status }] });
      expect(response.statusCode, response.body).toBe(200);
    };
    const state = async () => (await call(manager, 'GET', `/participants/${person.id}`)).json();
    await mark(0, 'present');
    expect((await state()).caseState).toBe('active');
    await mark(1, 'unexcused');
    expect((await state()).caseState).toBe('active');
    await mark(2, 'unexcused');
    const warned = await state();
    expect(warned.caseState).toBe('pending_discharge');
    expect(warned.history.at(-1)).toMatchObject({ transition: 'warn_pending_discharge', reasonCode: 'non_attendance', byUser: facilitator.userId });
    expect((await call(manager, 'POST', `/participants/${person.id}/transitions`, { transition: 'revoke_pending_discharge', reason: 'Explained the absences; a last chance', version: warned.version })).json().to).toBe('active');
    clock.advance(60_000);
    await mark(3, 'present');
    expect((await state()).caseState).toBe('active');
    clock.advance(60_000);
    await mark(4, 'unexcused');
    expect((await state()).caseState).toBe('pending_discharge');
    expect((await noticesOf(person.id)).map((n) => n.type)).toEqual(['enrolled', 'absence', 'absence', 'pending_discharge', 'absence', 'pending_discharge']);
  });

  it('tells the partner-contact team the anticipated completion date two sessions from the end, once', async () => {
    const group = await givenGroup(await givenStream({ sessionsRequired: 4 }), { startDate: '2026-10-20' });
    const person = await givenParticipant(database.kysely, agencyId);
    await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, firstSessionNumber: 1, version: 1 });
    for (const index of [0, 1, 2]) await call(facilitator, 'PUT', `/sessions/${group.sessions[index].id}/marks`, { marks: [{ participantId: person.id, status: 'present' }] });
    const notices = (await noticesOf(person.id)).filter((n) => n.type === 'anticipated_completion');
    expect(notices).toHaveLength(1);
    // Two credits after the first two sessions: two more are needed, the next two to come (the 24th and December 1st).
    expect(notices[0]!.occurred_on).toBe('2026-12-01');
  });
});
