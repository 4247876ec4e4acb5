import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { crisisLineFixtures } from '../../core/packs/testing/crisis-lines.js';
import { ResourceRecord, upsertResourcesFromRecords } from '../../core/resources/index.js';
import type { TestClock } from '../../core/shared/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** Packs and the workbook through the API, as intake, a facilitator and partner-contact staff would use them. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let agencyId: string;
let siteId: string;
let manager: StaffSession;
let facilitator: StaffSession;
let intake: StaffSession;
let partnerContact: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely, { name: 'Northern Family Services' })).id;
  await database.kysely.updateTable('agency').set({ name_fr: 'Services familiaux du Nord' }).where('id', '=', agencyId).execute();
  siteId = (await givenSite(database.kysely, agencyId, { name: 'Sudbury', timeZone: 'America/Toronto' })).id;
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
  partnerContact = await givenStaffSession(database.kysely, agencyId, ['partner_contact'], clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

function expectPdfDownload(response: Awaited<ReturnType<typeof call>>, fileName: string) {
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
  expect(response.headers['cache-control']).toBe('no-store');
  return readPdf(response.rawPayload);
}

describe('participant information pack', () => {
  it('comes in English or French, with the default topics and rules when no stream is named', async () => {
    const english = await expectPdfDownload(await call(intake, 'GET', '/packs/participant-information?lang=en'), 'par-program-information-en.pdf');
    expect(english.text).toContain('Northern Family Services — 2026-11-21');
    expect(english.text).toContain('It is not an anger management program.');
    const french = await expectPdfDownload(await call(facilitator, 'GET', '/packs/participant-information?lang=fr'), 'par-program-information-fr.pdf');
    expect(french.lang).toBe('fr-CA');
    expect(french.text).toContain('Services familiaux du Nord — 2026-11-21');
    expect(french.text).toContain('La violence est un choix');
  });

  it("reads a stream's topics and policy, or those of the stream the participant is placed in", async () => {
    const stream = (await call(manager, 'POST', '/streams', { code: 'men-short', name: 'Short', nameFr: 'Court', policy: { sessionsRequired: 10, privateSessionPriceCents: 9_000 } })).json();
    expect((await call(manager, 'PUT', `/streams/${stream.id}/curriculum`, { topics: [{ title: 'Our own first topic', titleFr: 'Notre premier sujet' }], version: 1 })).statusCode).toBe(200);
    const byStream = await expectPdfDownload(await call(intake, 'GET', `/packs/participant-information?streamId=${stream.id}`), 'par-program-information-en.pdf');
    expect(byStream.text).toContain('Our own first topic');
    expect(byStream.text).toContain('you must attend 10 sessions');
    expect(byStream.text).toContain('one session costs $90.');

    const group = (await call(manager, 'POST', '/groups', { streamId: stream.id, name: 'Monday', siteId, weekday: 1, startTime: '18:30', startDate: '2026-11-30' })).json();
    const person = await givenParticipant(database.kysely, agencyId, { givenName: 'Quentin', familyName: 'Zarathustra' });
    expect((await call(manager, 'POST', `/participants/${person.id}/placement`, { groupId: group.id, version: 1 })).statusCode).toBe(201);
    const placed = await expectPdfDownload(await call(intake, 'GET', `/packs/participant-information?participantId=${person.id}&lang=fr`), 'par-program-information-fr.pdf');
    expect(placed.text).toContain('Notre premier sujet');
    expect(placed.text).not.toContain('Zarathustra');
    const unplaced = await givenParticipant(database.kysely, agencyId);
    expect((await expectPdfDownload(await call(intake, 'GET', `/packs/participant-information?participantId=${unplaced.id}`), 'par-program-information-en.pdf')).text).toContain('Abuse is a choice');
  });

  it('is for participant-side staff: partner contact gets 404, an unknown stream 404', async () => {
    expect((await call(partnerContact, 'GET', '/packs/participant-information')).statusCode).toBe(404);
    expect((await call(intake, 'GET', '/packs/participant-information?streamId=00000000-0000-4000-8000-000000000000')).json().code).toBe('programs.stream_not_found');
  });
});

describe('partner information pack', () => {
  it("prints the agency directory's crisis lines, or the default ones, for partner-contact and intake staff alike, naming no one", async () => {
    const person = await givenParticipant(database.kysely, agencyId, { givenName: 'Bartholomew', familyName: 'Quillfeather' });
    expect(person.id).toBeTruthy();
    const defaults = await expectPdfDownload(await call(partnerContact, 'GET', '/packs/partner-information?lang=en'), 'partner-contact-information-en.pdf');
    expect(defaults.text).toContain('Assaulted Women’s Helpline — Call: 1 (866) 863-0511 (Toll-free); TTY: 1 (866) 863-7868 (Toll-free)');
    expect(defaults.text).toContain('Kids Help Phone — Call: 1 (800) 668-6868; Text CONNECT to 686868');
    expect(defaults.text).toContain('the law requires us to report it to a Children’s Aid Society.');
    expect(defaults.text).toContain('may have to be given to your partner or former partner and their lawyer if the case is still before the court.');
    expect(defaults.text).not.toMatch(/Bartholomew|Quillfeather/);

    await scopeToAgency(database.kysely, agencyId).transaction((trx) => upsertResourcesFromRecords(trx, agencyId, crisisLineFixtures, clock.now()));
    const response = await call(intake, 'GET', '/packs/partner-information?lang=fr');
    const french = await expectPdfDownload(response, 'partner-contact-information-fr.pdf');
    expect(french.text).toContain('Assaulted Women’s Helpline — Téléphone : 1-866-863-0511; ATS : 1-866-863-7868');
    expect(french.text).toContain('Fem’aide — Téléphone : 1-877-336-2433');
    expect(french.text).toContain('Jeunesse, J’écoute — Téléphone : 1-800-668-6868; Textez CONNECT au 686868');
    expect(french.text).toContain('société d’aide à l’enfance');
    expect(french.text).not.toMatch(/Bartholomew|Quillfeather/);
  });
});

describe('resource list', () => {
  it('prints the chosen resources in order, withholds confidential addresses unless asked, and refuses an id not in the directory', async () => {
    const shelter = ResourceRecord.parse({
      key: 'harbour-house',
      name: 'Harbour House',
      nameFr: 'Maison du Havre',
      greatFor: 'Women and children who need a safe place.',
      categories: ['shelter'],
      address: '12 Hidden Lane, Sudbury',
      confidential: true,
      phones: [{ kind: 'voice', dial: '+17055550199', display: '705-555-0199' }],
    });
    const line = ResourceRecord.parse({ key: 'northern-line', name: 'Northern Line', categories: ['crisis_line'], phones: [{ kind: 'tty', dial: '+17055550198', display: '705-555-0198' }] });
    await scopeToAgency(database.kysely, agencyId).transaction((trx) => upsertResourcesFromRecords(trx, agencyId, [shelter, line], clock.now()));
    const ids = Object.fromEntries(
      (await database.kysely.selectFrom('resource').select(['id', 'key']).where('agency_id', '=', agencyId).where('key', 'in', ['harbour-house', 'northern-line']).execute()).map((row) => [row.key, row.id]),
    );
    const list = await expectPdfDownload(await call(facilitator, 'POST', '/packs/resource-list', { lang: 'fr', resourceIds: [ids['northern-line'], ids['harbour-house']] }), 'community-resources-fr.pdf');
    expect(list.text.indexOf('Northern Line')).toBeLessThan(list.text.indexOf('Maison du Havre'));
    expect(list.text).toContain('ATS : 705-555-0198');
    expect(list.text).not.toContain('Hidden Lane');
    const withAddress = await expectPdfDownload(await call(partnerContact, 'POST', '/packs/resource-list', { lang: 'en', resourceIds: [ids['harbour-house']], includeConfidentialAddresses: true }), 'community-resources-en.pdf');
    expect(withAddress.text).toContain('Address: 12 Hidden Lane, Sudbury');

    const elsewhere = await givenAgency(database.kysely);
    const stranger = await givenStaffSession(database.kysely, elsewhere.id, ['partner_contact'], clock.now());
    const refused = await call(stranger, 'POST', '/packs/resource-list', { lang: 'en', resourceIds: [ids['harbour-house']] });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('resources.not_found');
  });
});

describe('participant workbook', () => {
  const body = {
    relationshipValues: [{ text: 'Respect : j’écoute sans interrompre.' }, { text: 'La sécurité « avant tout ».' }],
    warningSigns: [{ kind: 'thoughts', text: '« Ça recommence »' }],
    accountabilityActions: [{ text: 'Suivre une thérapie', status: 'planned' }],
  };

  it('is saved with the participant by a facilitator and refuses a stale save with a translated message', async () => {
    const person = await givenParticipant(database.kysely, agencyId, { language: 'fr' });
    const url = `/participants/${person.id}/workbook`;
    expect((await call(intake, 'GET', url)).json()).toMatchObject({ version: 0, relationshipValues: [] });
    const saved = await call(facilitator, 'PUT', url, { ...body, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, warningSigns: [{ kind: 'thoughts', text: '« Ça recommence »' }] });
    const stale = await call(facilitator, 'PUT', url, { ...body, relationshipValues: [], version: 0 }, 'fr-CA');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'workbook.stale_workbook' });
    expect(stale.json().detail).toContain('Quelqu’un d’autre a enregistré ce cahier');
    expect((await call(manager, 'GET', url)).json().relationshipValues).toHaveLength(2);
    // Only facilitators write it; the manager's write does not exist for them (participant compartment: 404).
    expect((await call(manager, 'PUT', url, { ...body, version: 1 })).statusCode).toBe(404);
  });

  it('does not exist for partner-contact staff (404)', async () => {
    const person = await givenParticipant(database.kysely, agencyId);
    expect((await call(partnerContact, 'GET', `/participants/${person.id}/workbook`)).statusCode).toBe(404);
    expect((await call(partnerContact, 'PUT', `/participants/${person.id}/workbook`, { ...body, version: 0 })).statusCode).toBe(404);
    expect((await call(partnerContact, 'GET', `/participants/${person.id}/workbook/wallet-card.pdf`)).statusCode).toBe(404);
  });

  it('prints the values on a wallet card in the participant’s language, named for no one, audited as a PDF export', async () => {
    const person = await givenParticipant(database.kysely, agencyId, { language: 'fr', givenName: 'Anatole', familyName: 'Vézina' });
    await call(facilitator, 'PUT', `/participants/${person.id}/workbook`, { ...body, version: 0 });
    const card = await expectPdfDownload(await call(intake, 'GET', `/participants/${person.id}/workbook/wallet-card.pdf`), 'relationship-values-card.pdf');
    expect(card.lang).toBe('fr-CA');
    expect(card.text).toContain('Mes valeurs relationnelles Respect : j’écoute sans interrompre. La sécurité « avant tout ».');
    expect(card.text).not.toMatch(/Anatole|Vézina/);
    const exports = await database.kysely
      .selectFrom('audit_event')
      .select(['actor_user_id', 'details'])
      .where('agency_id', '=', agencyId)
      .where('type', '=', 'export.created')
      .execute();
    expect(exports).toContainEqual({ actor_user_id: intake.userId, details: { kind: 'workbook_wallet_card', format: 'pdf', records: 2 } });
  });
});
