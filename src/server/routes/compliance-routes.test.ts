import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockIds } from '../../core/compliance/index.js';
import { generateComplianceAgency } from '../../core/compliance/testing/generate-compliance-world.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { complianceItemsSchema, complianceSchema } from '../../web/api/compliance.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { givenSecurityWorld, type SecurityWorld } from '../testing/security-world.js';
import { buildTestServer } from '../testing/test-server.js';

let database: TestDatabase;
let app: FastifyInstance;
let manager: StaffSession;
let lead: StaffSession;
let facilitator: StaffSession;
let world: SecurityWorld;
const period = 'from=2026-10-01&to=2026-12-31';

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  const now = built.clock.now();
  const agency = await generateComplianceAgency(database.kysely, 11, { participants: 30 });
  manager = await givenStaffSession(database.kysely, agency.id, ['manager'], now);
  lead = await givenStaffSession(database.kysely, agency.id, ['partner_contact_lead'], now);
  facilitator = await givenStaffSession(database.kysely, agency.id, ['facilitator'], now);
  world = await givenSecurityWorld(database.kysely, built.keyring, now);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('compliance routes', () => {
  it("give the manager every clock's figures, read whole by the dashboard's schema", async () => {
    const response = await app.inject({ url: `/api/v1/compliance?${period}`, headers: manager.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(body.clocks.map((c: { clock: string }) => c.clock)).toEqual([...clockIds]);
    expect(complianceSchema.parse(body)).toEqual(body);
    const items = (await app.inject({ url: `/api/v1/compliance/report_sent?${period}`, headers: manager.headers })).json();
    expect(complianceItemsSchema.parse(items)).toEqual(items);
    expect(items.items.length).toBe(body.clocks.find((c: { clock: string }) => c.clock === 'report_sent').inScope);
  });

  it('refuse a bad period on its field, translated, and a clock that is none', async () => {
    const response = await app.inject({ url: '/api/v1/compliance?from=2026-12-31&to=2026-10-01', headers: { ...manager.headers, 'accept-language': 'fr-CA' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'statistics.period_end_before_start', errors: [{ path: 'query.to', message: expect.stringContaining('La date de fin (2026-10-01)') }] });
    const day = await app.inject({ url: '/api/v1/compliance/group_size?from=2026-02-30', headers: manager.headers });
    expect(day.statusCode).toBe(400);
    expect(day.json()).toMatchObject({ code: 'statistics.day_invalid', errors: [{ path: 'query.from' }] });
    expect((await app.inject({ url: '/api/v1/compliance/coffee_breaks', headers: manager.headers })).statusCode).toBe(400);
  });

  it('name participants and groups to the manager, partners by id to the lead, and nobody to the other side', async () => {
    const forManager = (await app.inject({ url: `/api/v1/compliance/referral_to_intake?${period}`, headers: manager.headers })).json();
    expect(forManager.items[0].subject).toMatchObject({ kind: 'participant', name: expect.stringMatching(/^Gen Erated-/) });
    const groups = (await app.inject({ url: `/api/v1/compliance/group_size?${period}`, headers: manager.headers })).json();
    expect(groups.items[0].subject).toMatchObject({ kind: 'group', name: expect.stringMatching(/^Group /) });
    const partnersForManager = (await app.inject({ url: `/api/v1/compliance/partner_notices?${period}`, headers: manager.headers })).json();
    expect(partnersForManager.items.length).toBeGreaterThan(0);
    expect(partnersForManager.items.every((item: { subject: { kind: string } }) => item.subject.kind === 'anonymous')).toBe(true);
    const forLead = (await app.inject({ url: `/api/v1/compliance/partner_notices?${period}`, headers: lead.headers })).json();
    expect(forLead.items.every((item: { subject: { kind: string; id?: string } }) => item.subject.kind === 'partner' && Object.keys(item.subject).join() === 'kind,id')).toBe(true);
    const intakeForLead = (await app.inject({ url: `/api/v1/compliance/referral_to_intake?${period}`, headers: lead.headers })).json();
    expect(intakeForLead.items.every((item: { subject: { kind: string } }) => item.subject.kind === 'anonymous')).toBe(true);
    expect(JSON.stringify(intakeForLead)).not.toContain('Erated');
    expect((await app.inject({ url: `/api/v1/compliance?${period}`, headers: facilitator.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/compliance/group_size?${period}`, headers: facilitator.headers })).statusCode).toBe(403);
  });

  it('never give a partner canary to anyone outside the partner-contact team, in any clock', async () => {
    for (const role of ['manager', 'auditor'] as const) {
      for (const path of ['', ...clockIds.map((clock) => `/${clock}`)]) {
        const response = await app.inject({ url: `/api/v1/compliance${path}`, headers: world.sessions[role].headers });
        for (const canary of world.canaries) expect(response.body, `${role} ${path}`).not.toContain(canary);
      }
    }
    // The auditor reads from outside the agency (a grant): small counts reach them as <5, and no anonymous item is listed.
    const forAuditor = (await app.inject({ url: '/api/v1/compliance', headers: world.sessions.auditor.headers })).json();
    expect(forAuditor.suppressed).toBe(true);
    expect(JSON.stringify(forAuditor.clocks)).not.toMatch(/":[1-4],/);
    const auditorItems = (await app.inject({ url: '/api/v1/compliance/first_partner_contact', headers: world.sessions.auditor.headers })).json();
    expect(auditorItems.items).toEqual([]);
    // Items about the files of the auditor's grant are listed, by name; no other participant is.
    const sampled = new Set((await database.kysely.selectFrom('audit_grant_file').select('participant_id').where('agency_id', '=', world.agencyId).execute()).map((r) => r.participant_id));
    const participantItems = [];
    for (const clock of ['referral_to_intake', 'report_sent', 'report_acknowledged']) {
      const items = (await app.inject({ url: `/api/v1/compliance/${clock}`, headers: world.sessions.auditor.headers })).json().items as { subject: { kind: string; id?: string; name?: string } }[];
      participantItems.push(...items);
    }
    expect(participantItems.length).toBeGreaterThan(0);
    for (const item of participantItems) {
      expect(item.subject.kind).toBe('participant');
      expect(sampled.has(item.subject.id!)).toBe(true);
      expect(item.subject.name).toEqual(expect.any(String));
    }
  });

  it('add the compliance figures to the statistics export, suppressed like the rest', async () => {
    const response = await app.inject({ url: `/api/v1/statistics/export?${period}&format=csv`, headers: manager.headers });
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    const compliance = lines.filter((line) => line.startsWith('Standards compliance,'));
    expect(compliance.length).toBe(clockIds.length * 6);
    expect(compliance.some((line) => /^Standards compliance,Referral to intake,Items in scope,(\d+|<5)$/.test(line))).toBe(true);
    expect(compliance.filter((line) => /,[1-4]$/.test(line) && !/Percentage/.test(line))).toEqual([]);
  });
});
