import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { givenParticipant } from '../../db/testing/factories.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import { getAgedBalances, getDailyPayments, updateFeeSettings } from './fee-reports.js';
import { getReceipt, recordLedgerEntry } from './ledger.js';
import { payment, today, useFeesWorld } from './testing/fees-world.js';
import { getReceiptPdf } from './get-receipt-pdf.js';

/** Receipts, fees-paid partner notices and the finance reports against the database. */
const { db, givenWorld } = useFeesWorld();

describe('receipts, notices and reports', () => {
  it('numbers payments and refunds in one unbroken sequence per agency and shows a receipt', async () => {
    const w = await givenWorld();
    const other = await givenParticipant(db(), w.agency.id, { givenName: 'Robin', familyName: 'Example' });
    const finance = await w.as('finance');
    for (const id of [w.participant.id, other.id]) {
      await recordLedgerEntry(finance, id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `c-${randomUUID()}`, amountCents: 125_00, effectiveOn: today });
    }
    const a = await recordLedgerEntry(finance, w.participant.id, payment(100_00, { method: 'third_party', payerName: 'Acme Employer Ltd' }));
    const b = await recordLedgerEntry(finance, other.id, payment(125_00, { method: 'debit' }));
    const c = await recordLedgerEntry(finance, w.participant.id, { kind: 'refund', idempotencyKey: `r-${randomUUID()}`, amountCents: 10_00, method: 'cash', effectiveOn: today });
    expect([a, b, c].map((r) => r.entry.receiptNumber)).toEqual([1, 2, 3]);
    const receipt = await getReceipt(finance, w.participant.id, 1);
    expect(receipt).toMatchObject({ receiptNumber: 1, kind: 'payment', amountCents: 100_00, method: 'third_party', payerName: 'Acme Employer Ltd', balanceAfterCents: 25_00, participant: { name: 'Jordan Sample' } });
    await expect(getReceipt(finance, w.participant.id, 2)).rejects.toMatchObject({ code: 'fees.receipt_not_found' });
    const pdf = await getReceiptPdf({ ...finance, locale: 'fr-CA' }, w.participant.id, 1);
    expect(pdf.fileName).toBe('receipt-1-fr.pdf');
    const french = (await readPdf(pdf.bytes)).text.replace(/[\u00a0\u202f]/g, ' ');
    for (const text of ['Jordan Sample', 'Acme Employer Ltd', '100,00 $', w.agency.name]) expect(french).toContain(text);
    const refundPdf = await getReceiptPdf(finance, w.participant.id, 3);
    const english = (await readPdf(refundPdf.bytes)).text.replace(/[\u00a0\u202f]/g, ' ');
    for (const text of ['Jordan Sample', '$10.00', w.agency.name]) expect(english).toContain(text);
    expect(english).not.toContain('Acme');
    const daily = await getDailyPayments(finance, today);
    expect(daily.rows.map((r) => [r.receiptNumber, r.kind, r.amountCents])).toEqual([[1, 'payment', 100_00], [2, 'payment', 125_00], [3, 'refund', -10_00]]);
    expect(daily.totalCents).toBe(215_00);
    expect(daily.totalsByMethod).toEqual([{ method: 'cash', amountCents: -10_00 }, { method: 'debit', amountCents: 125_00 }, { method: 'third_party', amountCents: 100_00 }]);
  });

  it('tells the partner-contact team a payment was made, in general terms only', async () => {
    const w = await owing2();
    const first = await recordLedgerEntry(w.finance, w.participant.id, payment(100_00));
    const second = await recordLedgerEntry(w.finance, w.participant.id, payment(200_00));
    const notices = await db().selectFrom('partner_notice').selectAll().where('participant_id', '=', w.participant.id).orderBy('event_key').execute();
    expect(notices.map((n) => [n.type, n.reason_code, n.event_key]).sort()).toEqual(
      [['fees_paid', 'payment_made', `payment:${first.entry.id}`], ['fees_paid', 'fees_up_to_date', `payment:${second.entry.id}`]].sort(),
    );
    // Due two business days later (Thursday), at close of business in Toronto.
    expect(notices[0]!.due_at.toISOString()).toBe('2026-11-26T22:00:00.000Z');
    expect(JSON.stringify(notices)).not.toContain('10000');
    expect(notices.map((n) => n.amount_cents)).toEqual([null, null]);
  });

  it('puts the amount paid in the notice only once the agency allows it, and audits that choice', async () => {
    const w = await owing2();
    const settings = await updateFeeSettings(w.finance, { allowedCreditCents: 0, partnerNoticeAmounts: true });
    expect(settings).toMatchObject({ allowedCreditCents: 0, partnerNoticeAmounts: true });
    // Left out, the choice stays.
    expect(await updateFeeSettings(w.finance, { allowedCreditCents: 5_00 })).toMatchObject({ allowedCreditCents: 5_00, partnerNoticeAmounts: true });
    const paid = await recordLedgerEntry(w.finance, w.participant.id, payment(120_00));
    const notice = await db().selectFrom('partner_notice').select(['reason_code', 'amount_cents']).where('event_key', '=', `payment:${paid.entry.id}`).executeTakeFirstOrThrow();
    expect(notice).toEqual({ reason_code: 'payment_made', amount_cents: 120_00 });
    const audited = await db().selectFrom('audit_event').select('details').where('agency_id', '=', w.agency.id).where('type', '=', 'setting.changed').execute();
    expect(audited.map((a) => a.details)).toContainEqual({ setting: 'fees.partnerNoticeAmounts', from: false, to: true });
  });

  it('ages balances: payments settle the oldest charges first', async () => {
    const w = await givenWorld();
    const finance = await w.as('finance');
    for (const [day, amount] of [['2026-07-01', 100_00], ['2026-09-30', 100_00], ['2026-11-20', 100_00]] as const) {
      await recordLedgerEntry(finance, w.participant.id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `c-${randomUUID()}`, amountCents: amount, effectiveOn: day });
    }
    await recordLedgerEntry(finance, w.participant.id, payment(150_00));
    const report = await getAgedBalances(finance);
    expect(report.rows).toEqual([expect.objectContaining({ participantId: w.participant.id, balanceCents: 150_00, days0to30Cents: 100_00, days31to60Cents: 50_00, days61to90Cents: 0, over90Cents: 0, lastPaymentOn: today })]);
  });

  async function owing2() {
    const w = await givenWorld();
    const finance = await w.as('finance');
    await recordLedgerEntry(finance, w.participant.id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `c-${randomUUID()}`, amountCents: 300_00, effectiveOn: today });
    return { ...w, finance };
  }
});

