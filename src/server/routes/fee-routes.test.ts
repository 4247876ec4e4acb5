import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClock } from '../../core/shared/index.js';
import { instantToZonedTime } from '../../core/shared/zoned-time.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

/** A month of fees through the API: assessment at intake, payments by finance, receipts, reports, refusals in both languages. */
let database: TestDatabase;
let app: FastifyInstance;
let clock: TestClock;
let agencyId: string;
let participantId: string;
let streamId: string;
let finance: StaffSession;
let intake: StaffSession;
let manager: StaffSession;
let facilitator: StaffSession;
let today: string;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = await buildTestServer(database));
  agencyId = (await givenAgency(database.kysely)).id;
  await givenSite(database.kysely, agencyId);
  today = instantToZonedTime(clock.now(), 'America/Toronto').slice(0, 10);
  participantId = (await givenParticipant(database.kysely, agencyId, { givenName: 'Jordan', familyName: 'Sample' })).id;
  streamId = (await database.kysely.insertInto('program_stream').values({ agency_id: agencyId, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy: {} }).returning('id').executeTakeFirstOrThrow()).id;
  finance = await givenStaffSession(database.kysely, agencyId, ['finance'], clock.now());
  intake = await givenStaffSession(database.kysely, agencyId, ['intake'], clock.now());
  manager = await givenStaffSession(database.kysely, agencyId, ['manager'], clock.now());
  facilitator = await givenStaffSession(database.kysely, agencyId, ['facilitator'], clock.now());
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const call = (who: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, lang = 'en-CA') =>
  app.inject({ method, url: `/api/v1${url}`, headers: { ...who.headers, 'accept-language': lang }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('fees through the API', () => {
  it('runs an account: income, assessment, payments, a duplicate, receipts and reports', async () => {
    const declared = await call(intake, 'PUT', `/participants/${participantId}/income`, { householdSize: 1, annualIncomeCents: 45_000_00, version: 0 });
    expect(declared.statusCode, declared.body).toBe(200);
    const assessed = await call(intake, 'POST', `/participants/${participantId}/fee-assessments`, { streamId });
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect(assessed.json()).toMatchObject({ totalFeeCents: 300_00, kind: 'computed' });

    const key = `form-${randomUUID()}`;
    const paid = await call(finance, 'POST', `/participants/${participantId}/ledger-entries`, { kind: 'payment', idempotencyKey: key, amountCents: 100_00, method: 'e_transfer', effectiveOn: today });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ duplicate: false, balanceCents: 200_00, entry: { receiptNumber: 1 } });
    const again = await call(finance, 'POST', `/participants/${participantId}/ledger-entries`, { kind: 'payment', idempotencyKey: key, amountCents: 100_00, method: 'e_transfer', effectiveOn: today });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, entry: { id: paid.json().entry.id } });

    const account = await call(finance, 'GET', `/participants/${participantId}/fees`);
    expect(account.statusCode).toBe(200);
    expect(account.json()).toMatchObject({ balanceCents: 200_00, upToDate: false, receipts: [{ receiptNumber: 1, amountCents: 100_00, method: 'e_transfer' }] });
    expect(account.json().currentAssessment.annualIncomeCents).toBe(45_000_00);
    const forManager = await call(manager, 'GET', `/participants/${participantId}/fees`);
    expect(forManager.statusCode).toBe(200);
    expect(forManager.json().currentAssessment).toMatchObject({ householdSize: null, annualIncomeCents: null });
    expect(forManager.body).not.toContain('4500000');
    expect((await call(facilitator, 'GET', `/participants/${participantId}/fees`)).statusCode).toBe(404);

    const receipt = await call(finance, 'GET', `/participants/${participantId}/receipts/1`);
    expect(receipt.json()).toMatchObject({ receiptNumber: 1, amountCents: 100_00, balanceAfterCents: 200_00, participant: { name: 'Jordan Sample' } });
    const pdf = await call(finance, 'GET', `/participants/${participantId}/receipts/1/pdf`, undefined, 'fr-CA');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="receipt-1-fr.pdf"');
    expect((await call(finance, 'GET', `/participants/${participantId}/receipts/9`)).statusCode).toBe(404);

    const daily = await call(finance, 'GET', `/fees/reports/daily-payments?date=${today}`);
    expect(daily.json()).toMatchObject({ totalCents: 100_00, rows: [{ receiptNumber: 1, participantName: 'Jordan Sample' }] });
    const aged = await call(finance, 'GET', '/fees/reports/aged-balances');
    expect(aged.json().rows).toEqual([expect.objectContaining({ participantId, balanceCents: 200_00, days0to30Cents: 200_00 })]);
    // fee.manage opens the participant compartment: for intake the report does not exist.
    expect((await call(intake, 'GET', '/fees/reports/aged-balances')).statusCode).toBe(404);
  });

  it('refuses bad entries with messages in English and French', async () => {
    const entry = (amountCents: number) => ({ kind: 'payment', idempotencyKey: `form-${randomUUID()}`, amountCents, method: 'cash', effectiveOn: today });
    const zero = await call(finance, 'POST', `/participants/${participantId}/ledger-entries`, entry(0), 'fr-CA');
    expect(zero.statusCode).toBe(400);
    expect(zero.json()).toMatchObject({ code: 'fees.amount_not_positive' });
    expect(zero.json().detail).toContain('0,00 $');
    const over = await call(finance, 'POST', `/participants/${participantId}/ledger-entries`, entry(10_000_00));
    expect(over.statusCode).toBe(422);
    expect(over.json().code).toBe('fees.overpayment');
    expect(over.json().detail).toContain('more than the balance owing');
  });

  it('lets finance and managers add a schedule version, and no one else', async () => {
    const body = { streamId, effectiveFrom: '2099-01-01', privateSessionFeeCents: 130_00, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 700_00 }] };
    expect((await call(intake, 'POST', '/fees/schedules', body)).statusCode).toBe(403);
    const created = await call(manager, 'POST', '/fees/schedules', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ inForce: false, privateSessionFeeCents: 130_00 });
    const listed = await call(intake, 'GET', '/fees/schedules');
    expect(listed.json().schedules.map((s: { version: number; inForce: boolean }) => [s.version, s.inForce])).toEqual([[2, false], [1, true]]);
  });
});
