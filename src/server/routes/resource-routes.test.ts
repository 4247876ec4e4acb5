import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keyring } from '../../core/crypto/keyring.js';
import { loadDefaultResources } from '../../core/resources/index.js';
import type { TestClock } from '../../core/shared/index.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** The resource directory and the resources given to people, through the API, as each team uses it. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let keyring: Keyring;
let agencyId: string;
let manager: StaffSession;
let admin: StaffSession;
let facilitator: StaffSession;
let intake: StaffSession;
let partnerContact: StaffSession;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock, keyring } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely)).id;
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
  admin = await givenStaffSession(database.kysely, agencyId, ['admin'], clock.now());
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
  partnerContact = await givenStaffSession(database.kysely, agencyId, ['partner_contact'], clock.now());
  const operator = { actor: { kind: 'system' as const, reason: 'test' }, db: scopeToAgency(database.kysely, agencyId), keyring, now: clock.now(), locale: 'en-CA' as const, requestId: 'test' };
  await loadDefaultResources(operator);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

const keysOf = (response: { json: () => { items: { key: string }[] } }) => response.json().items.map((item) => item.key);
const search = async (who: StaffSession, query: string, lang = 'en-CA') => {
  const response = await call(who, 'GET', `/resources?${query}`, undefined, lang);
  expect(response.statusCode, response.body).toBe(200);
  return response;
};
const idOf = async (key: string) => (await search(facilitator, `includeRetired=true&limit=200`)).json().items.find((item: { key: string }) => item.key === key).id as string;

let resourceCount = 0;
function newResource(overrides: Record<string, unknown> = {}) {
  resourceCount += 1;
  return {
    key: `local-line-${resourceCount}`,
    name: `Local support line ${resourceCount}`,
    nameFr: `Ligne de soutien locale ${resourceCount}`,
    description: 'Support by phone for people in Sudbury.',
    descriptionFr: 'Soutien par téléphone pour les gens de Sudbury.',
    greatFor: 'People in Sudbury who need to talk.',
    categories: ['crisis_line'],
    audiences: ['anyone'],
    languages: ['en', 'fr'],
    region: 'Sudbury',
    phones: [{ kind: 'voice', dial: '1 (705) 555-0142', display: '1 (705) 555-0142' }, { kind: 'text', dial: '55 555', display: '55555', keyword: 'HELLO' }],
    ...overrides,
  };
}

describe('searching the directory', () => {
  it('finds a line despite a typo, without its apostrophe, or by its French name, best match first', async () => {
    expect(keysOf(await search(intake, 'q=helpine'))[0]).toBe('assaulted-womens-helpline');
    expect(keysOf(await search(intake, 'q=fem%20aide'))[0]).toBe('femaide');
    expect(keysOf(await search(intake, 'q=femaide'))[0]).toBe('femaide');
    expect(keysOf(await search(intake, 'q=jeunesse', 'fr-CA'))[0]).toBe('kids-help-phone');
    expect(keysOf(await search(intake, 'q=gerstien'))[0]).toBe('gerstein-crisis-centre');
    // Accents are optional both ways: "detresse" finds the French "détresse", "écoute" the text without.
    expect(keysOf(await search(partnerContact, 'q=detresse%20suicide'))).toEqual(['distress-centres-greater-toronto']);
    expect(keysOf(await search(partnerContact, `q=${encodeURIComponent('Éçoute jeunesse')}`))[0]).toBe('kids-help-phone');
    expect(keysOf(await search(intake, 'q=zzqx%20vvkw'))).toEqual([]);
  });

  it('filters by category, audience, language and region, and pages with the total', async () => {
    const crisis = keysOf(await search(facilitator, 'category=crisis_line&limit=200'));
    expect(crisis).toEqual(expect.arrayContaining(['assaulted-womens-helpline', 'femaide', 'kids-help-phone', 'distress-centres-greater-toronto', 'gerstein-crisis-centre', 'shelter-safe']));
    expect(keysOf(await search(facilitator, 'category=crisis_line&language=fr')).sort()).toEqual(['femaide', 'kids-help-phone']);
    expect(keysOf(await search(facilitator, 'category=crisis_line&region=greater%20toronto'))).toEqual(['distress-centres-greater-toronto']);
    expect(keysOf(await search(facilitator, 'audience=person_who_used_violence&category=services_for_people_who_used_violence'))).toContain('bridges-institute');
    const page = (await search(facilitator, 'category=film&limit=2&offset=1')).json();
    expect(page).toMatchObject({ total: 6, limit: 2, offset: 1 });
    expect(page.items).toHaveLength(2);
    // Without a query the list is by name in the reader's language.
    const french = (await search(facilitator, 'category=crisis_line&language=fr', 'fr-CA')).json().items.map((item: { nameFr: string }) => item.nameFr);
    expect(french).toEqual(['Fem’aide – ligne de soutien', 'Jeunesse, J’écoute']);
    expect((await call(facilitator, 'GET', '/resources?category=spa')).statusCode).toBe(400);
  });

  it('shows a resource with its numbers as stored and as written', async () => {
    const khp = (await call(partnerContact, 'GET', `/resources/${await idOf('kids-help-phone')}`)).json();
    expect(khp.phones).toEqual([
      { kind: 'voice', dial: '+18006686868', display: '1 (800) 668-6868' },
      { kind: 'text', dial: '686868', display: '686868', keyword: 'CONNECT', note: 'Text CONNECT to 686868', noteFr: 'Textez CONNECT au 686868' },
    ]);
    expect((await call(facilitator, 'GET', `/resources/${randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('changing the directory', () => {
  it('creates a resource with normalised numbers, refuses a taken key, and saves against the version read', async () => {
    const created = await call(manager, 'POST', '/resources', newResource());
    expect(created.statusCode, created.body).toBe(201);
    const resource = created.json();
    expect(resource.phones.map((p: { dial: string }) => p.dial)).toEqual(['+17055550142', '55555']);
    expect(resource).toMatchObject({ version: 1, retired: false, confidential: false });
    expect((await call(admin, 'POST', '/resources', newResource({ key: resource.key }))).json()).toMatchObject({ status: 409, code: 'resources.key_taken' });
    expect((await call(facilitator, 'POST', '/resources', newResource())).statusCode).toBe(403);

    const { id, version, createdAt: _c, updatedAt: _u, retired: _r, retiredAt: _ra, ...record } = resource;
    const saved = await call(admin, 'PUT', `/resources/${id}`, { ...record, hours: '24/7', greatFor: 'Anyone in Sudbury.', version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, hours: '24/7', greatFor: 'Anyone in Sudbury.' });
    const stale = await call(manager, 'PUT', `/resources/${id}`, { ...record, version: 1 });
    expect(stale.json()).toMatchObject({ status: 409, code: 'resources.stale_resource' });
    const unchanged = await call(manager, 'PUT', `/resources/${id}`, { ...record, hours: '24/7', greatFor: 'Anyone in Sudbury.', version: 2 });
    expect(unchanged.json().version).toBe(2);
    const renamed = await call(manager, 'PUT', `/resources/${id}`, { ...record, key: 'another-key', version: 2 });
    expect(renamed.json().errors).toEqual([{ path: 'body.key', code: 'custom', message: expect.stringContaining('never changes') }]);

    const revisions = (await call(manager, 'GET', `/resources/${id}/revisions`)).json();
    expect(revisions).toEqual([expect.objectContaining({ version: 1, change: 'updated', changedFields: ['greatFor', 'hours'], revisedBy: { id: admin.userId, name: expect.any(String) } })]);
    expect(revisions[0].previous).toMatchObject({ greatFor: 'People in Sudbury who need to talk.' });
    const audit = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agencyId).where('subject_id', '=', id).orderBy('seq').execute();
    expect(audit).toEqual([{ type: 'resource.created', details: { key: resource.key } }, { type: 'resource.updated', details: { fields: ['greatFor', 'hours'] } }]);
  });

  it('refuses numbers that cannot be dialled, at their field, in the reader’s language', async () => {
    const phones = [
      { kind: 'voice', dial: '408-4357', display: '408-4357' },
      { kind: 'text', dial: 'CONNECT', display: 'CONNECT' },
      { kind: 'fax', dial: '211', display: '211' },
    ];
    const english = await call(manager, 'POST', '/resources', newResource({ phones }));
    expect(english.statusCode).toBe(400);
    expect(english.json().errors).toEqual([
      { path: 'body.phones.0.dial', code: 'custom', message: expect.stringMatching(/^Enter a phone number with its area code, such as 1-866-863-0511/) },
      { path: 'body.phones.1.dial', code: 'custom', message: 'Write the number with digits only: 1-800-FLOWERS is 1-800-356-9377.' },
      { path: 'body.phones.2.dial', code: 'custom', message: 'Enter a fax number with its area code, such as (416) 555-0199.' },
    ]);
    const french = await call(manager, 'POST', '/resources', newResource({ phones: [{ kind: 'text', dial: '1234567', display: '1234567' }] }), 'fr-CA');
    expect(french.json().errors).toEqual([{ path: 'body.phones.0.dial', code: 'custom', message: expect.stringMatching(/^Entrez le numéro auquel texter : un code abrégé de 3 à 6 chiffres/) }]);
  });

  it('retires a resource out of the default search and restores it, keeping it in history', async () => {
    const created = (await call(manager, 'POST', '/resources', newResource({ name: 'Northern Crisis Line Zebra' }))).json();
    expect(keysOf(await search(intake, 'q=zebra'))).toEqual([created.key]);
    const retired = await call(manager, 'POST', `/resources/${created.id}/retire`, { version: 1 });
    expect(retired.json()).toMatchObject({ retired: true, version: 2, retiredAt: clock.now().toISOString() });
    expect(keysOf(await search(intake, 'q=zebra'))).toEqual([]);
    expect(keysOf(await search(intake, 'q=zebra&includeRetired=true'))).toEqual([created.key]);
    expect((await call(manager, 'POST', `/resources/${created.id}/retire`, { version: 2 })).json().code).toBe('resources.already_retired');
    const participant = await givenParticipant(database.kysely, agencyId);
    expect((await call(facilitator, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: created.id })).json()).toMatchObject({ status: 422, code: 'resources.retired' });
    expect((await call(manager, 'POST', `/resources/${created.id}/restore`, { version: 2 })).json()).toMatchObject({ retired: false, retiredAt: null, version: 3 });
    expect((await call(manager, 'POST', `/resources/${created.id}/restore`, { version: 3 })).json().code).toBe('resources.not_retired');
    expect(keysOf(await search(intake, 'q=zebra'))).toEqual([created.key]);
    const history = (await call(admin, 'GET', `/resources/${created.id}/revisions`)).json();
    expect(history.map((r: { version: number; change: string }) => [r.version, r.change])).toEqual([[2, 'restored'], [1, 'retired']]);
    expect((await call(intake, 'POST', `/resources/${created.id}/retire`, { version: 3 })).statusCode).toBe(403);
  });
});

describe('resources given to people', () => {
  async function givenPartner(): Promise<string> {
    const id = randomUUID();
    await database.kysely.insertInto('partner').values({ agency_id: agencyId, id, full_name_encrypted: 'not-read-here' }).execute();
    return id;
  }

  it('records what a participant was given, once a day, for the participant side', async () => {
    const participant = await givenParticipant(database.kysely, agencyId);
    const gerstein = await idOf('gerstein-crisis-centre');
    const given = await call(facilitator, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: gerstein });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ resourceKey: 'gerstein-crisis-centre', givenOn: '2026-11-21', givenBy: { id: facilitator.userId } });
    expect((await call(intake, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: gerstein })).json().id).toBe(given.json().id);
    await call(intake, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: await idOf('bridges-institute'), givenOn: '2026-11-02' });
    const listed = (await call(manager, 'GET', `/participants/${participant.id}/resource-referrals`)).json();
    expect(listed.map((r: { resourceKey: string; givenOn: string }) => [r.resourceKey, r.givenOn])).toEqual([['gerstein-crisis-centre', '2026-11-21'], ['bridges-institute', '2026-11-02']]);
    const future = await call(intake, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: gerstein, givenOn: '2026-12-01' }, 'fr-CA');
    expect(future.json().errors).toEqual([{ path: 'body.givenOn', code: 'custom', message: expect.stringContaining('dans le futur') }]);
    // Finance sees a participant's identity and income, not the services they were given.
    const finance = await givenStaffSession(database.kysely, agencyId, ['finance'], clock.now());
    expect((await call(finance, 'GET', `/participants/${participant.id}/resource-referrals`)).statusCode).toBe(404);
    // The partner-contact team does not work with participants: for them the route's records do not exist.
    expect((await call(partnerContact, 'POST', `/participants/${participant.id}/resource-referrals`, { resourceId: gerstein })).statusCode).toBe(404);
    expect((await call(facilitator, 'POST', `/participants/${randomUUID()}/resource-referrals`, { resourceId: gerstein })).statusCode).toBe(404);
    const audit = await database.kysely.selectFrom('audit_event').select(['type', 'subject_type', 'details']).where('agency_id', '=', agencyId).where('subject_id', '=', participant.id).where('type', '=', 'resource.referred').execute();
    expect(audit).toHaveLength(2);
    // Rows come back in no particular order without an ORDER BY: compare as a set.
    expect(audit).toEqual(expect.arrayContaining([{ type: 'resource.referred', subject_type: 'participant', details: { resourceId: gerstein } }]));
  });

  it('records what a partner was given for the partner-contact team only; the participant side gets 404 and never sees the rows', async () => {
    const partnerId = await givenPartner();
    const femaide = await idOf('femaide');
    const given = await call(partnerContact, 'POST', `/partners/${partnerId}/resource-referrals`, { resourceId: femaide });
    expect(given.statusCode, given.body).toBe(201);
    expect((await call(partnerContact, 'GET', `/partners/${partnerId}/resource-referrals`)).json()).toEqual([expect.objectContaining({ id: given.json().id, resourceKey: 'femaide', givenBy: { id: partnerContact.userId, name: expect.any(String) } })]);
    for (const who of [intake, facilitator, manager, admin]) {
      expect((await call(who, 'GET', `/partners/${partnerId}/resource-referrals`)).statusCode).toBe(404);
      expect((await call(who, 'POST', `/partners/${partnerId}/resource-referrals`, { resourceId: femaide })).statusCode).toBe(404);
    }
    expect((await call(partnerContact, 'POST', `/partners/${randomUUID()}/resource-referrals`, { resourceId: femaide })).statusCode).toBe(404);
    // Row-level security is the second wall: without the partner compartment the rows are invisible and cannot be written.
    const participantSide = scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] });
    expect(await participantSide.transaction((trx) => trx.selectFrom('resource_referral_partner').select('id').execute())).toEqual([]);
    await expect(
      participantSide.transaction((trx) => trx.insertInto('resource_referral_partner').values({ agency_id: agencyId, resource_id: femaide, partner_id: partnerId, given_on: '2026-11-20' }).execute()),
    ).rejects.toThrow(/row-level security/);
  });
});
