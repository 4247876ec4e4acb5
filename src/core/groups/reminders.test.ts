import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor } from '../access/index.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import { ReceiveReferralInput, receiveReferral } from '../referrals/index.js';
import type { Ctx } from '../shared/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { scheduleSessionReminders } from './reminders.js';

let database: TestDatabase;
beforeAll(async () => {
  // Its own database on a server: the scheduler visits every agency, other files' included.
  database = await openTestDatabase({ fresh: true });
});
afterAll(async () => {
  await database?.close();
});

// Monday 10:00 in Sudbury; the group meets on Tuesdays at 18:30 (23:30 UTC in November).
const now = new Date('2026-11-23T15:00:00Z');
const at = (iso: string) => new Date(iso);

/** An agency running one in-person group with sessions before, inside, and after the reminder window. */
async function givenGroupWithSessions() {
  const db = database.kysely;
  const agency = await givenAgency(db, { name: 'Northern Family Services' });
  await db.updateTable('agency').set({ name_fr: 'Services familiaux du Nord' }).where('id', '=', agency.id).execute();
  const site = await givenSite(db, agency.id, { name: 'Sudbury', timeZone: 'America/Toronto' });
  await db.updateTable('site').set({ name_fr: 'Grand Sudbury' }).where('id', '=', site.id).execute();
  const stream = await db.insertInto('program_stream').values({ agency_id: agency.id, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy: { delivery: 'in_person' } }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('curriculum_topic').values([
    { agency_id: agency.id, stream_id: stream.id, position: 1, title: 'Taking responsibility', title_fr: 'Assumer ses responsabilités' },
    { agency_id: agency.id, stream_id: stream.id, position: 2, title: 'Healthy relationships', title_fr: 'Relations saines' },
  ]).execute();
  const group = await db
    .insertInto('group_cycle')
    .values({ agency_id: agency.id, stream_id: stream.id, name: 'Tuesday evening', site_id: site.id, room: '2B', weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: '2026-11-17', capacity: 12 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = async (number: number, startsAt: string, extra: { status?: 'cancelled'; cancel_reason?: string } = {}) =>
    (await db.insertInto('group_session').values({ agency_id: agency.id, group_id: group.id, number, topic_position: 1, starts_at: at(startsAt), local_date: startsAt.slice(0, 10), minutes: 120, ...extra }).returning('id').executeTakeFirstOrThrow()).id;
  return {
    agency,
    groupId: group.id,
    past: await session(1, '2026-11-17T23:30:00Z'),
    next: await session(2, '2026-11-24T23:30:00Z'),
    cancelled: await session(3, '2026-11-25T00:30:00Z', { status: 'cancelled', cancel_reason: 'Facilitator away' }),
    later: await session(4, '2026-12-01T23:30:00Z'),
  };
}

async function enrol(agencyId: string, groupId: string, participantId: string, status: 'active' | 'ended' = 'active') {
  await database.kysely
    .insertInto('enrolment')
    .values({ agency_id: agencyId, participant_id: participantId, group_id: groupId, enrolled_at: at('2026-11-10T15:00:00Z'), status, ended_at: status === 'ended' ? at('2026-11-20T15:00:00Z') : null, end_reason: status === 'ended' ? 'withdrawn' : null })
    .execute();
}

/** A participant referred through the real use case, with a partner passed to the drop box: the partner's details are canaries. */
async function givenReferredParticipantWithPartner(agencyId: string) {
  const intakeCtx: Ctx = {
    actor: { kind: 'staff', userId: randomUUID(), agencyId, roles: ['intake'], sessionId: randomUUID() },
    db: scopeToAgency(database.kysely, agencyId, { compartments: compartmentsFor(['intake']) }),
    keyring: testKeyring(),
    now,
    locale: 'en-CA',
    requestId: 'reminders-test',
  };
  const canaries = { partner: `CANARY-PARTNER-${randomUUID()}`, address: `CANARY-ADDRESS-${randomUUID()}`, charge: `CANARY-CHARGE-${randomUUID()}`, courtFile: `CF-${randomUUID().slice(0, 8)}` };
  const receipt = await receiveReferral(intakeCtx, ReceiveReferralInput.parse({
    idempotencyKey: `reminders-${randomUUID()}`,
    participant: { givenName: 'Quentin', familyName: 'Ravelstone', dateOfBirth: '1980-02-02', gender: 'man', groupGender: 'men', language: 'en' },
    referral: { source: 'court', stream: 'early_intervention', courtFileNumber: canaries.courtFile, charges: [canaries.charge] },
    partners: [{ fullName: canaries.partner, relationship: 'victim', phone: '+14165550199', address: canaries.address }],
  }));
  await database.kysely.updateTable('participant').set({ email: 'quentin@example.org', reminders_opt_in: true }).where('id', '=', receipt.participantId).execute();
  return { participantId: receipt.participantId, canaries: [...Object.values(canaries), '+14165550199', '4165550199'] };
}

const outboxOf = (agencyId: string) =>
  database.kysely.selectFrom('outbox_message').selectAll().where('agency_id', '=', agencyId).orderBy('idempotency_key').execute();

describe('session reminders', () => {
  it('reminds the opted-in members with an email, once, in their language, for the sessions 24 to 48 hours away', async () => {
    const world = await givenGroupWithSessions();
    const { agency, groupId } = world;
    const people = {
      english: await givenParticipant(database.kysely, agency.id, { givenName: 'Armand', familyName: 'Whitlock', email: 'armand@example.org', remindersOptIn: true }),
      french: await givenParticipant(database.kysely, agency.id, { givenName: 'Benoît', familyName: 'Gagnon-Lévesque', language: 'fr', email: 'benoit@example.org', remindersOptIn: true }),
      other: await givenParticipant(database.kysely, agency.id, { givenName: 'Casimir', familyName: 'Oyelaran', email: 'casimir@example.org', remindersOptIn: true }),
      notOptedIn: await givenParticipant(database.kysely, agency.id, { givenName: 'Desmond', familyName: 'Farquhar', email: 'desmond@example.org', remindersOptIn: false }),
      noEmail: await givenParticipant(database.kysely, agency.id, { givenName: 'Evander', familyName: 'Holloway', remindersOptIn: true }),
      left: await givenParticipant(database.kysely, agency.id, { givenName: 'Fitzgerald', familyName: 'Ambrose', email: 'fitz@example.org', remindersOptIn: true }),
    };
    await database.kysely.updateTable('participant').set({ language: 'other', language_other: 'Tagalog' }).where('id', '=', people.other.id).execute();
    for (const [name, person] of Object.entries(people)) await enrol(agency.id, groupId, person.id, name === 'left' ? 'ended' : 'active');
    const referred = await givenReferredParticipantWithPartner(agency.id);
    await enrol(agency.id, groupId, referred.participantId);

    const run = await scheduleSessionReminders({ kysely: database.kysely }, now);
    expect(run.failedAgencies).toBe(0);
    const rows = await outboxOf(agency.id);
    expect(rows.map((row) => [row.idempotency_key, row.to_address, row.locale]).sort()).toEqual(
      [
        [`reminder:${world.next}:${people.english.id}`, 'armand@example.org', 'en-CA'],
        [`reminder:${world.next}:${people.french.id}`, 'benoit@example.org', 'fr-CA'],
        [`reminder:${world.next}:${people.other.id}`, 'casimir@example.org', 'en-CA'],
        [`reminder:${world.next}:${referred.participantId}`, 'quentin@example.org', 'en-CA'],
      ].sort(),
    );
    expect(rows.every((row) => row.compartment === 'participant' && row.kind === 'session.reminder' && row.send_after.getTime() === now.getTime())).toBe(true);

    const english = rows.find((row) => row.to_address === 'armand@example.org')!;
    expect(english.subject).toBe('Reminder: group session on Tuesday 2026-11-24');
    expect(english.body_text).toContain('When: Tuesday 2026-11-24 at 6:30 p.m.');
    expect(english.body_text).toContain('Where: Sudbury, room 2B');
    expect(english.body_text).toContain('Topic: Taking responsibility');
    expect(english.body_text).toContain('please let Northern Family Services know');
    const french = rows.find((row) => row.to_address === 'benoit@example.org')!;
    expect(french.subject).toBe('Rappel : séance de groupe le mardi 2026-11-24');
    expect(french.body_text).toContain('Quand : le mardi 2026-11-24 à 18 h 30');
    expect(french.body_text).toContain('Où : Grand Sudbury, salle 2B');
    expect(french.body_text).toContain('Thème : Assumer ses responsabilités');
    expect(french.body_text).toContain('Services familiaux du Nord');

    // Nobody's name (not even the recipient's), no charge, no court file, nothing about a partner.
    const everything = JSON.stringify(rows);
    const names = ['Armand', 'Whitlock', 'Benoît', 'Gagnon', 'Casimir', 'Oyelaran', 'Desmond', 'Farquhar', 'Evander', 'Fitzgerald', 'Quentin', 'Ravelstone', 'Tagalog'];
    for (const text of [...names, ...referred.canaries]) expect(everything).not.toContain(text);

    // Every cycle runs it again: nothing new is written.
    expect(await scheduleSessionReminders({ kysely: database.kysely }, new Date(now.getTime() + 30_000))).toMatchObject({ reminders: 0 });
    expect(await outboxOf(agency.id)).toHaveLength(4);
  });

  it('writes nothing for a cancelled session, and reminds of a session only once it is 48 hours away', async () => {
    const world = await givenGroupWithSessions();
    const person = await givenParticipant(database.kysely, world.agency.id, { email: 'sam@example.org', remindersOptIn: true });
    await enrol(world.agency.id, world.groupId, person.id);
    await scheduleSessionReminders({ kysely: database.kysely }, now);
    expect((await outboxOf(world.agency.id)).map((row) => row.idempotency_key)).toEqual([`reminder:${world.next}:${person.id}`]);
    // A week later the next Tuesday comes into the window (the cancelled session has passed).
    await scheduleSessionReminders({ kysely: database.kysely }, new Date('2026-11-30T15:00:00Z'));
    expect((await outboxOf(world.agency.id)).map((row) => row.idempotency_key).sort()).toEqual([`reminder:${world.next}:${person.id}`, `reminder:${world.later}:${person.id}`].sort());
    expect(JSON.stringify(await outboxOf(world.agency.id))).not.toContain(world.cancelled);
  });

  it('sends "we missed you" once after an absence (excused, unexcused or refused entry), never after attending', async () => {
    const world = await givenGroupWithSessions();
    const { agency, groupId } = world;
    const absent = await givenParticipant(database.kysely, agency.id, { givenName: 'Gideon', email: 'gideon@example.org', remindersOptIn: true });
    const excused = await givenParticipant(database.kysely, agency.id, { givenName: 'Horatio', language: 'fr', email: 'horatio@example.org', remindersOptIn: true });
    const refused = await givenParticipant(database.kysely, agency.id, { givenName: 'Ignatius', email: 'ignatius@example.org', remindersOptIn: true });
    const present = await givenParticipant(database.kysely, agency.id, { givenName: 'Jasper', email: 'jasper@example.org', remindersOptIn: true });
    const quiet = await givenParticipant(database.kysely, agency.id, { givenName: 'Kendrick', email: 'kendrick@example.org', remindersOptIn: false });
    for (const person of [absent, excused, refused, present, quiet]) await enrol(agency.id, groupId, person.id);
    const mark = (participantId: string, status: 'present' | 'unexcused' | 'excused' | 'refused_entry', reason: string | null = null) => ({
      agency_id: agency.id, session_id: world.past, participant_id: participantId, status, reason, recorded_at: at('2026-11-18T01:30:00Z'),
    });
    await database.kysely.insertInto('attendance_mark').values([
      mark(absent.id, 'unexcused'), mark(excused.id, 'excused', 'Working a night shift'), mark(refused.id, 'refused_entry'), mark(present.id, 'present'), mark(quiet.id, 'unexcused'),
    ]).execute();

    await scheduleSessionReminders({ kysely: database.kysely }, now);
    await scheduleSessionReminders({ kysely: database.kysely }, new Date(now.getTime() + 60_000));
    const missed = (await outboxOf(agency.id)).filter((row) => row.kind === 'session.missed');
    expect(missed.map((row) => row.idempotency_key).sort()).toEqual([absent.id, excused.id, refused.id].map((id) => `missed:${world.past}:${id}`).sort());
    const french = missed.find((row) => row.to_address === 'horatio@example.org')!;
    expect(french.subject).toBe('Vous nous avez manqué le mardi 2026-11-17');
    expect(french.body_text).toContain('veuillez communiquer avec Services familiaux du Nord');
    const english = missed.find((row) => row.to_address === 'gideon@example.org')!;
    expect(english.body_text).toContain('We missed you at the group session on Tuesday 2026-11-17.');
    // The reason given for an excused absence and the kind of absence stay in the file.
    expect(JSON.stringify(missed)).not.toMatch(/night shift|unexcused|refused|excused/i);
  });

  it('keeps each agency’s reminders in that agency', async () => {
    const one = await givenGroupWithSessions();
    const two = await givenGroupWithSessions();
    const a = await givenParticipant(database.kysely, one.agency.id, { email: 'a@example.org', remindersOptIn: true });
    const b = await givenParticipant(database.kysely, two.agency.id, { email: 'b@example.org', remindersOptIn: true });
    await enrol(one.agency.id, one.groupId, a.id);
    await enrol(two.agency.id, two.groupId, b.id);
    await scheduleSessionReminders({ kysely: database.kysely }, now);
    expect((await outboxOf(one.agency.id)).map((row) => row.to_address)).toEqual(['a@example.org']);
    expect((await outboxOf(two.agency.id)).map((row) => row.to_address)).toEqual(['b@example.org']);
  });
});
