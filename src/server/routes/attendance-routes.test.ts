import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStandingFacts } from '../../core/attendance/index.js';
import type { StreamPolicyInput } from '../../core/programs/stream-policy.js';
import { addDays } from '../../core/shared/business-days.js';
import type { TestClock } from '../../core/shared/index.js';
import { zonedTimeToInstant } from '../../core/shared/zoned-time.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * A facilitator's evening through the API: the roster, marks for the whole group, a colleague's
 * stale roster, make-ups, concerns and notes, and what the partner-contact team is told (read
 * back with the partner compartment, as that team would). The clock stands at Saturday
 * 2026-11-21; the groups meet on Tuesdays at 18:30, Toronto time.
 */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let agencyId: string;
let facilitator: StaffSession;
let colleague: StaffSession;
let manager: StaffSession;
let intake: StaffSession;
let partnerContact: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely)).id;
  const now = clock.now();
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], now);
  colleague = await givenStaffSession(database.kysely, agencyId, ['facilitator'], now);
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], now);
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], now);
  partnerContact = await givenStaffSession(database.kysely, agencyId, ['partner_contact'], now);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

interface Group {
  streamId: string;
  groupId: string;
  name: string;
  /** Session ids by number - 1. */
  sessions: string[];
}

/** A stream (with a 12-topic curriculum) and a Tuesday group whose session 7 was on 2026-11-17 and session 8 is on 2026-11-24. */
async function givenGroup(options: { policy?: StreamPolicyInput; streamId?: string; firstDay?: string; count?: number } = {}): Promise<Group> {
  const db = database.kysely;
  const tag = randomUUID().slice(0, 8);
  let streamId = options.streamId;
  if (!streamId) {
    streamId = (await db.insertInto('program_stream').values({ agency_id: agencyId, code: `s-${tag}`, name: `Stream ${tag}`, name_fr: `Volet ${tag}`, policy: options.policy ?? {} }).returning('id').executeTakeFirstOrThrow()).id;
    await db
      .insertInto('curriculum_topic')
      .values(Array.from({ length: 12 }, (_, i) => ({ agency_id: agencyId, stream_id: streamId!, position: i + 1, title: `Topic ${i + 1}`, title_fr: `Sujet ${i + 1}` })))
      .execute();
  }
  const firstDay = options.firstDay ?? '2026-10-06';
  const name = `Tuesday ${tag}`;
  const group = await db
    .insertInto('group_cycle')
    .values({ agency_id: agencyId, stream_id: streamId, name, weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: firstDay, capacity: 40, facilitator_1: facilitator.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sessions: string[] = [];
  for (let number = 1; number <= (options.count ?? 12); number++) {
    const day = addDays(firstDay, 7 * (number - 1));
    const row = await db
      .insertInto('group_session')
      .values({ agency_id: agencyId, group_id: group.id, number, topic_position: number, starts_at: zonedTimeToInstant(`${day}T18:30`, 'America/Toronto'), local_date: day, minutes: 120 })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessions.push(row.id);
  }
  return { streamId, groupId: group.id, name, sessions };
}

/** Someone placed in the group from a given session on (default: the first). */
async function givenMember(group: Group, options: { givenName?: string; familyName?: string; preferredName?: string; firstSession?: number } = {}): Promise<string> {
  const person = await givenParticipant(database.kysely, agencyId, { givenName: options.givenName ?? 'Sam', familyName: options.familyName ?? `Member-${randomUUID().slice(0, 6)}`, caseState: 'active' });
  if (options.preferredName) await database.kysely.updateTable('participant').set({ preferred_name: options.preferredName }).where('id', '=', person.id).execute();
  await database.kysely
    .insertInto('enrolment')
    .values({ agency_id: agencyId, participant_id: person.id, group_id: group.groupId, enrolled_at: clock.now(), first_session_number: options.firstSession ?? 1 })
    .execute();
  return person.id;
}

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

const putMarks = (who: StaffSession, sessionId: string, marks: unknown[], lang?: string) => call(who, 'PUT', `/sessions/${sessionId}/marks`, { marks }, lang);

/** The notices about a participant, read as the partner-contact team reads them. */
function noticesOf(participantId: string) {
  return scopeToAgency(database.kysely, agencyId, { compartments: ['partner'] }).transaction((trx) =>
    trx.selectFrom('partner_notice').selectAll().where('participant_id', '=', participantId).orderBy('event_key').execute(),
  );
}

function marksAt(sessionId: string) {
  return database.kysely.selectFrom('attendance_mark').selectAll().where('session_id', '=', sessionId).execute();
}

describe('the roster', () => {
  it('shows the session, its members from their first session on and make-ups, each with a mark and standing', async () => {
    const group = await givenGroup();
    const sam = await givenMember(group, { givenName: 'Samuel', familyName: 'Roy', preferredName: 'Sam' });
    const alex = await givenMember(group, { givenName: 'Alex', familyName: 'Martin' });
    const later = await givenMember(group, { givenName: 'Zed', familyName: 'Later', firstSession: 9 });
    const other = await givenGroup();
    const visitor = await givenMember(other, { givenName: 'Vic', familyName: 'Visitor' });
    const session = group.sessions[6]!;
    expect((await putMarks(facilitator, session, [{ participantId: sam, status: 'present' }])).statusCode).toBe(200);
    expect((await call(facilitator, 'POST', `/sessions/${session}/make-ups`, { participantId: visitor, status: 'present' })).statusCode).toBe(201);

    const response = await call(facilitator, 'GET', `/sessions/${session}/roster`, undefined, 'fr-CA');
    expect(response.statusCode).toBe(200);
    const roster = response.json();
    expect(roster.session).toMatchObject({ groupName: group.name, number: 7, topicTitle: 'Sujet 7', localDate: '2026-11-17', localTime: '18:30', status: 'scheduled' });
    expect(roster.people.map((p: { name: string }) => p.name)).toEqual(['Alex Martin', 'Sam', 'Vic Visitor']);
    const byId = new Map(roster.people.map((p: { participantId: string }) => [p.participantId, p]));
    expect(byId.has(later)).toBe(false);
    expect(byId.get(sam)).toMatchObject({ isMember: true, makeUp: false, mark: { status: 'present', version: 1 }, standing: { creditedSessions: 1, sessionsRequired: 12 } });
    // Unmarked so far, with five sessions left to schedule: not enough for twelve.
    expect(byId.get(alex)).toMatchObject({ isMember: true, mark: null, standing: { creditedSessions: 0, standing: 'at_risk', reasons: ['not_enough_sessions_scheduled'] } });
    expect(byId.get(visitor)).toMatchObject({ isMember: false, makeUp: true, mark: { status: 'present', makeUp: true } });
    expect((await call(intake, 'GET', `/sessions/${session}/roster`)).statusCode).toBe(200);
  });

  it('does not exist for the partner-contact team (404, not 403)', async () => {
    const group = await givenGroup();
    await givenMember(group);
    const response = await call(partnerContact, 'GET', `/sessions/${group.sessions[0]}/roster`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(group.name);
  });
});

describe('recording marks', () => {
  it('records the whole group in one submit, audits it once, and tells the partner side of each absence and late', async () => {
    const group = await givenGroup();
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await givenMember(group));
    const session = group.sessions[6]!;
    const statuses = ['present', 'present', 'present', 'present', 'present', 'present', 'present', 'present', 'late', 'excused', 'unexcused', 'left_early'] as const;
    const marks = people.map((participantId, i) => ({
      participantId,
      status: statuses[i],
      ...(statuses[i] === 'late' ? { minutesLate: 15 } : {}),
      ...(statuses[i] === 'excused' ? { reason: 'Hospital appointment' } : {}),
      ...(statuses[i] === 'left_early' ? { minutesLeftEarly: 45 } : {}),
    }));
    const response = await putMarks(facilitator, session, marks);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveLength(12);
    expect(response.json().every((mark: { version: number; makeUp: boolean }) => mark.version === 1 && !mark.makeUp)).toBe(true);
    expect(await marksAt(session)).toHaveLength(12);
    const audit = await database.kysely.selectFrom('audit_event').select(['details', 'actor_user_id']).where('agency_id', '=', agencyId).where('type', '=', 'attendance.recorded').execute();
    expect(audit).toContainEqual({ actor_user_id: facilitator.userId, details: { sessionId: session, count: 12, changed: 12 } });

    const told = await Promise.all(people.map(noticesOf));
    expect(told.map((n) => n.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(told.slice(8).map((n) => [n[0]!.type, n[0]!.reason_code])).toEqual([
      ['lateness', 'late'],
      ['absence', 'excused'],
      ['absence', 'unexcused'],
      ['absence', 'left_early'],
    ]);
    // Tuesday's session: due at close of business the next business day, Toronto time.
    expect(told[10]![0]).toMatchObject({ occurred_on: '2026-11-17', due_at: new Date('2026-11-18T22:00:00Z'), urgent: false });
    expect(JSON.stringify(told)).not.toContain('Hospital');
  });

  it('refuses a stale roster as a whole: the first facilitator’s marks stay, the second is asked to reload', async () => {
    const group = await givenGroup();
    const [a, b, c] = [await givenMember(group), await givenMember(group), await givenMember(group)];
    const session = group.sessions[6]!;
    // Both open the roster before anyone has marked: no versions.
    const first = await putMarks(facilitator, session, [{ participantId: a, status: 'present' }, { participantId: b, status: 'unexcused' }]);
    expect(first.statusCode).toBe(200);
    const second = await putMarks(colleague, session, [{ participantId: c, status: 'present' }, { participantId: b, status: 'present' }], 'fr-CA');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'attendance.stale_mark' });
    expect(second.json().detail).toContain('Rien n');
    const saved = await marksAt(session);
    expect(saved.map((m) => [m.participant_id, m.status, m.recorded_by]).sort()).toEqual([[a, 'present', facilitator.userId], [b, 'unexcused', facilitator.userId]].sort());

    // A version that is no longer the saved one is stale too; the current one goes through.
    const bVersion = first.json().find((m: { participantId: string }) => m.participantId === b).version;
    expect((await putMarks(colleague, session, [{ participantId: b, status: 'present', version: bVersion + 1 }])).statusCode).toBe(409);
    const reloaded = await putMarks(colleague, session, [{ participantId: c, status: 'present' }, { participantId: b, status: 'excused', reason: 'Sick child', version: bVersion }]);
    expect(reloaded.statusCode).toBe(200);
    expect(reloaded.json().find((m: { participantId: string }) => m.participantId === b)).toMatchObject({ status: 'excused', version: bVersion + 1 });
  });

  it('refuses, saving nothing: a cancelled session, one not begun, a non-member, a person twice, a late without minutes, an excused absence without reason', async () => {
    const group = await givenGroup();
    const member = await givenMember(group);
    const other = await givenMember(await givenGroup());
    const held = group.sessions[6]!;
    await database.kysely.updateTable('group_session').set({ status: 'cancelled', cancel_reason: 'Snow storm' }).where('id', '=', group.sessions[5]!).execute();

    const cancelled = await putMarks(facilitator, group.sessions[5]!, [{ participantId: member, status: 'present' }], 'fr-CA');
    expect(cancelled.statusCode).toBe(422);
    expect(cancelled.json()).toMatchObject({ code: 'attendance.session_cancelled' });
    expect(cancelled.json().detail).toContain('annulée');
    const future = await putMarks(facilitator, group.sessions[7]!, [{ participantId: member, status: 'present' }]);
    expect(future.json()).toMatchObject({ status: 422, code: 'attendance.session_in_future' });

    const outsider = await putMarks(facilitator, held, [{ participantId: member, status: 'present' }, { participantId: other, status: 'present' }]);
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json()).toMatchObject({ code: 'attendance.not_a_member', errors: [{ path: 'body.marks.1.participantId' }] });
    expect(outsider.json().detail).toContain('make-up');

    const twice = await putMarks(facilitator, held, [{ participantId: member, status: 'present' }, { participantId: member, status: 'unexcused' }]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toMatchObject({ code: 'attendance.duplicate_participant', errors: [{ path: 'body.marks.1.participantId' }] });

    const lateEn = await putMarks(facilitator, held, [{ participantId: member, status: 'late' }]);
    expect(lateEn.json()).toMatchObject({ status: 400, code: 'attendance.late_needs_minutes', detail: 'A late arrival needs the number of minutes late.' });
    const lateFr = await putMarks(facilitator, held, [{ participantId: member, status: 'late' }], 'fr-CA');
    expect(lateFr.json()).toMatchObject({ code: 'attendance.late_needs_minutes', detail: 'Un retard doit indiquer le nombre de minutes de retard.' });
    expect(lateFr.json().errors).toEqual([{ path: 'body.marks.0.minutesLate', code: 'attendance.late_needs_minutes', message: 'Entrez le nombre de minutes de retard.' }]);
    const tooLate = await putMarks(facilitator, held, [{ participantId: member, status: 'late', minutesLate: 40 }], 'fr-CA');
    expect(tooLate.json()).toMatchObject({ code: 'attendance.late_is_refused_entry' });
    expect(tooLate.json().detail).toContain('30 minutes');
    const onTime = await putMarks(facilitator, held, [{ participantId: member, status: 'late', minutesLate: 5 }]);
    expect(onTime.json()).toMatchObject({ code: 'attendance.late_under_threshold' });
    expect(onTime.json().detail).toContain('less than 10 minutes');

    const excusedEn = await putMarks(facilitator, held, [{ participantId: member, status: 'excused' }]);
    expect(excusedEn.json()).toMatchObject({ status: 400, code: 'attendance.excused_needs_reason', detail: 'An excused absence needs its reason.' });
    const excusedFr = await putMarks(facilitator, held, [{ participantId: member, status: 'excused', reason: '  ' }], 'fr-CA');
    expect(excusedFr.json()).toMatchObject({ code: 'attendance.excused_needs_reason', detail: 'Une absence motivée doit indiquer son motif.' });

    expect((await putMarks(facilitator, held, [])).statusCode).toBe(400);
    for (const session of group.sessions) expect(await marksAt(session)).toEqual([]);
    expect(await noticesOf(member)).toEqual([]);
  });

  it('accepts marks from a quarter of an hour before the start', async () => {
    const soon = clock.now().getTime() + 10 * 60_000;
    const group = await givenGroup({ firstDay: '2026-11-21', count: 1 });
    await database.kysely.updateTable('group_session').set({ starts_at: new Date(soon) }).where('id', '=', group.sessions[0]!).execute();
    const member = await givenMember(group);
    expect((await putMarks(facilitator, group.sessions[0]!, [{ participantId: member, status: 'present' }])).statusCode).toBe(200);
    await database.kysely.updateTable('group_session').set({ starts_at: new Date(soon + 10 * 60_000) }).where('id', '=', group.sessions[0]!).execute();
    const second = await givenMember(group);
    expect((await putMarks(facilitator, group.sessions[0]!, [{ participantId: second, status: 'present' }])).json().code).toBe('attendance.session_in_future');
  });
});

describe('partner notices', () => {
  it('raises exactly one notice per event, however often a mark is saved, and never the reason text', async () => {
    const group = await givenGroup();
    const person = await givenMember(group);
    const session = group.sessions[6]!;
    const save = async (mark: object) => {
      const current = (await marksAt(session)).find((m) => m.participant_id === person);
      const response = await putMarks(facilitator, session, [{ participantId: person, ...mark, ...(current ? { version: current.version } : {}) }]);
      expect(response.statusCode).toBe(200);
      return response.json()[0];
    };
    const first = await save({ status: 'unexcused', reason: 'Said his car broke down PRIVATE-REASON' });
    expect(await noticesOf(person)).toHaveLength(1);
    // The same mark again keeps its version and tells nobody anything new.
    expect((await save({ status: 'unexcused', reason: 'Said his car broke down PRIVATE-REASON' })).version).toBe(first.version);
    // Another reason, same kind of absence: still one notice.
    await save({ status: 'unexcused', reason: 'Car trouble, PRIVATE-REASON-2' });
    expect(await noticesOf(person)).toHaveLength(1);
    // Another kind of absence is another event.
    await save({ status: 'excused', reason: 'Doctor’s note PRIVATE-REASON-3' });
    await save({ status: 'excused', reason: 'Doctor’s note PRIVATE-REASON-3' });
    const notices = await noticesOf(person);
    expect(notices.map((n) => [n.type, n.reason_code, n.event_key])).toEqual([
      ['absence', 'unexcused', `attendance:${first.markId}`],
      ['absence', 'excused', `attendance:${first.markId}:excused`],
    ]);
    expect(JSON.stringify(notices)).not.toContain('PRIVATE');
    // A correction to present raises nothing more.
    await save({ status: 'present' });
    expect(await noticesOf(person)).toHaveLength(2);
  });

  it('cannot be read back by the participant side', async () => {
    const group = await givenGroup();
    const person = await givenMember(group);
    await putMarks(facilitator, group.sessions[6]!, [{ participantId: person, status: 'unexcused' }]);
    const participantSide = scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] });
    expect(await participantSide.transaction((trx) => trx.selectFrom('partner_notice').selectAll().where('participant_id', '=', person).execute())).toEqual([]);
    expect(await noticesOf(person)).toHaveLength(1);
  });
});

describe('make-ups', () => {
  it('lets someone from another group make up a session, once, and not in their own group', async () => {
    const home = await givenGroup();
    const visitor = await givenMember(home);
    const host = await givenGroup();
    const session = host.sessions[6]!;
    const url = `/sessions/${session}/make-ups`;

    const late = await call(facilitator, 'POST', url, { participantId: visitor, status: 'late', minutesLate: 12 });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ participantId: visitor, status: 'late', minutesLate: 12, makeUp: true, version: 1 });
    expect((await noticesOf(visitor)).map((n) => [n.type, n.event_key])).toEqual([['lateness', `attendance:${late.json().markId}`]]);

    expect((await call(facilitator, 'POST', url, { participantId: visitor, status: 'present' })).json()).toMatchObject({ status: 409, code: 'attendance.mark_exists' });
    const own = await call(facilitator, 'POST', `/sessions/${home.sessions[6]}/make-ups`, { participantId: visitor, status: 'present' }, 'fr-CA');
    expect(own.json()).toMatchObject({ status: 422, code: 'attendance.make_up_own_group' });
    expect(own.json().detail).toContain('rattrapage');
    // The make-up mark can be corrected on the host roster, and stays a make-up.
    const corrected = await putMarks(facilitator, session, [{ participantId: visitor, status: 'present', version: 1 }]);
    expect(corrected.json()[0]).toMatchObject({ status: 'present', makeUp: true, version: 2 });
    const standing = (await call(facilitator, 'GET', `/participants/${visitor}/standing`)).json();
    expect(standing.standing).toMatchObject({ creditedSessions: 1, madeUp: 1 });
  });

  it('is refused when the person’s program forbids make-ups, when they are placed nowhere, and when entry would be refused', async () => {
    const strict = await givenGroup({ policy: { makeUpsAllowed: false } });
    const bound = await givenMember(strict);
    const host = await givenGroup();
    const url = `/sessions/${host.sessions[6]}/make-ups`;
    expect((await call(facilitator, 'POST', url, { participantId: bound, status: 'present' })).json()).toMatchObject({ status: 422, code: 'attendance.make_ups_not_allowed' });
    const unplaced = (await givenParticipant(database.kysely, agencyId)).id;
    expect((await call(facilitator, 'POST', url, { participantId: unplaced, status: 'present' })).json()).toMatchObject({ status: 422, code: 'attendance.make_up_not_enrolled' });
    const visitor = await givenMember(await givenGroup());
    expect((await call(facilitator, 'POST', url, { participantId: visitor, status: 'late', minutesLate: 45 })).json()).toMatchObject({ status: 400, code: 'attendance.late_is_refused_entry' });
    expect((await call(facilitator, 'POST', url, { participantId: visitor, status: 'unexcused' })).statusCode).toBe(400);
    expect(await marksAt(host.sessions[6]!)).toEqual([]);
  });
});

describe('concerns', () => {
  it('tells the partner side of a threat at once, and puts it first in the manager’s open list until acknowledged', async () => {
    const group = await givenGroup();
    const person = await givenMember(group, { givenName: 'Terry', familyName: 'Threat' });
    const session = group.sessions[6]!;
    const url = `/sessions/${session}/concerns`;
    const homework = await call(facilitator, 'POST', url, { participantId: person, kind: 'homework_not_done', severity: 'low' });
    expect(homework.statusCode).toBe(201);
    expect(homework.json()).toMatchObject({ kind: 'homework_not_done', urgent: false, threatTarget: null });
    const threat = await call(facilitator, 'POST', url, { participantId: person, kind: 'threat', threatTarget: 'partner', severity: 'high' });
    expect(threat.statusCode).toBe(201);
    expect(threat.json()).toMatchObject({ urgent: true, threatTarget: 'partner' });

    const notices = await noticesOf(person);
    expect(notices.map((n) => [n.type, n.reason_code, n.urgent, n.event_key]).sort()).toEqual(
      [
        ['non_compliance', 'homework_not_done', false, `concern:${homework.json().concernId}`],
        ['threat', 'threat_partner', true, `concern:${threat.json().concernId}`],
      ].sort(),
    );
    // Due within the policy's 4 hours of being raised, not days after the session.
    expect(notices.find((n) => n.type === 'threat')!.due_at).toEqual(new Date(clock.now().getTime() + 4 * 3_600_000));

    const open = (await call(manager, 'GET', '/concerns?open=true')).json();
    expect(open[0]).toMatchObject({ concernId: threat.json().concernId, participantName: 'Terry Threat', kind: 'threat', threatTarget: 'partner', severity: 'high', sessionDate: '2026-11-17', facilitatorName: 'Staff facilitator', groupName: group.name });
    expect(open.map((c: { concernId: string }) => c.concernId)).toContain(homework.json().concernId);

    const ack = await call(manager, 'POST', `/concerns/${threat.json().concernId}/acknowledge`, {});
    expect(ack.statusCode).toBe(200);
    expect((await call(manager, 'POST', `/concerns/${threat.json().concernId}/acknowledge`, {})).json()).toMatchObject({ status: 409, code: 'attendance.concern_already_acknowledged' });
    const after = (await call(manager, 'GET', '/concerns')).json();
    expect(after.map((c: { concernId: string }) => c.concernId)).not.toContain(threat.json().concernId);
    const all = (await call(manager, 'GET', '/concerns?open=false')).json();
    expect(all.find((c: { concernId: string }) => c.concernId === threat.json().concernId)).toMatchObject({ acknowledgedAt: clock.now().toISOString() });
    const audit = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agencyId).where('type', 'in', ['concern.raised', 'concern.acknowledged']).execute();
    expect(audit).toContainEqual({ type: 'concern.raised', details: { concernId: threat.json().concernId, sessionId: session, kind: 'threat', urgent: true } });
    expect(audit).toContainEqual({ type: 'concern.acknowledged', details: { concernId: threat.json().concernId } });
  });

  it('is for managers to list: a facilitator finds no such list', async () => {
    expect((await call(facilitator, 'GET', '/concerns')).statusCode).toBe(404);
    expect((await call(intake, 'GET', '/concerns')).statusCode).toBe(404);
  });

  it('needs a target for a threat and none otherwise, and someone on the roster', async () => {
    const group = await givenGroup();
    const person = await givenMember(group);
    const url = `/sessions/${group.sessions[6]}/concerns`;
    expect((await call(facilitator, 'POST', url, { participantId: person, kind: 'threat', severity: 'high' }, 'fr-CA')).json()).toMatchObject({ status: 400, code: 'attendance.threat_target_required', errors: [{ path: 'body.threatTarget' }] });
    expect((await call(facilitator, 'POST', url, { participantId: person, kind: 'impaired', threatTarget: 'child', severity: 'low' })).json()).toMatchObject({ code: 'attendance.threat_target_only_for_threat' });
    const stranger = await givenMember(await givenGroup());
    expect((await call(facilitator, 'POST', url, { participantId: stranger, kind: 'impaired', severity: 'low' })).json()).toMatchObject({ status: 422, code: 'attendance.not_on_roster' });
    expect(await noticesOf(person)).toEqual([]);
  });
});

describe('session notes', () => {
  it('are encrypted at rest, readable by facilitators and managers, audited when read, and go nowhere else', async () => {
    const group = await givenGroup();
    const person = await givenMember(group, { givenName: 'Noah', familyName: 'Notes' });
    const session = group.sessions[6]!;
    const text = `Spoke about his ex-partner with contempt NOTE-${randomUUID()}`;
    const written = await call(facilitator, 'POST', `/sessions/${session}/notes`, { participantId: person, text });
    expect(written.statusCode).toBe(201);
    expect(written.json()).toMatchObject({ participantId: person, participantName: 'Noah Notes', text, writtenByName: 'Staff facilitator' });
    clock.advance(60_000);
    await call(facilitator, 'POST', `/sessions/${session}/notes`, { text: 'Whole group: good discussion of respect.' });

    const raw = await database.kysely.selectFrom('session_note').select('note_encrypted').where('session_id', '=', session).execute();
    expect(raw).toHaveLength(2);
    expect(JSON.stringify(raw)).not.toContain('NOTE-');
    expect(JSON.stringify(raw)).not.toContain('contempt');

    for (const reader of [facilitator, manager]) {
      const read = await call(reader, 'GET', `/sessions/${session}/notes`);
      expect(read.statusCode).toBe(200);
      expect(read.json().map((n: { text: string }) => n.text)).toEqual([text, 'Whole group: good discussion of respect.']);
    }
    expect((await call(intake, 'GET', `/sessions/${session}/notes`)).statusCode).toBe(404);
    expect((await call(partnerContact, 'GET', `/sessions/${session}/notes`)).statusCode).toBe(404);
    const views = await database.kysely.selectFrom('audit_event').select(['actor_user_id', 'subject_id']).where('type', '=', 'record.viewed').where('subject_type', '=', 'session_note').where('subject_id', '=', written.json().noteId).execute();
    expect(views.map((v) => v.actor_user_id).sort()).toEqual([facilitator.userId, manager.userId].sort());
    const everywhere = await database.kysely.selectFrom('audit_event').select('details').where('agency_id', '=', agencyId).execute();
    expect(JSON.stringify(everywhere)).not.toContain('NOTE-');
    expect(JSON.stringify(await noticesOf(person))).not.toContain('NOTE-');
  });
});

describe('standing', () => {
  it('shows a participant’s placement, history and standing, and a group’s members worst first', async () => {
    const group = await givenGroup({ policy: { pendingDischargeAtUnexcused: 2 } });
    const steady = await givenMember(group, { givenName: 'Steady', familyName: 'One' });
    const slipping = await givenMember(group, { givenName: 'Slipping', familyName: 'Two' });
    for (const [index, session] of group.sessions.slice(0, 7).entries()) {
      const slip = index === 2 || index === 5 ? 'unexcused' : 'present';
      expect((await putMarks(facilitator, session, [{ participantId: steady, status: 'present' }, { participantId: slipping, status: slip }])).statusCode).toBe(200);
    }
    await database.kysely.updateTable('group_session').set({ status: 'cancelled', cancel_reason: 'Facilitator ill' }).where('id', '=', group.sessions[1]!).execute();

    const response = await call(intake, 'GET', `/participants/${steady}/standing`, undefined, 'fr-CA');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.enrolment).toMatchObject({ groupId: group.groupId, groupName: group.name, firstSessionNumber: 1 });
    expect(body.enrolment.streamName).toMatch(/^Volet /);
    expect(body.marks).toHaveLength(7);
    expect(body.marks[1]).toMatchObject({ sessionNumber: 2, sessionDate: '2026-10-13', status: 'present', sessionCancelled: true });
    // Six held sessions attended (session 2 was cancelled afterwards): the five still scheduled cannot reach 12.
    expect(body.standing).toMatchObject({ creditedSessions: 6, sessionsRequired: 12, remaining: 6, attended: 6, anticipatedCompletionDate: null, standing: 'at_risk', reasons: ['not_enough_sessions_scheduled'] });

    const facts = await scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] }).transaction((trx) => findStandingFacts(trx, slipping, '2026-11-21'));
    expect(facts).toEqual({ creditedSessions: 4, sessionsRequired: 12, feesRequiredForCompletion: false, standing: 'pending_discharge' });
    const unplaced = (await givenParticipant(database.kysely, agencyId)).id;
    expect(await scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] }).transaction((trx) => findStandingFacts(trx, unplaced, '2026-11-21'))).toBeNull();

    const standings = (await call(facilitator, 'GET', `/groups/${group.groupId}/standings`)).json();
    expect(standings.members.map((m: { name: string; standing: { standing: string } }) => [m.name, m.standing.standing])).toEqual([
      ['Slipping Two', 'pending_discharge'],
      ['Steady One', 'at_risk'],
    ]);
    expect((await call(partnerContact, 'GET', `/groups/${group.groupId}/standings`)).statusCode).toBe(404);
    expect((await call(partnerContact, 'GET', `/participants/${steady}/standing`)).statusCode).toBe(404);
  });

  it('weighs the court’s deadline from the latest referral', async () => {
    const group = await givenGroup({ count: 14 });
    const person = await givenMember(group);
    await database.kysely
      .insertInto('referral')
      .values({ agency_id: agencyId, participant_id: person, source: 'court', stream: 'probation_order', complete_by: '2026-12-31', status: 'accepted', received_at: new Date('2026-09-01T12:00:00Z'), idempotency_key: `deadline-${person}` })
      .execute();
    for (const session of group.sessions.slice(0, 7)) await putMarks(facilitator, session, [{ participantId: person, status: 'present' }]);
    // 7 credited, 5 to go: sessions 8–12 fall on 2026-11-24 … 2026-12-22, before the deadline.
    let standing = (await call(facilitator, 'GET', `/participants/${person}/standing`)).json();
    expect(standing).toMatchObject({ completeBy: '2026-12-31', standing: { standing: 'on_track', anticipatedCompletionDate: '2026-12-22' } });
    await database.kysely.updateTable('referral').set({ complete_by: '2026-12-15' }).where('participant_id', '=', person).execute();
    standing = (await call(facilitator, 'GET', `/participants/${person}/standing`)).json();
    expect(standing.standing).toMatchObject({ standing: 'at_risk', reasons: ['deadline_at_risk'] });
  });
});
