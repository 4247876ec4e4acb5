import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

/** The partner's own record through the API: one PDF, audited, for the partner-contact team only. */
let database: TestDatabase;
let app: FastifyInstance;
let world: SecurityWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  world = await givenSecurityWorld(database.kysely, built.keyring, built.clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe("the partner's record export", () => {
  it('downloads everything held about the partner and records the export', async () => {
    const lead = world.sessions.partner_contact_lead;
    const response = await app.inject({ url: `/api/v1/partners/${world.params.partnerId}/record/pdf`, headers: lead.headers });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="partner-record-en.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    const pdf = await readPdf(response.rawPayload);
    // The world's partner: their name, their safety plan, the resource they were given, the disclosure about them.
    expect(pdf.text).toContain(`Name: ${world.canaries.find((canary) => canary.startsWith('CANARY-PARTNER-'))}`);
    expect(pdf.text).toContain('CANARY-PLAN-');
    expect(pdf.text).toContain('World line');
    expect(pdf.text).toContain('What was disclosed: CANARY-DISCLOSED-');
    const events = await database.kysely.selectFrom('audit_event').select(['actor_user_id', 'subject_id', 'details']).where('agency_id', '=', world.agencyId).where('type', '=', 'partner.record_exported').execute();
    expect(events).toEqual([expect.objectContaining({ actor_user_id: lead.userId, subject_id: world.params.partnerId, details: expect.objectContaining({ language: 'en', safetyPlanVersions: 1, disclosures: 1 }) })]);
  });

  it('does not exist for anyone outside the partner-contact team (404)', async () => {
    for (const role of ['manager', 'facilitator', 'intake', 'finance', 'admin', 'auditor'] as const) {
      expect((await app.inject({ url: `/api/v1/partners/${world.params.partnerId}/record/pdf`, headers: world.sessions[role].headers })).statusCode).toBe(404);
    }
  });
});
