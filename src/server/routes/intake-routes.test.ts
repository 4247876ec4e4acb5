import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { givenAgency, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** From referral to waitlist through the API, as an intake worker would, with every refusal explained. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let intake: StaffSession;
let siteId: string;
let agencyId: string;

/** Moves the clock (days) and signs in again: a session would not outlive the jump. */
async function daysLater(days: number): Promise<void> {
  clock.advance(days * 86_400_000);
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  const agency = await givenAgency(database.kysely);
  agencyId = agency.id;
  siteId = (await givenSite(database.kysely, agency.id, { name: 'Kenora', timeZone: 'America/Winnipeg' })).id;
  intake = await givenStaffSession(database.kysely, agency.id, ['intake'], clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const send = (method: 'POST' | 'GET', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...intake.headers, 'accept-language': lang }, ...(payload ? { payload: payload as object } : {}) });

async function referSomeone(key: string): Promise<string> {
  const response = await send('POST', '/referrals', {
    idempotencyKey: key,
    participant: { givenName: 'Sam', familyName: `Walker-${key}`, dateOfBirth: '1979-09-09', gender: 'man', groupGender: 'men', language: 'en' },
    referral: { source: 'court', stream: 'early_intervention', orderDate: '2026-11-01' },
  });
  expect(response.statusCode).toBe(201);
  return response.json().participantId;
}

const file = async (id: string) => (await send('GET', `/participants/${id}`)).json();

describe('intake, from referral to the waitlist', () => {
  it('books at the site’s local time, assesses, takes consents, waitlists; refusals say what is missing', async () => {
    const id = await referSomeone('journey-0001');
    expect((await file(id)).caseState).toBe('referred');

    const booked = await send('POST', `/participants/${id}/intake-appointment`, { mode: 'in_person', siteId, startsAtLocal: '2026-11-24T18:30', version: 1 });
    expect(booked.statusCode).toBe(200);
    // Kenora keeps Central time: 18:30 there is 00:30 UTC the next day.
    expect(booked.json()).toMatchObject({ startsAt: '2026-11-25T00:30:00.000Z', timeZone: 'America/Winnipeg' });

    const assessed = await send('POST', `/participants/${id}/assessments`, { answers: { substanceUse: 'some', mentalHealthScreen: 'no_concerns', readiness: 'motivated' }, suitability: 'suitable', version: booked.json().version });
    expect(assessed.statusCode).toBe(201);

    const early = await send('POST', `/participants/${id}/transitions`, { transition: 'waitlist', version: assessed.json().version }, 'fr-CA');
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'case.consents_missing' });
    expect(early.json().detail).toContain('Les quatre consentements');

    for (const kind of ['limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement']) {
      expect((await send('POST', `/participants/${id}/consents`, { kind, method: 'typed_name', signedName: 'Sam Walker' })).statusCode).toBe(201);
    }
    const before = await file(id);
    expect(before.availableTransitions).toEqual(expect.arrayContaining(['waitlist', 'withdraw', 'transfer']));
    const waitlisted = await send('POST', `/participants/${id}/transitions`, { transition: 'waitlist', version: before.version });
    expect(waitlisted.statusCode).toBe(200);
    expect(waitlisted.json()).toMatchObject({ from: 'assessed', to: 'waitlisted' });

    const after = await file(id);
    expect(after.history.map((h: { transition: string }) => h.transition)).toEqual(['book_intake', 'record_assessment', 'waitlist']);
    expect(after.history[0].byName).toBe('Staff intake');
    expect(after.consents).toHaveLength(4);
    await daysLater(3);
    const waitlist = (await send('GET', '/waitlist?groupGender=men')).json();
    expect(waitlist).toContainEqual(expect.objectContaining({ participantId: id, stream: 'early_intervention', daysWaited: 3 }));
  });

  it('refuses a stale decision, a decision without a reason, and an unsuitable finding without one', async () => {
    const id = await referSomeone('journey-0002');
    const stale = await send('POST', `/participants/${id}/transitions`, { transition: 'withdraw', reason: 'moved', version: 99 });
    expect(stale.statusCode).toBe(409);
    const noReason = await send('POST', `/participants/${id}/transitions`, { transition: 'withdraw', version: 1 });
    expect(noReason.json()).toMatchObject({ code: 'case.reason_required' });
    const notYet = await send('POST', `/participants/${id}/transitions`, { transition: 'start', version: 1 });
    expect(notYet.json()).toMatchObject({ code: 'case.not_from_this_state' });
    expect(notYet.json().detail).toContain('referred');
    const unsuitable = await send('POST', `/participants/${id}/assessments`, { answers: { substanceUse: 'none', mentalHealthScreen: 'urgent_referral' }, suitability: 'unsuitable', version: 1 });
    expect(unsuitable.json()).toMatchObject({ code: 'intake.reasons_required' });
    const past = await send('POST', `/participants/${id}/intake-appointment`, { mode: 'phone', siteId, startsAtLocal: '2020-01-01T10:00', version: 1 });
    expect(past.json()).toMatchObject({ code: 'intake.time_in_past' });
    expect((await file(id)).history).toEqual([]);
  });

  it('lists who awaits intake with the date it is due, and what is overdue', async () => {
    const id = await referSomeone('journey-0003');
    const list = (await send('GET', '/intake/worklist')).json();
    const item = list.find((entry: { participantId: string }) => entry.participantId === id);
    expect(item).toMatchObject({ caseState: 'referred', overdue: false, appointment: null });
    await daysLater(15);
    const later = (await send('GET', '/intake/worklist')).json().find((entry: { participantId: string }) => entry.participantId === id);
    expect(later.overdue).toBe(true);
  });
});

describe('referral decisions and declared income', () => {
  it('accepts once, refuses a second decision, and returns another referral with its reason', async () => {
    const id = await referSomeone('decide-0001');
    const referralId = (await file(id)).referrals[0].id;
    const accepted = await send('POST', `/referrals/${referralId}/decision`, { decision: 'accept', version: 1 });
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    const again = await send('POST', `/referrals/${referralId}/decision`, { decision: 'return', reason: 'wrong agency', version: 2 }, 'fr-CA');
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain('accepté');
    const other = (await file(await referSomeone('decide-0002'))).referrals[0].id;
    expect((await send('POST', `/referrals/${other}/decision`, { decision: 'return', version: 1 })).statusCode).toBe(400);
    expect((await send('POST', `/referrals/${other}/decision`, { decision: 'duplicate', duplicateOf: other, version: 1 })).json().code).toBe('referrals.duplicate_of_itself');
    expect((await send('POST', `/referrals/${other}/decision`, { decision: 'return', reason: 'Lives outside our region', version: 1 })).json().status).toBe('returned');
  });

  it('keeps declared income for intake and finance, version-checked; a facilitator finds nothing', async () => {
    const id = await referSomeone('income-0001');
    expect((await send('GET', `/participants/${id}/income`)).json()).toBeNull();
    const put = (payload: unknown) => app.inject({ method: 'PUT', url: `/api/v1/participants/${id}/income`, headers: intake.headers, payload: payload as object });
    const first = await put({ householdSize: 3, annualIncomeCents: 5_250_000, version: 0 });
    expect(first.json()).toMatchObject({ householdSize: 3, annualIncomeCents: 5_250_000, version: 1 });
    expect((await put({ householdSize: 4, annualIncomeCents: 1, version: 0 })).statusCode).toBe(409);
    const facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
    const hidden = await app.inject({ url: `/api/v1/participants/${id}/income`, headers: facilitator.headers });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('5250000');
  });
});

describe('correcting the participant record', () => {
  const put = (id: string, payload: unknown, lang = 'en-CA') =>
    app.inject({ method: 'PUT', url: `/api/v1/participants/${id}`, headers: { ...intake.headers, 'accept-language': lang }, payload: payload as object });
  const record = { givenName: 'Sam', familyName: 'Walker-edit-0001', preferredName: 'Sammy', dateOfBirth: '1979-09-09', gender: 'man', groupGender: 'men', pronouns: 'he/him', language: 'fr', phone: '(807) 555-0142', safeToLeaveMessages: true, address: { street: '12 Main St', city: 'Kenora', province: 'ON', postalCode: 'p9n1a1' }, accessibilityNeeds: 'Ground floor room' };

  it('saves every field, normalises phone and postal code, audits field names only, and refuses a stale version', async () => {
    const id = await referSomeone('edit-0001');
    const saved = await put(id, { ...record, version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ version: 2 });
    const after = await file(id);
    expect(after).toMatchObject({ preferredName: 'Sammy', language: 'fr', phone: '+18075550142', safeToLeaveMessages: true, address: { postalCode: 'P9N 1A1', city: 'Kenora' }, accessibilityNeeds: 'Ground floor room', version: 2 });
    const audit = await database.kysely.selectFrom('audit_event').select(['details']).where('type', '=', 'participant.updated').where('subject_id', '=', id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('Sammy');
    expect((audit[0]!.details as { fields: string[] }).fields).toEqual(expect.arrayContaining(['preferredName', 'phone', 'postalCode']));

    const stale = await put(id, { ...record, preferredName: 'Samuel', version: 1 }, 'fr-CA');
    expect(stale.statusCode).toBe(409);
    expect((await file(id)).preferredName).toBe('Sammy');
    // Sending what is already there changes nothing, not even the version.
    expect((await put(id, { ...record, version: 2 })).json()).toEqual({ version: 2 });
  });

  it('names each bad field (birth date, phone, postal code, other language) and keeps the record as it was', async () => {
    const id = await referSomeone('edit-0002');
    const bad = await put(id, { ...record, dateOfBirth: '2030-01-01', phone: '12', address: { ...record.address, postalCode: 'ZZZ' }, language: 'other', version: 1 }, 'fr-CA');
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.dateOfBirth', 'body.phone', 'body.address.postalCode', 'body.languageOther']));
    expect((await file(id)).version).toBe(1);
    const facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
    const denied = await app.inject({ method: 'PUT', url: `/api/v1/participants/${id}`, headers: facilitator.headers, payload: { ...record, version: 1 } });
    // The facilitator reads files but may not change them: the write does not exist for them.
    expect(denied.statusCode).toBe(404);
  });

  it('turns reminders on only with an email address on file', async () => {
    const id = await referSomeone('remind-0001');
    const reminders = (optIn: boolean) => app.inject({ method: 'PUT', url: `/api/v1/participants/${id}/reminders`, headers: intake.headers, payload: { optIn } });
    expect((await reminders(true)).json().code).toBe('participants.email_required');
    expect((await put(id, { ...record, email: 'sam@example.org', version: 1 })).statusCode).toBe(200);
    expect((await reminders(true)).json()).toEqual({ remindersOptIn: true });
    expect((await file(id)).remindersOptIn).toBe(true);
  });

  it('marks a second referral a duplicate of the first, with versions from the file', async () => {
    const id = await referSomeone('dup-0001');
    const again = await send('POST', '/referrals', { idempotencyKey: 'dup-0002', participant: { existingId: id }, referral: { source: 'central_intake', stream: 'early_intervention' } });
    const referrals = (await file(id)).referrals as { id: string; version: number; source: string }[];
    const second = referrals.find((r) => r.source === 'central_intake')!;
    const first = referrals.find((r) => r.source === 'court')!;
    const marked = await send('POST', `/referrals/${second.id}/decision`, { decision: 'duplicate', duplicateOf: first.id, version: second.version });
    expect(again.statusCode).toBe(201);
    expect(marked.json()).toMatchObject({ status: 'duplicate' });
    expect((await file(id)).referrals.find((r: { id: string }) => r.id === second.id)).toMatchObject({ status: 'duplicate', duplicateOf: first.id, version: 2 });
  });
});
