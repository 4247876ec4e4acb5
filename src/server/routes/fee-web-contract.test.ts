import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../db/seed-demo.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { randomUUID } from 'node:crypto';
import { readPdf } from '../../core/packs/testing/read-pdf.js';
import { agedBalancesSchema, closedPeriodSchema, feeSettingsSchema, receiptPdfPath, dailyPaymentsSchema, feeAssessmentSchema, feeScheduleListSchema, feeScheduleSchema, ledgerEntryResultSchema, participantFeesSchema } from '../../web/api/fees.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

let database: TestDatabase;
let app: FastifyInstance;
let finance: StaffSession;
let participantIds: string[];

beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  const built = await buildTestServer(database);
  app = built.app;
  const { agencyId } = await seedDemo(database.kysely, built.keyring);
  finance = await givenStaffSession(database.kysely, agencyId, ['finance'], built.clock.now());
  participantIds = [...new Set((await database.kysely.selectFrom('ledger_entry').select('participant_id').where('agency_id', '=', agencyId).execute()).map((r) => r.participant_id))];
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('the finance pages read what the fees API answers', () => {
  it('parses accounts, schedules and reports of the demo ledgers', async () => {
    expect(participantIds.length).toBeGreaterThan(3);
    for (const id of participantIds) {
      const response = await app.inject({ url: `/api/v1/participants/${id}/fees`, headers: finance.headers });
      expect(response.statusCode).toBe(200);
      const parsed = participantFeesSchema.safeParse(response.json());
      expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
    }
    const schedules = await app.inject({ url: '/api/v1/fees/schedules', headers: finance.headers });
    expect(feeScheduleListSchema.safeParse(schedules.json()).success).toBe(true);
    const aged = await app.inject({ url: '/api/v1/fees/reports/aged-balances', headers: finance.headers });
    const agedParsed = agedBalancesSchema.safeParse(aged.json());
    expect(agedParsed.success).toBe(true);
    const day = agedParsed.data?.asOf ?? '';
    const daily = await app.inject({ url: `/api/v1/fees/reports/daily-payments?date=${day}`, headers: finance.headers });
    expect(dailyPaymentsSchema.safeParse(daily.json()).success).toBe(true);
  });

  it('accepts what the forms send: a payment (once per key), an assessment, a new schedule version', async () => {
    const owing = (await app.inject({ url: '/api/v1/fees/reports/aged-balances', headers: finance.headers })).json() as { asOf: string; rows: { participantId: string }[] };
    const participantId = owing.rows[0]!.participantId;
    const payment = { kind: 'payment', idempotencyKey: randomUUID(), amountCents: 2_500, method: 'third_party', payerName: 'Band office', effectiveOn: owing.asOf };
    const first = await app.inject({ method: 'POST', url: `/api/v1/participants/${participantId}/ledger-entries`, headers: finance.headers, payload: payment });
    expect(first.statusCode).toBe(201);
    const recorded = ledgerEntryResultSchema.parse(first.json());
    expect(recorded.duplicate).toBe(false);
    const again = ledgerEntryResultSchema.parse((await app.inject({ method: 'POST', url: `/api/v1/participants/${participantId}/ledger-entries`, headers: finance.headers, payload: payment })).json());
    expect(again).toMatchObject({ duplicate: true, entry: { id: recorded.entry.id, receiptNumber: recorded.entry.receiptNumber } });
    // The receipt links of the account open the PDF in the language they name.
    const number = recorded.entry.receiptNumber!;
    const french = await app.inject({ url: receiptPdfPath(participantId, number, 'fr'), headers: { ...finance.headers, 'accept-language': 'en-CA' } });
    expect(french.headers['content-type']).toBe('application/pdf');
    expect((await readPdf(french.rawPayload)).text).toContain(`Reçu officiel nº ${number}`);
    const english = await app.inject({ url: receiptPdfPath(participantId, number, 'en'), headers: { ...finance.headers, 'accept-language': 'fr-CA' } });
    expect((await readPdf(english.rawPayload)).text).toContain(`Official receipt no. ${number}`);

    const account = participantFeesSchema.parse((await app.inject({ url: `/api/v1/participants/${participantId}/fees`, headers: finance.headers })).json());
    const streamId = account.currentAssessment!.streamId;
    const assessed = await app.inject({ method: 'POST', url: `/api/v1/participants/${participantId}/fee-assessments`, headers: finance.headers, payload: { streamId, adjustment: null } });
    expect(assessed.statusCode).toBe(201);
    expect(feeAssessmentSchema.safeParse(assessed.json()).success).toBe(true);

    const schedule = await app.inject({
      method: 'POST',
      url: '/api/v1/fees/schedules',
      headers: finance.headers,
      payload: { streamId, effectiveFrom: '2027-01-01', privateSessionFeeCents: 13_000, bands: [{ minHouseholdSize: 1, maxIncomeCents: 3_000_000, totalFeeCents: 0 }, { minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 50_000 }] },
    });
    expect(schedule.statusCode).toBe(201);
    expect(feeScheduleSchema.parse(schedule.json())).toMatchObject({ effectiveFrom: '2027-01-01', inForce: false });
  });

  it('accepts a charge, a refund and a correction as the dialogs send them, the settings, and closing the books', async () => {
    const owing = (await app.inject({ url: '/api/v1/fees/reports/aged-balances', headers: finance.headers })).json() as { asOf: string; rows: { participantId: string }[] };
    const participantId = owing.rows[0]!.participantId;
    const today = owing.asOf;
    const send = (payload: object) => app.inject({ method: 'POST', url: `/api/v1/participants/${participantId}/ledger-entries`, headers: finance.headers, payload: { ...payload, idempotencyKey: randomUUID() } });
    const charge = await send({ kind: 'charge', chargeType: 'private_session', amountCents: 12_500, effectiveOn: today });
    expect(charge.statusCode).toBe(201);
    const charged = ledgerEntryResultSchema.parse(charge.json());
    const paid = ledgerEntryResultSchema.parse((await send({ kind: 'payment', amountCents: 5_000, method: 'debit', effectiveOn: today })).json());
    const refund = await send({ kind: 'refund', amountCents: 1_000, method: 'debit', effectiveOn: today });
    expect(refund.statusCode).toBe(201);
    expect(ledgerEntryResultSchema.parse(refund.json()).entry.receiptNumber).toBe(paid.entry.receiptNumber! + 1);
    const correction = await send({ kind: 'correction', correctsEntryId: charged.entry.id, amountCents: -2_500, reason: 'wrong_amount', effectiveOn: today });
    expect(correction.statusCode).toBe(201);
    expect(ledgerEntryResultSchema.parse(correction.json()).balanceCents).toBe(charged.balanceCents - 5_000 + 1_000 - 2_500);

    const settings = feeSettingsSchema.parse((await app.inject({ url: '/api/v1/fees/settings', headers: finance.headers })).json());
    const saved = await app.inject({ method: 'PUT', url: '/api/v1/fees/settings', headers: finance.headers, payload: { allowedCreditCents: 1_000, partnerNoticeAmounts: !settings.partnerNoticeAmounts } });
    expect(feeSettingsSchema.parse(saved.json())).toMatchObject({ allowedCreditCents: 1_000, partnerNoticeAmounts: !settings.partnerNoticeAmounts });
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const closed = await app.inject({ method: 'POST', url: '/api/v1/fees/periods/close', headers: finance.headers, payload: { through: yesterday } });
    expect(closed.statusCode).toBe(201);
    expect(closedPeriodSchema.parse(closed.json()).closedThrough).toBe(yesterday);
    // A back-dated payment is refused in words on its field.
    const late = await send({ kind: 'payment', amountCents: 1_000, method: 'cash', effectiveOn: yesterday });
    expect(late.statusCode).toBe(422);
    expect(JSON.stringify(late.json())).toContain(yesterday);
  });
});
