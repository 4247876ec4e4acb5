import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { addDays } from '../shared/business-days.js';
import { isAppError } from '../shared/app-error.js';
import { closeFeePeriod, updateFeeSettings } from './fee-reports.js';
import type { CreateLedgerEntryInput, LedgerEntry } from './fees.schema.js';
import { getParticipantFees, recordLedgerEntry } from './ledger.js';

/**
 * The ledger always balances, whatever is thrown at it: random sequences of valid and invalid
 * payments, charges, refunds and corrections, resubmitted forms and closed periods. After each
 * sequence: the balance is the sum of the accepted entries, a refused entry left no row, a
 * duplicate key gave one entry, receipt numbers run 1..n with no gap, no accepted entry is dated
 * in a period closed before it was written, and no payment left a credit beyond the setting.
 */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
const today = '2026-11-24';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

type Step =
  | { t: 'payment' | 'charge' | 'refund'; amount: number; daysAgo: number }
  | { t: 'correction'; pick: number; amount: number; daysAgo: number }
  | { t: 'resubmit'; pick: number; changeAmount: boolean }
  | { t: 'close'; daysAgo: number };

const amount = fc.oneof(fc.integer({ min: -5_000, max: 0 }), fc.integer({ min: 1, max: 60_000 }), fc.constantFrom(10_000_001));
const daysAgo = fc.integer({ min: -1, max: 40 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ t: fc.constantFrom('payment' as const, 'charge' as const, 'refund' as const), amount, daysAgo }),
  fc.record({ t: fc.constant('correction' as const), pick: fc.nat(), amount: fc.integer({ min: -30_000, max: 30_000 }), daysAgo }),
  fc.record({ t: fc.constant('resubmit' as const), pick: fc.nat(), changeAmount: fc.boolean() }),
  fc.record({ t: fc.constant('close' as const), daysAgo: fc.integer({ min: 0, max: 40 }) }),
);

describe('ledger property', () => {
  it('always balances over random sequences of entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), fc.constantFrom(0, 2_500), async (steps, allowedCredit) => {
        const db = database.kysely;
        const agency = await givenAgency(db);
        await givenSite(db, agency.id);
        const participant = await givenParticipant(db, agency.id);
        const user = await givenStaffUser(db, agency.id);
        const finance = staffCtx(db, keyring, agency.id, { userId: user.id, roles: ['finance'], compartments: compartmentsFor(['finance']), now });
        await updateFeeSettings(finance, { allowedCreditCents: allowedCredit });

        const submitted: CreateLedgerEntryInput[] = [];
        const accepted = new Map<string, LedgerEntry>();
        let closedThrough: string | null = null;
        for (const s of steps) {
          if (s.t === 'close') {
            try {
              closedThrough = (await closeFeePeriod(finance, addDays(today, -s.daysAgo))).closedThrough;
            } catch (error) {
              if (!isAppError(error)) throw error;
            }
            continue;
          }
          let input: CreateLedgerEntryInput;
          const key = `prop-${randomUUID()}`;
          if (s.t === 'resubmit') {
            if (submitted.length === 0) continue;
            const earlier = submitted[s.pick % submitted.length]!;
            input = s.changeAmount ? ({ ...earlier, amountCents: earlier.amountCents + 1 } as CreateLedgerEntryInput) : earlier;
          } else if (s.t === 'correction') {
            const entries = [...accepted.values()];
            const target = entries.length > 0 ? entries[s.pick % entries.length]!.id : randomUUID();
            input = { kind: 'correction', idempotencyKey: key, correctsEntryId: target, amountCents: s.amount, reason: 'entry_error', effectiveOn: addDays(today, -s.daysAgo) };
          } else if (s.t === 'charge') {
            input = { kind: 'charge', chargeType: 'private_session', idempotencyKey: key, amountCents: s.amount, effectiveOn: addDays(today, -s.daysAgo) };
          } else {
            input = { kind: s.t, idempotencyKey: key, amountCents: s.amount, method: 'debit', effectiveOn: addDays(today, -s.daysAgo) };
          }
          const before = [...accepted.values()].reduce((sum, e) => sum + e.amountCents, 0);
          try {
            const result = await recordLedgerEntry(finance, participant.id, input);
            if (result.duplicate) {
              expect(accepted.get(result.entry.id)).toEqual(result.entry);
            } else {
              expect(accepted.has(result.entry.id)).toBe(false);
              accepted.set(result.entry.id, result.entry);
              if (closedThrough !== null) expect(result.entry.effectiveOn > closedThrough).toBe(true);
              expect(result.entry.effectiveOn <= today).toBe(true);
              if (input.kind === 'payment') expect(before + result.entry.amountCents).toBeGreaterThanOrEqual(-allowedCredit);
            }
            expect(result.balanceCents).toBe([...accepted.values()].reduce((sum, e) => sum + e.amountCents, 0));
          } catch (error) {
            if (!isAppError(error)) throw error;
          }
          if (s.t !== 'resubmit') submitted.push(input);
        }

        const rows = await db.selectFrom('ledger_entry').selectAll().where('agency_id', '=', agency.id).execute();
        expect(new Set(rows.map((r) => r.id))).toEqual(new Set(accepted.keys()));
        expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(rows.length);
        const fees = await getParticipantFees(finance, participant.id);
        expect(fees.balanceCents).toBe(rows.reduce((sum, r) => sum + r.amount_cents, 0));
        expect(fees.balanceCents).toBe([...accepted.values()].reduce((sum, e) => sum + e.amountCents, 0));
        const receipts = rows.filter((r) => r.receipt_number !== null).map((r) => r.receipt_number!).sort((a, b) => a - b);
        expect(receipts).toEqual(receipts.map((_, index) => index + 1));
        expect(rows.filter((r) => r.kind === 'payment' || r.kind === 'refund').length).toBe(receipts.length);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
