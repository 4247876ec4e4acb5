import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeFeePeriod, updateFeeSettings } from './fee-reports.js';
import { recordLedgerEntry } from './ledger.js';
import { payment, refusal, today, useFeesWorld } from './testing/fees-world.js';

/** The ledger's refusals against the database: amounts, dates, credit, duplicates, closed periods, corrections. */
const { givenWorld, rowsOf } = useFeesWorld();

describe('ledger refusals', () => {
  async function owing(amount = 300_00) {
    const w = await givenWorld();
    const finance = await w.as('finance');
    await recordLedgerEntry(finance, w.participant.id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `charge-${randomUUID()}`, amountCents: amount, effectiveOn: '2026-10-01' });
    return { ...w, finance };
  }

  it.each([
    ['zero payment', payment(0), 'fees.amount_not_positive'],
    ['negative payment', payment(-500), 'fees.amount_not_positive'],
    ['huge payment', payment(200_000_00), 'fees.amount_too_large'],
    ['payment dated tomorrow', payment(100, { effectiveOn: '2026-11-25' }), 'fees.entry_in_future'],
    ['overpayment', payment(300_01), 'fees.overpayment'],
    ['refund beyond payments', { kind: 'refund', idempotencyKey: `refund-${randomUUID()}`, amountCents: 1, method: 'cash', effectiveOn: today } as const, 'fees.refund_exceeds_payments'],
    ['zero charge', { kind: 'charge', chargeType: 'private_session', idempotencyKey: `charge-${randomUUID()}`, amountCents: 0, effectiveOn: today } as const, 'fees.amount_not_positive'],
  ] as const)('refuses a %s, with a message in both languages, leaving no row', async (_name, input, code) => {
    const w = await owing();
    const refused = await refusal(recordLedgerEntry(w.finance, w.participant.id, input));
    expect(refused.code).toBe(code);
    expect(await rowsOf(w.participant.id)).toHaveLength(1);
  });

  it('allows a credit up to the agency setting, no more', async () => {
    const w = await owing(100_00);
    await updateFeeSettings(w.finance, { allowedCreditCents: 20_00 });
    const over = await refusal(recordLedgerEntry(w.finance, w.participant.id, payment(120_01)));
    expect(over.en).toContain('$20.01');
    expect(over.fr).toContain('20,01');
    const ok = await recordLedgerEntry(w.finance, w.participant.id, payment(120_00));
    expect(ok.balanceCents).toBe(-20_00);
  });

  it('returns the first entry for a duplicate submission, and refuses a reused key with other details', async () => {
    const w = await owing();
    const input = payment(50_00);
    const first = await recordLedgerEntry(w.finance, w.participant.id, input);
    const again = await recordLedgerEntry(w.finance, w.participant.id, input);
    expect(again).toEqual({ entry: first.entry, duplicate: true, balanceCents: 250_00 });
    expect((await refusal(recordLedgerEntry(w.finance, w.participant.id, { ...input, amountCents: 60_00 }))).code).toBe('fees.idempotency_key_reused');
    expect((await rowsOf(w.participant.id)).filter((r) => r.kind === 'payment')).toHaveLength(1);
  });

  it('refuses entries dated into a closed period, and closes only forward and up to yesterday', async () => {
    const w = await owing();
    await closeFeePeriod(w.finance, '2026-10-31');
    const closed = await refusal(recordLedgerEntry(w.finance, w.participant.id, payment(10_00, { effectiveOn: '2026-10-31' })));
    expect(closed.code).toBe('fees.period_closed');
    expect(closed.en).toContain('2026-10-31');
    expect(closed.fr).toContain('2026-10-31');
    await expect(recordLedgerEntry(w.finance, w.participant.id, payment(10_00, { effectiveOn: '2026-11-01' }))).resolves.toMatchObject({ duplicate: false });
    expect((await refusal(closeFeePeriod(w.finance, '2026-10-15'))).code).toBe('fees.period_not_after_closed');
    expect((await refusal(closeFeePeriod(w.finance, today))).code).toBe('fees.period_in_future');
  });

  it('corrects an entry with a signed entry of its own; a correction of 0 or of an unknown entry is refused', async () => {
    const w = await owing();
    const [charge] = await rowsOf(w.participant.id);
    const corrected = await recordLedgerEntry(w.finance, w.participant.id, { kind: 'correction', idempotencyKey: `fix-${randomUUID()}`, correctsEntryId: charge!.id, amountCents: -50_00, reason: 'wrong_amount', effectiveOn: today });
    expect(corrected).toMatchObject({ balanceCents: 250_00, entry: { kind: 'correction', amountCents: -50_00, correctsEntryId: charge!.id, receiptNumber: null } });
    expect((await refusal(recordLedgerEntry(w.finance, w.participant.id, { kind: 'correction', idempotencyKey: `fix-${randomUUID()}`, correctsEntryId: charge!.id, amountCents: 0, reason: 'wrong_amount', effectiveOn: today }))).code).toBe('fees.amount_zero');
    expect((await refusal(recordLedgerEntry(w.finance, w.participant.id, { kind: 'correction', idempotencyKey: `fix-${randomUUID()}`, correctsEntryId: randomUUID(), amountCents: 5, reason: 'wrong_amount', effectiveOn: today }))).code).toBe('fees.entry_not_found');
  });

  it('lets only finance record entries', async () => {
    const w = await owing();
    // fee.manage opens the participant compartment: without it, the account does not exist (404).
    await expect(recordLedgerEntry(await w.as('intake'), w.participant.id, payment(10_00))).rejects.toMatchObject({ kind: 'not_found' });
    await expect(recordLedgerEntry(await w.as('facilitator'), w.participant.id, payment(10_00))).rejects.toMatchObject({ kind: 'not_found' });
  });
});

