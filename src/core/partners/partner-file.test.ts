import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { AppError } from '../shared/app-error.js';
import { loadGateFacts, decideChannel } from './channel-gate.js';
import { getPartner } from './get-partner.js';
import { addPreference, retirePreference, updatePreference } from './save-preference.js';
import { recordConsent } from './record-consent.js';
import { nameMatches, searchPartners } from './search-partners.js';
import { updatePartner } from './update-partner.js';
import { givenPartner, givenStaffCtx } from './testing/given-partner.js';
import type { Role } from '../access/index.js';
import type { PartnerFile, PreferenceInput } from './partners.schema.js';

/** The partner file: details, children, contact preferences and consent, for the partner-contact team only. */
let database: TestDatabase;
const keyring = testKeyring();
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenWorld(partner: Parameters<typeof givenPartner>[3] = {}) {
  const agency = await givenAgency(database.kysely);
  const { id: partnerId } = await givenPartner(database.kysely, keyring, agency.id, { fullName: 'Marie-Ève Tremblay', relationship: 'victim', language: 'fr', ...partner });
  const as = (role: Role, now?: string) => givenStaffCtx(database.kysely, keyring, agency.id, role, now);
  const worker = await as('partner_contact');
  return { agency, partnerId, as, worker };
}

const events = (agencyId: string, type: string) =>
  database.kysely.selectFrom('audit_event').select(['subject_type', 'subject_id', 'details', 'actor_user_id']).where('agency_id', '=', agencyId).where('type', '=', type).execute();

async function expectAppError(promise: Promise<unknown>, kind: string, code?: string) {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe(kind);
  if (code) expect((error as AppError).code).toBe(code);
  return error as AppError;
}

const issuesOf = async (promise: Promise<unknown>) => (await expectAppError(promise, 'invalid', 'request.invalid')).issues.map((issue) => [issue.path, issue.code]);

const phone: PreferenceInput = { channel: 'phone', value: '(705) 555-0142', safeTimes: 'Weekdays 9 to 11', safe: true, voicemailOk: true, confirmedOn: '2026-11-20' };

describe('reading the partner file', () => {
  it('gives the partner-contact team the details, children with the duty flag, and an empty history; the read is audited', async () => {
    const { agency, partnerId, worker } = await givenWorld({ childrenAges: [17, 4] });
    const file = await getPartner(worker, partnerId);
    expect(file).toMatchObject({
      id: partnerId,
      fullName: 'Marie-Ève Tremblay',
      relationship: 'victim',
      language: 'fr',
      children: [{ age: 17 }, { age: 4 }],
      childProtectionDuty: true,
      preferences: [],
      preferenceMaxAgeDays: 90,
      consent: { current: null, history: [] },
      version: 1,
    });
    expect(await events(agency.id, 'record.viewed')).toEqual([expect.objectContaining({ subject_type: 'partner', subject_id: partnerId, actor_user_id: worker.userId, details: {} })]);
  });

  it('raises no duty when every child is 16 or older, or there are none', async () => {
    const { partnerId, worker } = await givenWorld({ childrenAges: [16, 19] });
    expect((await getPartner(worker, partnerId)).childProtectionDuty).toBe(false);
    const other = await givenWorld();
    expect((await getPartner(other.worker, other.partnerId)).childProtectionDuty).toBe(false);
  });

  it.each(['facilitator', 'intake', 'manager', 'finance'] as const)('does not exist for a %s (404 on every use case)', async (role) => {
    const { partnerId, as } = await givenWorld();
    const outsider = await as(role);
    await expectAppError(getPartner(outsider, partnerId), 'not_found');
    await expectAppError(searchPartners(outsider, { query: '' }), 'not_found');
    await expectAppError(updatePartner(outsider, partnerId, { fullName: 'X', relationship: null, language: null, childrenAges: [], version: 1 }), 'not_found');
    await expectAppError(addPreference(outsider, partnerId, phone), 'not_found');
    await expectAppError(recordConsent(outsider, partnerId, { decision: 'declined', decidedOn: '2026-11-20', how: 'phone' }), 'not_found');
  });

  it('answers 404 for a partner of another agency', async () => {
    const { partnerId } = await givenWorld();
    const other = await givenWorld();
    await expectAppError(getPartner(other.worker, partnerId), 'not_found', 'partners.not_found');
    await expectAppError(addPreference(other.worker, partnerId, phone), 'not_found', 'partners.not_found');
  });
});

describe('searching partners by name', () => {
  it('matches word starts, ignoring case, accents and hyphens', () => {
    expect(nameMatches('Marie-Ève Tremblay', 'marie eve')).toBe(true);
    expect(nameMatches('Marie-Ève Tremblay', 'TREMB')).toBe(true);
    expect(nameMatches('Marie-Ève Tremblay', 'mariéeve')).toBe(false);
    expect(nameMatches('Marie-Ève Tremblay', 'eve marie')).toBe(true);
    expect(nameMatches('Marie-Ève Tremblay', 'blay')).toBe(false);
    expect(nameMatches('Zoë Ng', '')).toBe(true);
  });

  it('finds partners in the agency with their current consent, and audits the count only', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    const other = await givenPartner(database.kysely, keyring, agency.id, { fullName: 'Zoë Ng' });
    await recordConsent(worker, partnerId, { decision: 'declined', decidedOn: '2026-11-10', how: 'phone' });
    const found = await searchPartners(worker, { query: 'MARIE EVE' });
    expect(found).toEqual({ items: [{ id: partnerId, fullName: 'Marie-Ève Tremblay', relationship: 'victim', language: 'fr', consent: 'declined', participantId: null }], more: false });
    expect((await searchPartners(worker, { query: 'zoe' })).items.map((item) => item.id)).toEqual([other.id]);
    expect((await searchPartners(worker, { query: '' })).items).toHaveLength(2);
    // Another agency's partner is never found.
    const elsewhere = await givenWorld();
    expect((await searchPartners(elsewhere.worker, { query: 'zoe' })).items).toEqual([]);
    expect((await events(agency.id, 'partner.searched')).map((event) => event.details)).toEqual(expect.arrayContaining([{ results: 1 }, { results: 2 }]));
  });

  it('returns at most 50 and says there are more', async () => {
    const { agency, worker } = await givenWorld();
    for (let n = 0; n < 51; n += 1) await givenPartner(database.kysely, keyring, agency.id, { fullName: `Alex Sample ${n}` });
    const found = await searchPartners(worker, { query: 'alex' });
    expect(found.items).toHaveLength(50);
    expect(found.more).toBe(true);
    expect((await searchPartners(worker, { query: 'alex sample 50' })).items).toHaveLength(1);
  });
});

describe('saving the details', () => {
  it('saves name, relationship, language and children against the version, auditing changed field names only', async () => {
    const { agency, partnerId, worker } = await givenWorld({ childrenAges: [4] });
    const saved = await updatePartner(worker, partnerId, { fullName: 'Marie-Ève Roy', relationship: 'former_partner', language: 'fr', childrenAges: [17, 19], version: 1 });
    expect(saved).toMatchObject({ fullName: 'Marie-Ève Roy', relationship: 'former_partner', children: [{ age: 19 }, { age: 17 }], childProtectionDuty: false, version: 2 });
    expect(await getPartner(worker, partnerId)).toMatchObject({ fullName: 'Marie-Ève Roy', children: [{ age: 19 }, { age: 17 }], version: 2 });
    expect((await events(agency.id, 'partner.updated')).map((event) => event.details)).toEqual([{ fields: ['fullName', 'relationship', 'childrenAges'] }]);
  });

  it('refuses a save from a stale version and keeps the colleague’s', async () => {
    const { partnerId, worker, as } = await givenWorld();
    const colleague = await as('partner_contact_lead');
    await updatePartner(colleague, partnerId, { fullName: 'Marie-Ève Tremblay', relationship: 'victim', language: 'en', childrenAges: [], version: 1 });
    await expectAppError(updatePartner(worker, partnerId, { fullName: 'Someone Else', relationship: 'victim', language: 'fr', childrenAges: [], version: 1 }), 'conflict', 'partners.stale_partner');
    expect(await getPartner(worker, partnerId)).toMatchObject({ fullName: 'Marie-Ève Tremblay', language: 'en', version: 2 });
  });

  it('changes nothing (no new version, no audit) when nothing changed', async () => {
    const { agency, partnerId, worker } = await givenWorld({ childrenAges: [3, 5] });
    const same = await updatePartner(worker, partnerId, { fullName: 'Marie-Ève Tremblay', relationship: 'victim', language: 'fr', childrenAges: [5, 3], version: 1 });
    expect(same.version).toBe(1);
    expect(await events(agency.id, 'partner.updated')).toEqual([]);
  });
});

describe('contact preferences', () => {
  const preferenceOf = (file: PartnerFile, channel: string) => file.preferences.find((p) => p.channel === channel)!;

  it('adds a phone in E.164 with its safe times and voicemail, confirmed; audits its id and channel only', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    const file = await addPreference(worker, partnerId, phone);
    expect(file.preferences).toEqual([
      { id: expect.any(String), channel: 'phone', value: '+17055550142', safeTimes: 'Weekdays 9 to 11', safe: true, voicemailOk: true, confirmedOn: '2026-11-20', confirmation: 'confirmed', retired: false, version: 1 },
    ]);
    expect((await events(agency.id, 'partner.preference_added')).map((event) => event.details)).toEqual([{ preferenceId: file.preferences[0]!.id, channel: 'phone' }]);
    const stored = await database.kysely.selectFrom('contact_preference').select(['value_encrypted', 'safe_times_encrypted']).where('partner_id', '=', partnerId).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('555');
    expect(JSON.stringify(stored)).not.toContain('Weekdays');
  });

  it('says a preference is unconfirmed when not asked, stale past the agency’s limit, confirmed within it', async () => {
    const { partnerId, worker } = await givenWorld();
    await addPreference(worker, partnerId, { channel: 'mail', value: '12 Elm St, Sudbury ON  P3A 1A1', safe: null, confirmedOn: '2026-11-01', voicemailOk: false });
    await addPreference(worker, partnerId, { channel: 'email', value: 'robin@example.org', safe: true, confirmedOn: '2026-08-23', voicemailOk: false });
    const file = await addPreference(worker, partnerId, { channel: 'text', value: '705 555 0100', safe: false, confirmedOn: '2026-08-24', voicemailOk: false });
    expect(preferenceOf(file, 'mail')).toMatchObject({ safe: null, confirmedOn: null, confirmation: 'unconfirmed' });
    expect(preferenceOf(file, 'email')).toMatchObject({ confirmation: 'stale' });
    expect(preferenceOf(file, 'text')).toMatchObject({ value: '+17055550100', safe: false, confirmation: 'confirmed' });
  });

  it('refuses bad input with one field issue each, saving nothing', async () => {
    const { partnerId, worker } = await givenWorld();
    expect(await issuesOf(addPreference(worker, partnerId, { ...phone, value: '555-01' }))).toEqual([['body.value', 'partners.phone']]);
    expect(await issuesOf(addPreference(worker, partnerId, { channel: 'email', value: 'robin at example', safe: null, voicemailOk: false }))).toEqual([['body.value', 'partners.email']]);
    expect(await issuesOf(addPreference(worker, partnerId, { channel: 'mail', value: '   ', safe: null, voicemailOk: false }))).toEqual([['body.value', 'partners.address']]);
    expect(await issuesOf(addPreference(worker, partnerId, { channel: 'text', value: '705-555-0100', safe: null, voicemailOk: true }))).toEqual([['body.voicemailOk', 'partners.voicemail_phone_only']]);
    expect(await issuesOf(addPreference(worker, partnerId, { ...phone, confirmedOn: null }))).toEqual([['body.confirmedOn', 'partners.confirmed_on_required']]);
    expect(await issuesOf(addPreference(worker, partnerId, { ...phone, confirmedOn: '2026-11-23' }))).toEqual([['body.confirmedOn', 'partners.future_date']]);
    expect((await getPartner(worker, partnerId)).preferences).toEqual([]);
  });

  it('edits against the version, auditing the changed field names; a stale version or a new channel is refused', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    const added = (await addPreference(worker, partnerId, phone)).preferences[0]!;
    const edited = await updatePreference(worker, partnerId, added.id, { ...phone, voicemailOk: false, safeTimes: null, version: 1 });
    expect(edited.preferences[0]).toMatchObject({ voicemailOk: false, safeTimes: null, version: 2 });
    expect((await events(agency.id, 'partner.preference_updated')).map((event) => event.details)).toEqual([{ preferenceId: added.id, channel: 'phone', fields: ['safeTimes', 'voicemailOk'] }]);
    await expectAppError(updatePreference(worker, partnerId, added.id, { ...phone, version: 1 }), 'conflict', 'partners.stale_preference');
    expect(await issuesOf(updatePreference(worker, partnerId, added.id, { ...phone, channel: 'text', voicemailOk: false, version: 2 }))).toEqual([['body.channel', 'partners.channel_fixed']]);
  });

  it('retires a preference: kept in the file, last, never opened by the gate, and no longer editable', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    const added = (await addPreference(worker, partnerId, phone)).preferences[0]!;
    await addPreference(worker, partnerId, { channel: 'email', value: 'robin@example.org', safe: true, confirmedOn: '2026-11-20', voicemailOk: false });
    await expectAppError(retirePreference(worker, partnerId, added.id, { version: 7 }), 'conflict', 'partners.stale_preference');
    const file = await retirePreference(worker, partnerId, added.id, { version: 1 });
    expect(file.preferences.map((p) => [p.channel, p.retired])).toEqual([['email', false], ['phone', true]]);
    expect((await events(agency.id, 'partner.preference_retired')).map((event) => event.details)).toEqual([{ preferenceId: added.id, channel: 'phone' }]);
    await expectAppError(updatePreference(worker, partnerId, added.id, { ...phone, version: 2 }), 'conflict', 'partners.preference_retired');
    const facts = await worker.db.transaction((trx) => loadGateFacts(trx, partnerId, '2026-11-22'));
    expect(decideChannel(facts, 'voicemail')).toEqual({ open: false, reason: 'no_channel' });
  });

  it('does not find another partner’s preference through this partner', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    const other = await givenPartner(database.kysely, keyring, agency.id);
    const added = (await addPreference(worker, other.id, phone)).preferences[0]!;
    await expectAppError(retirePreference(worker, partnerId, added.id, { version: 1 }), 'not_found', 'partners.preference_not_found');
  });
});

describe('consent to contact', () => {
  it('keeps every decision; the latest decides, so a declined partner can ask to be contacted again', async () => {
    const { agency, partnerId, worker } = await givenWorld();
    await addPreference(worker, partnerId, phone);
    const declined = await recordConsent(worker, partnerId, { decision: 'declined', decidedOn: '2026-11-10', how: 'phone', note: 'Does not want calls for now.' });
    expect(declined.consent.current).toMatchObject({ decision: 'declined', decidedOn: '2026-11-10', how: 'phone', note: 'Does not want calls for now.', recordedBy: { id: worker.userId, name: 'Staff partner_contact' } });
    const gate = async () => decideChannel(await worker.db.transaction((trx) => loadGateFacts(trx, partnerId, '2026-11-22')), 'call');
    expect(await gate()).toEqual({ open: false, reason: 'declined' });
    const reversed = await recordConsent(worker, partnerId, { decision: 'wishes_contact', decidedOn: '2026-11-21', how: 'third_party' });
    expect(reversed.consent.current).toMatchObject({ decision: 'wishes_contact', decidedOn: '2026-11-21', note: null });
    expect(reversed.consent.history.map((entry) => entry.decision)).toEqual(['wishes_contact', 'declined']);
    expect(await gate()).toMatchObject({ open: true });
    expect((await events(agency.id, 'partner.consent_recorded')).map((event) => event.details)).toEqual(expect.arrayContaining([{ decision: 'declined' }, { decision: 'wishes_contact' }]));
    const stored = await database.kysely.selectFrom('partner_consent').select('note_encrypted').where('partner_id', '=', partnerId).execute();
    expect(JSON.stringify(stored)).not.toContain('calls');
  });

  it('orders two decisions of the same day by when they were recorded', async () => {
    const { partnerId, worker } = await givenWorld();
    await recordConsent(worker, partnerId, { decision: 'wishes_contact', decidedOn: '2026-11-20', how: 'phone' });
    const file = await recordConsent(worker, partnerId, { decision: 'declined', decidedOn: '2026-11-20', how: 'phone' });
    expect(file.consent.current?.decision).toBe('declined');
  });

  it('refuses a decision dated in the future', async () => {
    const { partnerId, worker } = await givenWorld();
    expect(await issuesOf(recordConsent(worker, partnerId, { decision: 'wishes_contact', decidedOn: '2026-11-23', how: 'phone' }))).toEqual([['body.decidedOn', 'partners.future_date']]);
  });
});
