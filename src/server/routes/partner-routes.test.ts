import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** The partner file through the API, as the partner-contact team uses it, and as nobody else can. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let logLines: () => string[];
let agencyId: string;
let worker: StaffSession;
let lead: StaffSession;
let intake: StaffSession;
let outsiders: Record<'facilitator' | 'intake' | 'manager', StaffSession>;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock, logLines } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely)).id;
  worker = await givenStaffSession(database.kysely, agencyId, ['partner_contact'], clock.now());
  lead = await givenStaffSession(database.kysely, agencyId, ['partner_contact_lead'], clock.now());
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
  outsiders = {
    facilitator: await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now()),
    intake,
    manager: await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now()),
  };
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

/** A partner passed through the drop box by intake, as at referral. */
async function givenPassedPartner(fullName: string): Promise<string> {
  const receipt = await call(intake, 'POST', '/partners', { fullName });
  expect(receipt.statusCode, receipt.body).toBe(201);
  expect(Object.keys(receipt.json()).sort()).toEqual(['id', 'passedAt']);
  return receipt.json().id as string;
}

describe('the partner file through the API', () => {
  it('lets the team find a partner passed on by intake, ignoring accents, and open the file', async () => {
    const partnerId = await givenPassedPartner('Anaïs Lévesque-Route');
    const found = await call(worker, 'GET', `/partners?query=${encodeURIComponent('anais levesque')}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toEqual({ items: [{ id: partnerId, fullName: 'Anaïs Lévesque-Route', relationship: null, language: null, consent: null, participantId: null }], more: false });
    const file = await call(lead, 'GET', `/partners/${partnerId}`);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json()).toMatchObject({ id: partnerId, fullName: 'Anaïs Lévesque-Route', children: [], childProtectionDuty: false, preferences: [], consent: { current: null, history: [] }, version: 1 });
  });

  it('saves the details and children, then refuses the stale copy with a message to reload', async () => {
    const partnerId = await givenPassedPartner('Jo Details-Route');
    const saved = await call(worker, 'PUT', `/partners/${partnerId}`, { fullName: 'Jo Details-Route', relationship: 'current_partner', language: 'en', childrenAges: [2, 15], version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ relationship: 'current_partner', children: [{ age: 15 }, { age: 2 }], childProtectionDuty: true, version: 2 });
    const stale = await call(lead, 'PUT', `/partners/${partnerId}`, { fullName: 'Jo Details-Route', relationship: 'victim', language: 'fr', childrenAges: [], version: 1 }, 'fr-CA');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'partners.stale_partner' });
    expect(stale.json().detail).toContain('Rechargez la page');
    const badAge = await call(worker, 'PUT', `/partners/${partnerId}`, { fullName: 'Jo', relationship: null, language: null, childrenAges: [30], version: 2 });
    expect(badAge.statusCode).toBe(400);
  });

  it('adds, edits and retires a contact preference, with field messages in the reader’s language', async () => {
    const partnerId = await givenPassedPartner('Sam Preferences-Route');
    const bad = await call(worker, 'POST', `/partners/${partnerId}/preferences`, { channel: 'phone', value: '12', safe: true, voicemailOk: false }, 'fr-CA');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'body.value', code: 'partners.phone', message: expect.stringContaining('numéro de téléphone') },
      { path: 'body.confirmedOn', code: 'partners.confirmed_on_required', message: expect.stringContaining('date') },
    ]);
    const added = await call(worker, 'POST', `/partners/${partnerId}/preferences`, { channel: 'phone', value: '416 555 0199', safeTimes: 'Mornings', safe: true, voicemailOk: true, confirmedOn: '2026-11-20' });
    expect(added.statusCode, added.body).toBe(201);
    const preference = added.json().preferences[0];
    expect(preference).toMatchObject({ channel: 'phone', value: '+14165550199', safeTimes: 'Mornings', confirmation: 'confirmed', version: 1 });
    const edited = await call(worker, 'PUT', `/partners/${partnerId}/preferences/${preference.id}`, { channel: 'phone', value: '+14165550199', safe: false, voicemailOk: false, confirmedOn: '2026-11-21', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().preferences[0]).toMatchObject({ safe: false, voicemailOk: false, safeTimes: null, version: 2 });
    const stale = await call(worker, 'POST', `/partners/${partnerId}/preferences/${preference.id}/retire`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    const retired = await call(worker, 'POST', `/partners/${partnerId}/preferences/${preference.id}/retire`, { version: 2 });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().preferences[0]).toMatchObject({ retired: true, version: 3 });
  });

  it('records a decline, then the partner’s wish to be contacted again', async () => {
    const partnerId = await givenPassedPartner('Lee Consent-Route');
    const declined = await call(worker, 'POST', `/partners/${partnerId}/consents`, { decision: 'declined', decidedOn: '2026-11-19', how: 'phone', note: 'Said no for now' });
    expect(declined.statusCode, declined.body).toBe(201);
    expect(declined.json().consent.current).toMatchObject({ decision: 'declined', decidedOn: '2026-11-19', note: 'Said no for now' });
    expect((await call(worker, 'GET', `/partners?query=lee%20consent`)).json().items[0].consent).toBe('declined');
    const future = await call(worker, 'POST', `/partners/${partnerId}/consents`, { decision: 'wishes_contact', decidedOn: '2026-11-22', how: 'phone' });
    expect(future.statusCode).toBe(400);
    const again = await call(worker, 'POST', `/partners/${partnerId}/consents`, { decision: 'wishes_contact', decidedOn: '2026-11-21', how: 'in_person' });
    expect(again.json().consent.current.decision).toBe('wishes_contact');
    expect(again.json().consent.history).toHaveLength(2);
  });

  it('never writes a partner’s name, contact detail or note into the log', async () => {
    const lines = logLines().join('\n');
    for (const secret of ['Lévesque', 'Said no for now', '5550199', 'Mornings']) expect(lines).not.toContain(secret);
  });
});

describe('outside the partner-contact team', () => {
  it.each(['facilitator', 'intake', 'manager'] as const)('a %s gets 404 on every partner-file route and finds nobody', async (role) => {
    const partnerId = await givenPassedPartner(`Hidden ${role}`);
    const added = await call(worker, 'POST', `/partners/${partnerId}/preferences`, { channel: 'email', value: 'hidden@example.org', safe: null, voicemailOk: false });
    const preferenceId = added.json().preferences[0].id as string;
    const who = outsiders[role];
    const attempts = [
      call(who, 'GET', `/partners?query=hidden`),
      call(who, 'GET', `/partners/${partnerId}`),
      call(who, 'PUT', `/partners/${partnerId}`, { fullName: 'X', relationship: null, language: null, childrenAges: [], version: 1 }),
      call(who, 'POST', `/partners/${partnerId}/preferences`, { channel: 'email', value: 'x@example.org', safe: null, voicemailOk: false }),
      call(who, 'PUT', `/partners/${partnerId}/preferences/${preferenceId}`, { channel: 'email', value: 'x@example.org', safe: null, voicemailOk: false, version: 1 }),
      call(who, 'POST', `/partners/${partnerId}/preferences/${preferenceId}/retire`, { version: 1 }),
      call(who, 'POST', `/partners/${partnerId}/consents`, { decision: 'declined', decidedOn: '2026-11-20', how: 'phone' }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.body).not.toContain('Hidden');
      expect(response.body).not.toContain('hidden@example.org');
    }
    // Nothing was changed by the attempts.
    const file = (await call(worker, 'GET', `/partners/${partnerId}`)).json();
    expect(file).toMatchObject({ fullName: `Hidden ${role}`, version: 1, consent: { current: null } });
    expect(file.preferences).toHaveLength(1);
  });
});
