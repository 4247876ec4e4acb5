import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStatisticsAgency } from '../../core/statistics/testing/generate-statistics-world.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { statisticsSchema } from '../../web/api/statistics.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';
import { xlsxSheet } from '../../core/shared/testing/xlsx-sheet.js';
import { givenAuditGrant } from '../../core/audit-access/testing/given-audit-grant.js';

let database: TestDatabase;
let app: FastifyInstance;
let manager: StaffSession;
let auditor: StaffSession;
let facilitator: StaffSession;
const period = 'from=2026-10-01&to=2026-12-31';

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  const now = built.clock.now();
  const agency = await generateStatisticsAgency(database.kysely, 7, { participants: 25 });
  // A stream name is typed by staff: in an export it must never become a formula.
  await database.kysely.updateTable('program_stream').set({ name: '=HYPERLINK("http://evil.example")', name_fr: '=HYPERLINK("http://evil.example")' }).where('agency_id', '=', agency.id).where('code', '=', 'men-en').execute();
  manager = await givenStaffSession(database.kysely, agency.id, ['manager'], now);
  auditor = await givenStaffSession(database.kysely, agency.id, ['auditor'], now);
  await givenAuditGrant(database.kysely, agency.id, auditor.userId, [], now);
  facilitator = await givenStaffSession(database.kysely, agency.id, ['facilitator'], now);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('statistics routes', () => {
  it('give the manager and the auditor the same exact numbers of the period', async () => {
    const response = await app.inject({ url: `/api/v1/statistics?${period}`, headers: manager.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(body.agencies).toBe(1);
    expect(body.referrals.total).toBeGreaterThan(0);
    const byAuditor = await app.inject({ url: `/api/v1/statistics?${period}`, headers: auditor.headers });
    expect(byAuditor.json()).toEqual(body);
    // The dashboard reads this answer with its own schema: it must accept it whole.
    expect(statisticsSchema.parse(body)).toEqual(body);
  });

  it('refuse an end before the start with a message on the end date (French), and a day that is no day', async () => {
    const response = await app.inject({ url: '/api/v1/statistics?from=2026-12-31&to=2026-10-01', headers: { ...manager.headers, 'accept-language': 'fr-CA' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'statistics.period_end_before_start',
      errors: [{ path: 'query.to', message: 'La date de fin (2026-10-01) précède la date de début (2026-12-31). Entrez une date de fin égale ou postérieure à la date de début.' }],
    });
    expect((await app.inject({ url: '/api/v1/statistics?from=2026-02-30', headers: manager.headers })).json()).toMatchObject({ code: 'statistics.day_invalid' });
    expect((await app.inject({ url: '/api/v1/statistics/export?from=2020-01-01&to=2026-12-31', headers: manager.headers })).json()).toMatchObject({ code: 'statistics.period_too_long' });
    expect((await app.inject({ url: '/api/v1/statistics?from=yesterday', headers: manager.headers })).statusCode).toBe(400);
  });

  it('export CSV with counts under 5 suppressed, headers and labels in French, a formula-like stream name never a formula', async () => {
    const json = (await app.inject({ url: `/api/v1/statistics?${period}`, headers: manager.headers })).json();
    const response = await app.inject({ url: `/api/v1/statistics/export?${period}&format=csv`, headers: { ...manager.headers, 'accept-language': 'fr-CA' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="statistics-2026-10-01-2026-12-31.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Section,Ventilation,Mesure,Valeur');
    expect(lines).toContain('Période,Tous,Du,2026-10-01');
    const values = lines.slice(1).filter(Boolean).map((line) => line.split(',').at(-1)!);
    expect(values).toContain('<5');
    // No count from 1 to 4 is written, except the number of agencies.
    const small = lines.filter((line) => /,[1-4]$/.test(line) && !line.startsWith('Période'));
    expect(small).toEqual([]);
    expect(lines).toContain(`Aiguillages,Tous,Total,${json.referrals.total >= 5 || json.referrals.total === 0 ? json.referrals.total : '<5'}`);
    expect(response.body).toContain('"Volet du programme\u00a0: =HYPERLINK(""http://evil.example"")"');
    expect(response.body).not.toMatch(/(^|,)"?=/m);
  });

  it('export XLSX: a suppressed cell is the text <5, numbers stay numbers, nothing is a formula', async () => {
    const response = await app.inject({ url: `/api/v1/statistics/export?${period}&format=xlsx`, headers: auditor.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = xlsxSheet(response.rawPayload);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<t xml:space="preserve">&lt;5</t>');
    expect(sheet).toMatch(/<c r="D\d+"( s="\d+")?><v>\d+<\/v><\/c>/);
    expect(sheet).toContain('<t xml:space="preserve">Measure</t>');
  });

  it('audit every look: who, the period, and whether shown or downloaded', async () => {
    const last = await database.kysely.selectFrom('audit_event').select((eb) => eb.fn.max('seq').as('seq')).where('agency_id', '=', auditor.agencyId).executeTakeFirst();
    await app.inject({ url: `/api/v1/statistics?${period}`, headers: auditor.headers });
    await app.inject({ url: `/api/v1/statistics/export?${period}&format=csv`, headers: auditor.headers });
    const events = await database.kysely
      .selectFrom('audit_event')
      .select(['actor_user_id', 'details'])
      .where('agency_id', '=', auditor.agencyId)
      .where('type', '=', 'statistics.viewed')
      .where('seq', '>', String(last?.seq ?? 0))
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { actor_user_id: auditor.userId, details: { from: '2026-10-01', to: '2026-12-31', via: 'screen' } },
      { actor_user_id: auditor.userId, details: { from: '2026-10-01', to: '2026-12-31', via: 'csv' } },
    ]);
  });

  it('are refused to a facilitator (no statistics.read)', async () => {
    expect((await app.inject({ url: `/api/v1/statistics?${period}`, headers: facilitator.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/statistics/export?${period}`, headers: facilitator.headers })).statusCode).toBe(403);
  });
});
