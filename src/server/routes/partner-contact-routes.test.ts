import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keyring } from '../../core/crypto/keyring.js';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { crisisLineFixtures } from '../../core/packs/testing/crisis-lines.js';
import { upsertResourcesFromRecords } from '../../core/resources/index.js';
import type { TestClock } from '../../core/shared/index.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** The contact log, the worklist, the letter fallback and the compliance counts, through the API. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let keyring: Keyring;
let agencyId: string;
let worker: StaffSession;
let lead: StaffSession;
let manager: StaffSession;
let facilitator: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock, keyring } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely, { name: 'Northern Family Services' })).id;
  await database.kysely.updateTable('agency').set({ name_fr: 'Services familiaux du Nord' }).where('id', '=', agencyId).execute();
  await givenSite(database.kysely, agencyId, { name: 'Sudbury', timeZone: 'America/Toronto' });
  await scopeToAgency(database.kysely, agencyId).transaction((trx) => upsertResourcesFromRecords(trx, agencyId, crisisLineFixtures, clock.now()));
  worker = await givenStaffSession(database.kysely, agencyId, ['partner_contact'], clock.now());
  lead = await givenStaffSession(database.kysely, agencyId, ['partner_contact_lead'], clock.now());
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

const today = () => clock.now().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(clock.now().getTime() - days * 86_400_000);

/** A partner of a (new) participant, written as the drop box and the partner file would. */
async function givenPartner(options: { name?: string; language?: 'en' | 'fr' | 'other'; participantId?: string; firstContactDue?: Date } = {}) {
  const participantId = options.participantId ?? (await givenParticipant(database.kysely, agencyId)).id;
  const id = randomUUID();
  const name = options.name ?? `Partner ${id.slice(0, 8)}`;
  await database.kysely
    .insertInto('partner')
    .values({ agency_id: agencyId, id, participant_id: participantId, language: options.language ?? 'en', relationship: 'victim', full_name_encrypted: keyring.encrypt(name, fieldContext('partner', 'full_name', agencyId, id)) })
    .execute();
  await database.kysely
    .insertInto('partner_notice')
    .values({ agency_id: agencyId, id: randomUUID(), participant_id: participantId, partner_id: id, type: 'new_partner', occurred_on: today(), due_at: options.firstContactDue ?? new Date(clock.now().getTime() + 7 * 86_400_000) })
    .execute();
  return { id, name, participantId };
}

async function givenPreference(partnerId: string, channel: 'phone' | 'text' | 'email' | 'mail', value: string, state: { safe?: boolean | null; confirmedOn?: string | null; voicemailOk?: boolean } = {}) {
  const id = randomUUID();
  await database.kysely
    .insertInto('contact_preference')
    .values({
      agency_id: agencyId,
      id,
      partner_id: partnerId,
      channel,
      value_encrypted: keyring.encrypt(value, fieldContext('contact_preference', 'value', agencyId, id)),
      safe: state.safe ?? null,
      confirmed_on: state.safe === undefined || state.safe === null ? null : (state.confirmedOn ?? today()),
      voicemail_ok: state.voicemailOk ?? false,
    })
    .execute();
  return id;
}

const setSafe = (preferenceId: string, safe: boolean | null, confirmedOn: string | null = today()) =>
  database.kysely.updateTable('contact_preference').set({ safe, confirmed_on: safe === null ? null : confirmedOn }).where('id', '=', preferenceId).execute();

const decide = (partnerId: string, decision: 'wishes_contact' | 'declined', decidedOn = today()) =>
  database.kysely.insertInto('partner_consent').values({ agency_id: agencyId, partner_id: partnerId, decision, decided_on: decidedOn, how: 'phone' }).execute();

async function givenNotice(participantId: string, fields: { type: 'absence' | 'threat' | 'enrolled' | 'completion'; occurredOn?: string; dueAt?: Date; urgent?: boolean; reasonCode?: string }) {
  const id = randomUUID();
  await database.kysely
    .insertInto('partner_notice')
    .values({ agency_id: agencyId, id, participant_id: participantId, partner_id: null, type: fields.type, reason_code: fields.reasonCode ?? null, occurred_on: fields.occurredOn ?? today(), due_at: fields.dueAt ?? new Date(clock.now().getTime() + 86_400_000), urgent: fields.urgent ?? false, event_key: `test:${id}` })
    .execute();
  return id;
}

/** The gate's refusal as the reader gets it (the problem's detail names the action and the rule). */
const actionWords = { call: 'A call', voicemail: 'A voicemail', text: 'A text message', email: 'An email', letter: 'A letter', in_person: 'This contact' } as const;
const reasonWords = { declined: 'has declined contact', no_channel: 'no such contact detail', not_safe: 'said this channel is not safe', unconfirmed: 'has not confirmed this channel', voicemail_not_allowed: 'not agreed to messages' } as const;
function expectClosed(response: { statusCode: number; json: () => { code: string; detail: string } }, action: keyof typeof actionWords | undefined, reason: keyof typeof reasonWords) {
  expect(response.statusCode).toBe(409);
  const problem = response.json();
  expect(problem.code).toBe('partners.channel_closed');
  if (action) expect(problem.detail.startsWith(`${actionWords[action]} cannot go out`)).toBe(true);
  expect(problem.detail).toContain(reasonWords[reason]);
}

const contact = (fields: Record<string, unknown>) => ({ occurredAt: daysAgo(0.01).toISOString(), idempotencyKey: randomUUID(), ...fields });
const attempt = (outcome: string, extra: Record<string, unknown> = {}) => contact({ kind: 'attempt', outcome, ...extra });

describe('contact log', () => {
  it('records an attempt through the gate (a discreet call to an unconfirmed number) and a repeat gives back the first', async () => {
    const partner = await givenPartner();
    await givenPreference(partner.id, 'phone', '+17055550101');
    const body = attempt('no_answer', { notes: 'Rang eight times; no answer machine.' });
    const first = await call(worker, 'POST', `/partners/${partner.id}/contacts`, body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await call(worker, 'POST', `/partners/${partner.id}/contacts`, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id, created: false });
    const stored = await database.kysely.selectFrom('contact_record').select(['notes_encrypted', 'preference_id']).where('id', '=', first.json().id).executeTakeFirstOrThrow();
    expect(stored.notes_encrypted).not.toContain('eight times');
    expect(stored.preference_id).not.toBeNull();
    const log = (await call(worker, 'GET', `/partners/${partner.id}/contacts`)).json();
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ kind: 'attempt', outcome: 'no_answer', initiatedBy: 'worker', notes: 'Rang eight times; no answer machine.', worker: { id: worker.userId, name: 'Staff partner_contact' } });
    const audit = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('subject_id', '=', partner.id).execute();
    expect(audit.map((event) => event.type)).toEqual(expect.arrayContaining(['partner.contact_recorded', 'record.viewed']));
    expect(JSON.stringify(audit)).not.toContain('eight times');
  });

  it('leaves a voicemail only on a phone confirmed safe that takes messages', async () => {
    const partner = await givenPartner();
    const phone = await givenPreference(partner.id, 'phone', '+17055550102');
    const refused = await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('voicemail_left'));
    expectClosed(refused, 'voicemail', 'unconfirmed');
    await setSafe(phone, true);
    expectClosed(await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('voicemail_left')), 'voicemail', 'voicemail_not_allowed');
    expect((await call(worker, 'GET', `/partners/${partner.id}/channels`)).json()).toMatchObject({ call: { open: true }, voicemail: { open: false, reason: 'voicemail_not_allowed' }, letter: { open: false, reason: 'no_channel' } });
    await database.kysely.updateTable('contact_preference').set({ voicemail_ok: true }).where('id', '=', phone).execute();
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('voicemail_left'))).statusCode).toBe(201);
    expect(await database.kysely.selectFrom('contact_record').select('id').where('partner_id', '=', partner.id).execute()).toHaveLength(1);
  });

  it('refuses a text or an email the partner has not confirmed, a letter outside the letters route, a future date', async () => {
    const partner = await givenPartner();
    await givenPreference(partner.id, 'email', 'sam@example.org');
    expectClosed(await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'email' })), 'email', 'unconfirmed');
    expectClosed(await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'text' })), 'text', 'no_channel');
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'letter' }))).json()).toMatchObject({ code: 'partnerContact.letter_through_letters' });
    const future = await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner', occurredAt: new Date(clock.now().getTime() + 3_600_000).toISOString() }));
    expect(future.json()).toMatchObject({ code: 'partnerContact.contact_in_future' });
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'attempt' }))).statusCode).toBe(400);
    expect(await database.kysely.selectFrom('contact_record').select('id').where('partner_id', '=', partner.id).execute()).toEqual([]);
  });

  it('refuses everything we would initiate with a partner who declined, and still records what they initiate', async () => {
    const partner = await givenPartner();
    await givenPreference(partner.id, 'phone', '+17055550103', { safe: true, voicemailOk: true });
    await decide(partner.id, 'declined');
    for (const body of [attempt('no_answer'), contact({ kind: 'call' }), contact({ kind: 'in_person' }), attempt('voicemail_left')]) {
      expectClosed(await call(worker, 'POST', `/partners/${partner.id}/contacts`, body), undefined, 'declined');
    }
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner', durationMinutes: 12 }))).statusCode).toBe(201);
  });

  it("closes the notices a contact delivered: only this partner's participant's, only once, never by an attempt", async () => {
    const partner = await givenPartner();
    const other = await givenPartner();
    const absence = await givenNotice(partner.participantId, { type: 'absence', reasonCode: 'unexcused' });
    const someoneElses = await givenNotice(other.participantId, { type: 'absence' });
    const refused = await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner', deliveredNoticeIds: [someoneElses] }));
    expect(refused.json()).toMatchObject({ code: 'partnerContact.notice_not_deliverable' });
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('busy', { deliveredNoticeIds: [absence] }))).json()).toMatchObject({ code: 'partnerContact.attempt_delivers_nothing' });
    expect((await call(worker, 'GET', `/partners/${partner.id}/open-notices`)).json().items.map((n: { id: string }) => n.id)).toEqual([absence]);
    const told = await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner', topics: ['program_information'], deliveredNoticeIds: [absence] }));
    expect(told.statusCode, told.body).toBe(201);
    expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner', deliveredNoticeIds: [absence] }))).json()).toMatchObject({ code: 'partnerContact.notice_not_deliverable' });
    const log = (await call(worker, 'GET', `/partners/${partner.id}/contacts`)).json();
    expect(log.items[0]).toMatchObject({ topics: ['program_information', 'notices_delivered'], deliveredNotices: [{ id: absence, type: 'absence', reasonCode: 'unexcused' }] });
    expect((await call(worker, 'GET', `/partners/${partner.id}/open-notices`)).json().items).toEqual([]);
    // The other partner of the same participant is told separately.
    expect((await call(worker, 'GET', `/partners/${other.id}/open-notices`)).json().items.map((n: { id: string }) => n.id)).toEqual([someoneElses]);
  });

  it('is the partner-contact team\'s only: 404 for a facilitator and a manager', async () => {
    const partner = await givenPartner();
    for (const who of [facilitator, manager]) {
      expect((await call(who, 'GET', `/partners/${partner.id}/contacts`)).statusCode).toBe(404);
      expect((await call(who, 'POST', `/partners/${partner.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner' }))).statusCode).toBe(404);
    }
  });
});

describe('worklist', () => {
  it("lists first contacts with attempts, minimum contacts, notices (threats first), follow-ups; overdue stands out; declined partners are absent", async () => {
    const fresh = await givenPartner({ name: 'Avery Fresh' });
    await givenPreference(fresh.id, 'phone', '+17055550110');
    await call(worker, 'POST', `/partners/${fresh.id}/contacts`, attempt('no_answer'));
    const late = await givenPartner({ name: 'Blair Late', firstContactDue: daysAgo(2) });
    const placed = await givenPartner({ name: 'Casey Placed' });
    await givenNotice(placed.participantId, { type: 'enrolled', occurredOn: daysAgo(30).toISOString().slice(0, 10) });
    const threat = await givenNotice(placed.participantId, { type: 'threat', reasonCode: 'threat_partner', urgent: true, dueAt: new Date(clock.now().getTime() + 3_600_000) });
    await call(worker, 'POST', `/partners/${placed.id}/contacts`, contact({ kind: 'in_person', initiatedBy: 'partner', occurredAt: daysAgo(25).toISOString(), followUpOn: daysAgo(1).toISOString().slice(0, 10) }));
    const declined = await givenPartner({ name: 'Dana Declined', firstContactDue: daysAgo(3) });
    await decide(declined.id, 'declined');

    const response = await call(worker, 'GET', '/partner-contact/worklist');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { kind: string; partnerId: string; partnerName: string; overdue: boolean; urgent: boolean; attempts: number | null; done: number | null; required: number | null; notice: { id: string } | null }[];
    expect(items.some((item) => item.partnerId === declined.id)).toBe(false);
    const ours: string[] = [fresh.id, late.id, placed.id];
    const mine = items.filter((item) => ours.includes(item.partnerId));
    expect(mine[0]).toMatchObject({ kind: 'notice', partnerId: placed.id, urgent: true, notice: { id: threat } });
    expect(mine.find((item) => item.partnerId === fresh.id)).toMatchObject({ kind: 'first_contact', attempts: 1, overdue: false, partnerName: 'Avery Fresh' });
    expect(mine.find((item) => item.partnerId === late.id)).toMatchObject({ kind: 'first_contact', attempts: 0, overdue: true });
    // Placed 30 days ago: one contact done (day 5), the second of four due at day 42, none missed yet (day 21 was met).
    expect(mine.find((item) => item.partnerId === placed.id && item.kind === 'minimum_contacts')).toMatchObject({ done: 1, required: 4, overdue: false });
    expect(mine.find((item) => item.partnerId === placed.id && item.kind === 'follow_up')).toMatchObject({ overdue: true });
    expect(mine.some((item) => item.partnerId === placed.id && item.kind === 'first_contact')).toBe(false);
    // Urgent, then overdue, then due time.
    const rank = mine.map((item) => (item.urgent ? 0 : item.overdue ? 1 : 2));
    expect(rank).toEqual([...rank].sort());
    expect(await database.kysely.selectFrom('audit_event').select('details').where('type', '=', 'partner.worklist_viewed').where('actor_user_id', '=', worker.userId).execute()).toHaveLength(1);
  });

  it('is 404 outside the partner-contact team', async () => {
    expect((await call(facilitator, 'GET', '/partner-contact/worklist')).statusCode).toBe(404);
    expect((await call(manager, 'GET', '/partner-contact/worklist')).statusCode).toBe(404);
  });
});

describe('letter fallback', () => {
  async function afterThreeAttempts() {
    const partner = await givenPartner({ name: 'Emery Letter', language: 'fr' });
    await givenPreference(partner.id, 'phone', '+17055550120');
    for (const outcome of ['no_answer', 'busy', 'wrong_number']) expect((await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt(outcome))).statusCode).toBe(201);
    return partner;
  }
  const proposal = async (partnerId: string) => (await call(worker, 'GET', `/partners/${partnerId}/letter-proposal`)).json();
  const letters = (partnerId: string) => database.kysely.selectFrom('partner_letter').select('id').where('partner_id', '=', partnerId).execute();
  const send = (partnerId: string, body: Record<string, unknown> = {}) => call(worker, 'POST', `/partners/${partnerId}/letters`, { idempotencyKey: randomUUID(), ...body });

  it('waits for the number of failed attempts, then proposes a letter only to an address confirmed safe', async () => {
    const partner = await givenPartner();
    await givenPreference(partner.id, 'phone', '+17055550121');
    await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('no_answer'));
    await call(worker, 'POST', `/partners/${partner.id}/contacts`, attempt('not_safe_to_talk'));
    expect(await proposal(partner.id)).toEqual({ proposed: false, reason: 'attempts_below_threshold', failedAttempts: 1, threshold: 3 });

    const ready = await afterThreeAttempts();
    expect(await proposal(ready.id)).toMatchObject({ proposed: false, reason: 'no_address', failedAttempts: 3 });
    const mail = await givenPreference(ready.id, 'mail', '12 Birch Lane\nSudbury ON P3A 1A1');
    expect(await proposal(ready.id)).toMatchObject({ proposed: false, reason: 'unconfirmed' });
    await setSafe(mail, true, '2026-01-02');
    expect(await proposal(ready.id)).toMatchObject({ proposed: false, reason: 'unconfirmed' });
    await setSafe(mail, false);
    expect(await proposal(ready.id)).toMatchObject({ proposed: false, reason: 'mail_not_safe' });
    await setSafe(mail, true);
    expect(await proposal(ready.id)).toMatchObject({ proposed: true, reason: 'proposed', failedAttempts: 3 });
    expect((await call(worker, 'GET', '/partner-contact/worklist')).json().items).toContainEqual(expect.objectContaining({ kind: 'letter', partnerId: ready.id, attempts: 3 }));
    await decide(ready.id, 'declined');
    expect(await proposal(ready.id)).toMatchObject({ proposed: false, reason: 'declined' });
    // A contact that reached the partner starts the count again.
    await decide(ready.id, 'wishes_contact');
    await call(worker, 'POST', `/partners/${ready.id}/contacts`, contact({ kind: 'call', initiatedBy: 'partner' }));
    expect(await proposal(ready.id)).toMatchObject({ reason: 'attempts_below_threshold', failedAttempts: 0 });
  });

  it('produces nothing when mail is unsafe, unconfirmed, declined or there is no address (case by case)', async () => {
    const partner = await afterThreeAttempts();
    const closed = async (reason: keyof typeof reasonWords) => {
      expectClosed(await send(partner.id), 'letter', reason);
      expect(await letters(partner.id)).toEqual([]);
      expect(await database.kysely.selectFrom('contact_record').select('id').where('partner_id', '=', partner.id).where('kind', '=', 'letter').execute()).toEqual([]);
    };
    await closed('no_channel');
    const mail = await givenPreference(partner.id, 'mail', '12 Birch Lane');
    await closed('unconfirmed');
    await setSafe(mail, false);
    await closed('not_safe');
    await setSafe(mail, true);
    await decide(partner.id, 'declined');
    await closed('declined');
  });

  it('sends a letter in the partner\'s language through the gate, once per key, and re-checks the gate to print it', async () => {
    const partner = await afterThreeAttempts();
    const mail = await givenPreference(partner.id, 'mail', '12 Birch Lane\nSudbury ON P3A 1A1', { safe: true });
    const key = randomUUID();
    const sent = await call(worker, 'POST', `/partners/${partner.id}/letters`, { idempotencyKey: key });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await call(worker, 'POST', `/partners/${partner.id}/letters`, { idempotencyKey: key })).json()).toEqual({ ...sent.json(), created: false });
    expect(await letters(partner.id)).toHaveLength(1);
    expect(await proposal(partner.id)).toMatchObject({ proposed: false, reason: 'already_sent_since_attempts' });
    const list = (await call(worker, 'GET', `/partners/${partner.id}/letters`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: sent.json().id, language: 'fr', producedBy: { id: worker.userId, name: 'Staff partner_contact' } })]);
    expect((await call(worker, 'GET', `/partners/${partner.id}/contacts`)).json().items[0]).toMatchObject({ kind: 'letter', letterId: sent.json().id });

    const pdf = await call(lead, 'GET', `/partners/${partner.id}/letters/${sent.json().id}/pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const french = await readPdf(pdf.rawPayload);
    expect(french.lang).toBe('fr-CA');
    expect(french.marked).toBe(true);
    expect(french.structure).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI']));
    expect(french.text).toContain('Services familiaux du Nord');
    expect(french.text).toContain('Emery Letter');
    expect(french.text).toContain('12 Birch Lane');
    expect(french.text).toContain('C’est votre choix');
    expect(french.text).toContain('le programme que suit votre partenaire ou ex-partenaire');
    expect(french.text).toContain('Fem’aide');
    expect(french.text).toContain('911');
    // Discreet: the program the participant attends is not named, nor are they.
    expect(french.text).not.toMatch(/IPV|PAR\b|Partner Assault|violents/);
    expect((await database.kysely.selectFrom('audit_event').select('details').where('type', '=', 'partner.letter_printed').where('subject_id', '=', partner.id).execute())).toHaveLength(1);

    const english = await send(partner.id, { language: 'en' });
    const englishText = (await readPdf((await call(worker, 'GET', `/partners/${partner.id}/letters/${english.json().id}/pdf`)).rawPayload)).text;
    expect(englishText).toContain('It is your choice');
    expect(englishText).toContain('Northern Family Services');
    expect(englishText).toContain('the program your partner or former partner is attending');
    expect(englishText).toContain('Assaulted Women’s Helpline');
    expect(englishText).not.toMatch(/Partner Assault|PAR\b|abuser|offender/);

    // Mail has since become unsafe: the letter is not printed again.
    await setSafe(mail, false);
    const refused = await call(worker, 'GET', `/partners/${partner.id}/letters/${sent.json().id}/pdf`);
    expectClosed(refused, 'letter', 'not_safe');
    expect(refused.headers['content-type']).not.toBe('application/pdf');
    await setSafe(mail, null);
    expectClosed(await call(worker, 'GET', `/partners/${partner.id}/letters/${sent.json().id}/pdf`), 'letter', 'unconfirmed');
    await setSafe(mail, true);
    await decide(partner.id, 'declined');
    expectClosed(await call(worker, 'GET', `/partners/${partner.id}/letters/${sent.json().id}/pdf`), 'letter', 'declined');
    await database.kysely.updateTable('contact_preference').set({ retired_at: clock.now() }).where('id', '=', mail).execute();
    await decide(partner.id, 'wishes_contact');
    expectClosed(await call(worker, 'GET', `/partners/${partner.id}/letters/${sent.json().id}/pdf`), 'letter', 'no_channel');
    expect((await call(worker, 'GET', `/partners/${partner.id}/letters/${randomUUID()}/pdf`)).statusCode).toBe(404);
  });
});

describe('placement raises the enrolled notice', () => {
  it('opens the partner contact window when the participant is placed in a group', async () => {
    const groupManager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
    const stream = (await call(groupManager, 'POST', '/streams', { code: `men-${randomUUID().slice(0, 6)}`, name: 'Men', nameFr: 'Hommes' })).json();
    const site = await database.kysely.selectFrom('site').select('id').where('agency_id', '=', agencyId).executeTakeFirstOrThrow();
    const group = (await call(groupManager, 'POST', '/groups', { streamId: stream.id, name: 'Monday', siteId: site.id, weekday: 1, startTime: '18:30', startDate: '2026-11-23' })).json();
    const person = await givenParticipant(database.kysely, agencyId);
    const placed = await call(groupManager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, version: 1 });
    expect(placed.statusCode, placed.body).toBe(201);
    const notices = await database.kysely.selectFrom('partner_notice').select(['type', 'occurred_on', 'due_at', 'event_key']).where('participant_id', '=', person.id).execute();
    // Placed on Saturday 2026-11-21: seven business days later is Tuesday 2026-12-01, at 17:00 in Toronto.
    expect(notices).toEqual([{ type: 'enrolled', occurred_on: '2026-11-21', due_at: new Date('2026-12-01T22:00:00Z'), event_key: `enrolment:${placed.json().enrolmentId}` }]);
  });
});

describe('compliance', () => {
  it('gives managers counts only: no partner name, no id', async () => {
    const partner = await givenPartner({ name: 'Finley Counted', firstContactDue: daysAgo(1) });
    await givenNotice(partner.participantId, { type: 'completion', dueAt: daysAgo(1) });
    const response = await call(manager, 'GET', '/partner-contact/compliance');
    expect(response.statusCode, response.body).toBe(200);
    const counts = response.json();
    expect(counts.partnersActive).toBeGreaterThan(0);
    expect(counts.declined).toBeGreaterThan(0);
    expect(counts.firstContacts.overdue).toBeGreaterThan(0);
    expect(counts.notices.overdue).toBeGreaterThan(0);
    expect(counts.notices.deliveredOnTime).toBeGreaterThan(0);
    const body = response.body;
    expect(body).not.toContain('Finley');
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    const partners = await database.kysely.selectFrom('partner').select('id').where('agency_id', '=', agencyId).execute();
    for (const { id } of partners) expect(body).not.toContain(id);
    expect((await call(lead, 'GET', '/partner-contact/compliance')).statusCode).toBe(200);
    expect((await call(worker, 'GET', '/partner-contact/compliance')).statusCode).toBe(403);
    expect((await call(facilitator, 'GET', '/partner-contact/compliance')).statusCode).toBe(403);
  });
});
