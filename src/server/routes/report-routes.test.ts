import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keyring } from '../../core/crypto/keyring.js';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { givenClosedCase } from '../../core/reports/testing/given-closed-case.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { StaffSession } from '../testing/given-staff-session.js';
import { givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/** Completion reports through the API: drafted, signed, previewed in both languages, sent once, acknowledged. */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;
let keyring: Keyring;

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  keyring = built.keyring;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('completion reports through the API', () => {
  it('refuses a report on an open case in words, in French', async () => {
    const response = await call(world.sessions.manager, 'POST', `/participants/${world.params.participantId}/court-report`, { language: 'fr' }, 'fr-CA');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'reports.not_eligible' });
    expect(response.json().detail).toContain('encore ouvert');
  });

  it('takes a report from draft to acknowledged, with PDFs in both languages and one email', async () => {
    const { manager, facilitator } = world.sessions;
    const closed = await givenClosedCase(database.kysely, keyring, world.agencyId, { givenName: 'Jérôme', familyName: 'Côté', concerns: [{ category: 'threat_to_child', occurredOn: '2026-10-13', summary: 'SECRET-PARTNER-WORDS' }] });
    const base = `/participants/${closed.participantId}/court-report`;
    expect((await call(manager, 'GET', base)).json()).toMatchObject({ eligible: true, kind: 'completion', dueOn: '2026-11-27', report: null });
    const created = await call(facilitator, 'POST', base, { language: 'fr' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const duplicate = await call(manager, 'POST', base, { language: 'fr' }, 'fr-CA');
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toContain('déjà son rapport');
    const observed = await call(facilitator, 'PUT', `/court-reports/${id}`, { version: 1, observations: 'A participé à chaque discussion.' });
    expect(observed.statusCode, observed.body).toBe(200);
    const ticked = await call(manager, 'PUT', `/court-reports/${id}`, { version: 2, concernIds: closed.concernIds });
    expect(ticked.json().content.concerns).toEqual([{ category: 'threat_to_child', occurredOn: '2026-10-13' }]);

    const preview = await app.inject({ url: `/api/v1/court-reports/${id}/pdf?lang=fr`, headers: manager.headers });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('application/pdf');
    const draftText = (await readPdf(preview.rawPayload)).text.replace(/\u00a0/g, ' ');
    expect(draftText).toContain('ÉBAUCHE — non signée');
    expect(draftText).toContain('2026-10-13 : menace envers un enfant');

    const signed = await call(manager, 'POST', `/court-reports/${id}/sign`, { version: 3, signedName: 'Daniel Okafor', confirm: true });
    expect(signed.statusCode, signed.body).toBe(200);
    const english = await readPdf((await app.inject({ url: `/api/v1/court-reports/${id}/pdf?lang=en`, headers: manager.headers })).rawPayload);
    expect(english.text).toContain('Program Completion Report');
    expect(english.text).toContain('Signed electronically by Daniel Okafor, program manager, on 2026-11-21.');
    expect(english.text).toContain('A participé à chaque discussion.');
    expect(english.text).not.toContain('SECRET-PARTNER-WORDS');

    const send = { method: 'email', to: 'pat.officer@probation.example.org', idempotencyKey: `send-${id}` };
    const sent = await call(manager, 'POST', `/court-reports/${id}/deliveries`, send);
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await call(manager, 'POST', `/court-reports/${id}/deliveries`, send)).json().deliveries).toHaveLength(1);
    const twice = await call(manager, 'POST', `/court-reports/${id}/deliveries`, { ...send, idempotencyKey: `again-${id}` }, 'fr-CA');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('Ce rapport a déjà été envoyé le 2026-11-21. Il n’est pas envoyé de nouveau.');
    const mail = await database.kysely.selectFrom('outbox_message').select(['subject', 'body_text', 'locale']).where('agency_id', '=', world.agencyId).where('kind', '=', 'court_report').execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ locale: 'fr-CA', subject: 'Rapport d’achèvement du programme — Jérôme Côté' });
    // The email carries the signed PDF: the bytes GET …/pdf serves in the report's language.
    const files = await database.kysely.selectFrom('outbox_attachment').select(['id', 'agency_id', 'content_encrypted']).where('agency_id', '=', world.agencyId).execute();
    expect(files).toHaveLength(1);
    const attached = Buffer.from(keyring.decrypt(files[0]!.content_encrypted, `outbox_attachment.content:${files[0]!.agency_id}:${files[0]!.id}`), 'base64');
    expect(attached.equals((await app.inject({ url: `/api/v1/court-reports/${id}/pdf?lang=fr`, headers: manager.headers })).rawPayload)).toBe(true);

    expect((await call(manager, 'GET', '/court-reports')).json()).toContainEqual(expect.objectContaining({ reportId: id, state: 'sent', sentOn: '2026-11-21', ackDueOn: '2026-12-04' }));
    const acked = await call(manager, 'POST', `/court-reports/${id}/acknowledgement`, { acknowledgedOn: '2026-11-21', method: 'email', acknowledgedBy: 'Pat Officer' });
    expect(acked.statusCode, acked.body).toBe(200);
    expect((await call(manager, 'GET', '/court-reports')).json().map((item: { reportId: string }) => item.reportId)).not.toContain(id);
    expect((await call(manager, 'GET', '/court-reports?show=all')).json()).toContainEqual(expect.objectContaining({ reportId: id, state: 'acknowledged' }));
  });

  it('is not found for the partner-contact team, and only the manager signs', async () => {
    const { partner_contact: worker, partner_contact_lead: lead, facilitator } = world.sessions;
    for (const who of [worker, lead]) {
      expect((await call(who, 'GET', `/participants/${world.params.participantId}/court-report`)).statusCode).toBe(404);
      expect((await app.inject({ url: `/api/v1/court-reports/${world.params.reportId}/pdf`, headers: who.headers })).statusCode).toBe(404);
      expect((await call(who, 'GET', '/court-reports')).statusCode).toBe(404);
    }
    expect((await call(facilitator, 'POST', `/court-reports/${world.params.reportId}/sign`, { version: 1, signedName: 'Marcus Lee', confirm: true })).statusCode).toBe(404);
  });

  it('refuses an interim notice on a case that is not in the program, in words, and sends one on an active case once', async () => {
    const manager = world.sessions.manager;
    const body = { reason: 'threat', eventOn: '2026-11-20', language: 'fr', signedName: 'Daniel Okafor', confirm: true, delivery: { method: 'email', to: 'pat.officer@probation.example.org' }, idempotencyKey: 'route-notice-0001' };
    const refused = await call(manager, 'POST', `/participants/${world.params.participantId}/referral-notices`, body, 'fr-CA');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toBe('Un avis de menace ne s’envoie que pendant que la personne suit le programme.');
    const open = await givenClosedCase(database.kysely, keyring, world.agencyId, { state: 'active' });
    const sent = await call(manager, 'POST', `/participants/${open.participantId}/referral-notices`, body);
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await call(manager, 'POST', `/participants/${open.participantId}/referral-notices`, body)).json()).toEqual(sent.json());
    const listed = await call(world.sessions.facilitator, 'GET', `/participants/${open.participantId}/referral-notices`);
    expect(listed.json()).toEqual([sent.json()]);
    const pdf = await readPdf((await app.inject({ url: `/api/v1/referral-notices/${sent.json().id}/pdf?lang=fr`, headers: manager.headers })).rawPayload);
    expect(pdf.text.replace(/\u00a0/g, ' ')).toContain('Avis de non-conformité : menace');
  });

  it('keeps the report clocks, per stream too', async () => {
    const manager = world.sessions.manager;
    expect((await call(manager, 'GET', '/court-report-settings')).json()).toEqual({ dueBusinessDays: 5, ackEscalationBusinessDays: 10, streams: [] });
    const saved = await call(manager, 'PUT', '/court-report-settings', { dueBusinessDays: 7, ackEscalationBusinessDays: 15, streams: [{ streamId: world.params.streamId, dueBusinessDays: 3 }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ dueBusinessDays: 7, ackEscalationBusinessDays: 15, streams: [{ streamId: world.params.streamId, dueBusinessDays: 3 }] });
  });
});
