import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../core/access/index.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { StaffSession } from '../testing/given-staff-session.js';
import { fillParams, givenSecurityWorld, sampleRequest, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/** Disclosures through the API: the gate, the drop box, field errors, and what the summary never reaches. */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;
let logLines: () => string[];

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database, { logLevel: 'debug' });
  app = built.app;
  logLines = built.logLines;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
  // The world's partner is the partner of the world's participant.
  await database.kysely.updateTable('partner').set({ participant_id: world.params.participantId }).where('id', '=', world.params.partnerId!).execute();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession | undefined, method: 'GET' | 'POST', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...(who?.headers ?? {}), 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('disclosures through the API', () => {
  it('takes a Crown disclosure through the manager’s approval to made, and the case gets its concern only', async () => {
    const { partner_contact: worker, manager, facilitator } = world.sessions;
    const recorded = await call(worker, 'POST', '/disclosures', { partnerId: world.params.partnerId, recipient: 'crown', legalBasis: 'assault', summary: 'She said he pushed her on Sunday.', crownWarningGiven: true, concernCategory: 'assault', partnerToldOn: '2026-11-20' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const { id, status } = recorded.json();
    expect(status).toBe('pending_approval');
    const pending = await call(manager, 'GET', '/disclosures?status=pending_approval');
    expect(pending.json().map((item: { id: string }) => item.id)).toContain(id);
    const refusedMade = await call(worker, 'POST', `/disclosures/${id}/made`, { version: 1, method: 'fax', madeAt: '2026-11-20T15:00:00Z' });
    expect(refusedMade.statusCode).toBe(422);
    expect(refusedMade.json().code).toBe('disclosures.not_approved');
    expect((await call(worker, 'POST', `/disclosures/${id}/approve`, { version: 1 })).statusCode).toBe(404);
    const approved = await call(manager, 'POST', `/disclosures/${id}/approve`, { version: 1, note: 'Go ahead.' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', version: 2, partnerId: null, partnerOnFile: true });
    const stale = await call(worker, 'POST', `/disclosures/${id}/made`, { version: 1, method: 'fax', madeAt: '2026-11-20T15:00:00Z' }, 'fr-CA');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('Rechargez la page');
    const made = await call(worker, 'POST', `/disclosures/${id}/made`, { version: 2, method: 'fax', madeAt: '2026-11-20T15:00:00Z' });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({ status: 'made', partnerId: world.params.partnerId, summary: 'She said he pushed her on Sunday.' });
    const concerns = await call(facilitator, 'GET', `/participants/${world.params.participantId}/safety-concerns`);
    expect(concerns.statusCode).toBe(200);
    expect(concerns.json()).toContainEqual({ category: 'assault', occurredOn: expect.any(String), attachedAt: expect.any(String) });
    expect(concerns.body).not.toContain('pushed');
  });

  it('records a child-protection report with no approval, as already made', async () => {
    const response = await call(world.sessions.partner_contact_lead, 'POST', '/disclosures', { partnerId: world.params.partnerId, recipient: 'childrens_aid', legalBasis: 'child_abuse_or_neglect', summary: 'The 4-year-old was left alone overnight.', method: 'phone', madeAt: '2026-11-20T16:00:00Z', concernCategory: 'child_protection' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().status).toBe('made');
  });

  it('answers bad combinations with field errors in the reader’s language', async () => {
    const response = await call(world.sessions.partner_contact, 'POST', '/disclosures', { partnerId: world.params.partnerId, recipient: 'probation', legalBasis: 'child_abuse_or_neglect', summary: 'x', crownWarningGiven: false }, 'fr-CA');
    expect(response.statusCode).toBe(400);
    const errors = response.json().errors as { path: string; message: string }[];
    expect(errors.map((error) => error.path).sort()).toEqual(['body.crownWarningGiven', 'body.legalBasis']);
    expect(errors.find((error) => error.path === 'body.crownWarningGiven')!.message).toContain('peuvent parvenir à l’accusé et à son avocat');
  });

  it('lets a facilitator drop a disclosure in and read nothing back', async () => {
    const facilitator = world.sessions.facilitator;
    const response = await call(facilitator, 'POST', '/disclosures', { participantId: world.params.participantId, recipient: 'crown', legalBasis: 'risk_to_partner', summary: 'He said he would find her.', crownWarningGiven: true, concernCategory: 'threat_to_partner' });
    expect(response.statusCode, response.body).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual(['id', 'recordedAt', 'status']);
    expect((await call(facilitator, 'GET', `/disclosures/${response.json().id}`)).statusCode).toBe(404);
    expect((await call(facilitator, 'GET', '/disclosures')).statusCode).toBe(404);
    expect((await call(world.sessions.intake, 'POST', '/disclosures', { participantId: world.params.participantId, recipient: 'police', legalBasis: 'risk_to_other', summary: 'x' })).statusCode).toBe(403);
  });

  it('never shows what was disclosed outside the disclosure readers: not in any participant-side answer, not to any other role, not in a log line', async () => {
    const canary = `CANARY-SUMMARY-${randomUUID()}`;
    const created = await call(world.sessions.partner_contact, 'POST', '/disclosures', { partnerId: world.params.partnerId, recipient: 'police', legalBasis: 'risk_to_partner', summary: canary, concernCategory: 'threat_to_partner' });
    expect(created.statusCode).toBe(201);
    const detail = await call(world.sessions.manager, 'GET', `/disclosures/${created.json().id}`);
    expect(detail.body).toContain(canary);
    const readers: Role[] = ['manager', 'partner_contact', 'partner_contact_lead'];
    const hits: string[] = [];
    for (const route of app.declaredRoutes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/'))) {
      const sample = sampleRequest('GET', route.url, world.params);
      const url = fillParams(route.url, world.params) + (sample.query ? `?${sample.query}` : '');
      for (const role of [...roles, 'none' as const]) {
        // Disclosure readers see it on the disclosure routes; everywhere else, no one does.
        if (readers.includes(role as Role) && route.url.startsWith('/api/v1/disclosures')) continue;
        const response = await app.inject({ method: 'GET', url, headers: world.sessions[role].headers });
        if ((response.body + JSON.stringify(response.headers)).includes(canary)) hits.push(`${role} ${route.url}`);
      }
    }
    expect(hits).toEqual([]);
    expect(logLines().join('\n')).not.toContain(canary);
    // Every GET route for every role: the sweep grows with the API (a bound, not a timing).
  }, 180_000);
});
