import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';
import { xlsxSheet } from '../../core/shared/testing/xlsx-sheet.js';

let database: TestDatabase;
let app: FastifyInstance;
let finance: StaffSession;
let manager: StaffSession;
let facilitator: StaffSession;
let day: string;

/** What a spreadsheet user would type to run something: the export must never leave it a formula. */
const attackName = '=HYPERLINK("http://evil.example","Click")';

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  const now = built.clock.now();
  day = now.toISOString().slice(0, 10);
  const db = database.kysely;
  const agency = await givenAgency(db);
  finance = await givenStaffSession(db, agency.id, ['finance'], now);
  manager = await givenStaffSession(db, agency.id, ['manager'], now);
  facilitator = await givenStaffSession(db, agency.id, ['facilitator'], now);
  const attacker = await givenParticipant(db, agency.id, { givenName: attackName, familyName: 'Côté' });
  const plain = await givenParticipant(db, agency.id, { givenName: 'Jérôme', familyName: 'Tremblay' });
  const old = new Date(now.getTime() - 100 * 86_400_000).toISOString().slice(0, 10);
  let key = 0;
  const entry = (participantId: string, values: { kind: 'charge' | 'payment'; amount: number; on: string; receipt?: number; method?: 'cash' | 'third_party'; payer?: string }) => ({
    agency_id: agency.id,
    participant_id: participantId,
    kind: values.kind,
    charge_type: values.kind === 'charge' ? ('program_fee' as const) : null,
    method: values.method ?? null,
    payer_name: values.payer ?? null,
    amount_cents: values.amount,
    effective_on: values.on,
    receipt_number: values.receipt ?? null,
    idempotency_key: `test-key-${++key}`,
    recorded_at: now,
    recorded_by: null,
  });
  await db
    .insertInto('ledger_entry')
    .values([
      entry(attacker.id, { kind: 'charge', amount: 45_000, on: old }),
      entry(attacker.id, { kind: 'payment', amount: -12_550, on: day, receipt: 1, method: 'third_party', payer: '+SUM(1,2)' }),
      entry(plain.id, { kind: 'charge', amount: 20_000, on: day }),
      entry(plain.id, { kind: 'payment', amount: -5_000, on: day, receipt: 2, method: 'cash' }),
    ])
    .execute();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('fees report exports', () => {
  it("gives the day's payments as CSV with the formula-like name and payer quoted, amounts as numbers, headers in French", async () => {
    const response = await app.inject({ url: `/api/v1/fees/reports/daily-payments/export?date=${day}&format=csv`, headers: { ...finance.headers, 'accept-language': 'fr-CA' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="daily-payments-${day}.csv"`);
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Nº de reçu,Date,Personne participante,Écriture,Mode de paiement,Payé par (tiers),Montant ($ CA),Enregistré le (UTC)');
    expect(lines[1]?.startsWith(`1,${day},"'=HYPERLINK(""http://evil.example"",""Click"") Côté",Paiement,Tiers payeur,"'+SUM(1,2)",125.50,`)).toBe(true);
    expect(lines[2]?.startsWith(`2,${day},Jérôme Tremblay,Paiement,Argent comptant,,50.00,`)).toBe(true);
  });

  it('gives the aged balances as XLSX: names are string cells, balances numbers, nothing a formula', async () => {
    const response = await app.inject({ url: '/api/v1/fees/reports/aged-balances/export?format=xlsx', headers: finance.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="aged-balances-${day}.xlsx"`);
    const sheet = xlsxSheet(response.rawPayload);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="A2" t="inlineStr" s="3"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;) Côté</t></is></c>');
    // $450.00 charged 100 days ago, $125.50 paid: $324.50 over 90 days.
    expect(sheet).toContain('<c r="B2" s="2"><v>324.5</v></c>');
    expect(sheet).toContain('<c r="F2" s="2"><v>324.5</v></c>');
    expect(sheet).toContain('<c r="B3" s="2"><v>150</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">Participant</t>');
  });

  it('is for finance only: to the manager and a facilitator it is not found (a compartment permission), and bad input is a 400', async () => {
    for (const session of [manager, facilitator]) {
      const response = await app.inject({ url: `/api/v1/fees/reports/daily-payments/export?date=${day}`, headers: session.headers });
      expect(response.statusCode).toBe(404);
    }
    expect((await app.inject({ url: '/api/v1/fees/reports/daily-payments/export?date=yesterday', headers: finance.headers })).statusCode).toBe(400);
    expect((await app.inject({ url: `/api/v1/fees/reports/daily-payments/export?date=${day}&format=pdf`, headers: finance.headers })).statusCode).toBe(400);
  });
});
