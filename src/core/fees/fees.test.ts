import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency, givenParticipant, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { translate } from '../../i18n/translate.js';
import { checkTransition } from '../participants/case-lifecycle.rules.js';
import { findCaseFacts } from '../participants/case-facts.queries.js';
import { isAppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assessFee } from './assess-fee.js';
import { closeFeePeriod, getAgedBalances, getDailyPayments, updateFeeSettings } from './fee-reports.js';
import type { CreateLedgerEntryInput } from './fees.schema.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import { getReceiptPdf } from './get-receipt-pdf.js';
import { getParticipantFees, getReceipt, recordLedgerEntry } from './ledger.js';
import { createFeeSchedule, listFeeSchedules } from './schedules.js';

/** Fees against the database: schedules, assessments, the ledger's refusals, receipts, notices, completion. */
let database: TestDatabase;
const keyring = testKeyring();
// Tuesday 2026-11-24, 10:00 in Toronto.
const now = '2026-11-24T15:00:00.000Z';
const today = '2026-11-24';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenWorld(policy: Record<string, unknown> = {}) {
  const db = database.kysely;
  const agency = await givenAgency(db);
  await givenSite(db, agency.id);
  const participant = await givenParticipant(db, agency.id, { givenName: 'Jordan', familyName: 'Sample' });
  const stream = await db.insertInto('program_stream').values({ agency_id: agency.id, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy }).returning('id').executeTakeFirstOrThrow();
  const users = new Map<Role, string>();
  const as = async (role: Role): Promise<Ctx> => {
    if (!users.has(role)) {
      const user = await givenStaffUser(db, agency.id, `Staff ${role}`);
      await db.insertInto('role_grant').values({ agency_id: agency.id, user_id: user.id, role }).execute();
      users.set(role, user.id);
    }
    return staffCtx(db, keyring, agency.id, { userId: users.get(role)!, roles: [role], compartments: compartmentsFor([role]), now });
  };
  const declare = (householdSize: number, annualIncomeCents: number) =>
    db
      .insertInto('participant_income')
      .values({ agency_id: agency.id, participant_id: participant.id, household_size: householdSize, annual_income_cents: annualIncomeCents, declared_at: new Date(now) })
      .onConflict((oc) => oc.columns(['agency_id', 'participant_id']).doUpdateSet({ household_size: householdSize, annual_income_cents: annualIncomeCents }))
      .execute();
  return { agency, participant, streamId: stream.id, as, userOf: (role: Role) => users.get(role)!, declare };
}

/** The error a call is refused with, after checking its message exists in English and French. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; en: string; fr: string }> {
  try {
    await call;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const en = translate('en-CA', `error.${error.code}`, error.params);
    const fr = translate('fr-CA', `error.${error.code}`, error.params);
    expect(en).not.toBe(`error.${error.code}`);
    expect(fr).not.toBe(en);
    return { code: error.code, en, fr };
  }
  throw new Error('expected a refusal');
}

const payment = (amountCents: number, overrides: Partial<Extract<CreateLedgerEntryInput, { kind: 'payment' }>> = {}): CreateLedgerEntryInput => ({
  kind: 'payment',
  idempotencyKey: `pay-${randomUUID()}`,
  amountCents,
  method: 'cash',
  effectiveOn: today,
  ...overrides,
});

async function rowsOf(participantId: string) {
  return database.kysely.selectFrom('ledger_entry').selectAll().where('participant_id', '=', participantId).execute();
}

describe('schedules and assessment', () => {
  it('assesses from the declared income with the default sliding scale, and charges the program fee', async () => {
    const w = await givenWorld();
    await w.declare(1, 45_000_00);
    const assessment = await assessFee(await w.as('intake'), w.participant.id, { streamId: w.streamId });
    // Default scale: one person, $40,000–$50,000 → $300 over 12 sessions.
    expect(assessment).toMatchObject({ kind: 'computed', scheduleFeeCents: 300_00, totalFeeCents: 300_00, sessionsRequired: 12, perSessionFeeCents: 25_00, lastSessionFeeCents: 25_00, privateSessionFeeCents: 125_00, scheduleVersion: 1 });
    const rows = await rowsOf(w.participant.id);
    expect(rows).toEqual([expect.objectContaining({ kind: 'charge', charge_type: 'program_fee', amount_cents: 300_00, assessment_id: assessment.id })]);
    const schedules = await listFeeSchedules(await w.as('manager'));
    expect(schedules.schedules).toEqual([expect.objectContaining({ streamId: w.streamId, version: 1, inForce: true })]);
  });

  it('refuses to assess without a declared income', async () => {
    const w = await givenWorld();
    expect((await refusal(assessFee(await w.as('finance'), w.participant.id, { streamId: w.streamId }))).code).toBe('fees.no_declared_income');
  });

  it('applies a new schedule version only to assessments made from its date; older assessments keep theirs', async () => {
    const w = await givenWorld();
    await w.declare(2, 30_000_00);
    const first = await assessFee(await w.as('finance'), w.participant.id, { streamId: w.streamId });
    const manager = await w.as('manager');
    const later = await createFeeSchedule(manager, { streamId: w.streamId, effectiveFrom: '2027-01-01', privateSessionFeeCents: 150_00, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 999_00 }] });
    expect(later).toMatchObject({ version: 2, inForce: false });
    const again = await assessFee(await w.as('finance'), w.participant.id, { streamId: w.streamId });
    expect(again.scheduleVersion).toBe(1);
    const fees = await getParticipantFees(await w.as('finance'), w.participant.id);
    expect(fees.assessments.map((a) => [a.id, a.scheduleVersion, a.current])).toEqual([[again.id, 1, true], [first.id, 1, false]]);
    expect((await refusal(createFeeSchedule(manager, { streamId: w.streamId, effectiveFrom: '2026-12-01', privateSessionFeeCents: 0, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 0 }] }))).code).toBe('fees.schedule_effective_too_early');
    expect((await refusal(createFeeSchedule(manager, { streamId: w.streamId, effectiveFrom: '2027-02-01', privateSessionFeeCents: 0, bands: [{ minHouseholdSize: 1, maxIncomeCents: 10_00, totalFeeCents: 0 }] }))).code).toBe('fees.bands_incomplete');
  });

  it('re-assesses when income changes with a correcting entry; the first charge is never edited', async () => {
    const w = await givenWorld();
    await w.declare(1, 45_000_00);
    const finance = await w.as('finance');
    await assessFee(finance, w.participant.id, { streamId: w.streamId });
    await w.declare(1, 25_000_00);
    const second = await assessFee(finance, w.participant.id, { streamId: w.streamId });
    expect(second.totalFeeCents).toBe(100_00);
    const rows = await rowsOf(w.participant.id);
    const charge = rows.find((r) => r.kind === 'charge')!;
    expect(charge.amount_cents).toBe(300_00);
    expect(rows.find((r) => r.kind === 'correction')).toMatchObject({ amount_cents: -200_00, corrects_entry_id: charge.id, correction_reason: 'reassessment', assessment_id: second.id });
    expect((await getParticipantFees(finance, w.participant.id)).balanceCents).toBe(100_00);
  });

  it('needs an approver holding fee.schedule for a waiver, a subsidy or a negotiated fee', async () => {
    const w = await givenWorld();
    await w.declare(1, 90_000_00);
    const intake = await w.as('intake');
    await w.as('manager');
    const bad = await refusal(assessFee(intake, w.participant.id, { streamId: w.streamId, adjustment: { kind: 'waived', reason: 'financial_hardship', approverId: w.userOf('intake') } }));
    expect(bad.code).toBe('fees.approver_not_allowed');
    expect(bad.fr).toContain('gestionnaire');
    const range = await refusal(assessFee(intake, w.participant.id, { streamId: w.streamId, adjustment: { kind: 'subsidized', amountCents: 750_00, reason: 'third_party_funding', approverId: w.userOf('manager') } }));
    expect(range.code).toBe('fees.adjustment_amount_out_of_range');
    const subsidized = await assessFee(intake, w.participant.id, { streamId: w.streamId, adjustment: { kind: 'subsidized', amountCents: 250_00, reason: 'third_party_funding', approverId: w.userOf('manager') } });
    expect(subsidized).toMatchObject({ kind: 'subsidized', scheduleFeeCents: 750_00, totalFeeCents: 500_00, approverId: w.userOf('manager') });
    const waived = await assessFee(intake, w.participant.id, { streamId: w.streamId, adjustment: { kind: 'waived', reason: 'financial_hardship', approverId: w.userOf('manager') } });
    expect(waived.totalFeeCents).toBe(0);
    expect((await getParticipantFees(intake, w.participant.id)).balanceCents).toBe(0);
    // The manager reads the account but not the household's income.
    const seenByManager = await getParticipantFees(await w.as('manager'), w.participant.id);
    expect(seenByManager.currentAssessment).toMatchObject({ kind: 'waived', householdSize: null, annualIncomeCents: null });
  });

  it('lets finance and managers set schedules, not intake', async () => {
    const w = await givenWorld();
    await expect(createFeeSchedule(await w.as('intake'), { streamId: w.streamId, effectiveFrom: today, privateSessionFeeCents: 0, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 0 }] })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(createFeeSchedule(await w.as('finance'), { streamId: w.streamId, effectiveFrom: today, privateSessionFeeCents: 0, bands: [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 0 }] })).resolves.toMatchObject({ version: 1, inForce: true });
  });
});

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

describe('receipts, notices and reports', () => {
  it('numbers payments and refunds in one unbroken sequence per agency and shows a receipt', async () => {
    const w = await givenWorld();
    const other = await givenParticipant(database.kysely, w.agency.id, { givenName: 'Robin', familyName: 'Example' });
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
    const notices = await database.kysely.selectFrom('partner_notice').selectAll().where('participant_id', '=', w.participant.id).orderBy('event_key').execute();
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
    const notice = await database.kysely.selectFrom('partner_notice').select(['reason_code', 'amount_cents']).where('event_key', '=', `payment:${paid.entry.id}`).executeTakeFirstOrThrow();
    expect(notice).toEqual({ reason_code: 'payment_made', amount_cents: 120_00 });
    const audited = await database.kysely.selectFrom('audit_event').select('details').where('agency_id', '=', w.agency.id).where('type', '=', 'setting.changed').execute();
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

describe('fees and completion', () => {
  it('reads fees as outstanding while the ledger owes, so completion is refused when the stream asks', async () => {
    const w = await givenWorld({ feesUpToDateForCompletion: true });
    const db = database.kysely;
    const site = await db.selectFrom('site').select('id').where('agency_id', '=', w.agency.id).executeTakeFirstOrThrow();
    const facilitator = await givenStaffUser(db, w.agency.id);
    const group = await db
      .insertInto('group_cycle')
      .values({ agency_id: w.agency.id, stream_id: w.streamId, name: 'Tuesday evening', site_id: site.id, weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: '2026-09-01', capacity: 12, facilitator_1: facilitator.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('enrolment').values({ agency_id: w.agency.id, participant_id: w.participant.id, group_id: group.id, enrolled_at: new Date(now) }).execute();
    const finance = await w.as('finance');
    await recordLedgerEntry(finance, w.participant.id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `c-${randomUUID()}`, amountCents: 125_00, effectiveOn: today });
    const manager = await w.as('manager');
    const factsOwing = await manager.db.transaction((trx) => findCaseFacts(trx, w.participant.id, new Date(now)));
    expect(factsOwing).toMatchObject({ feesUpToDate: false, feesRequiredForCompletion: true });
    const ready = { ...factsOwing, creditedSessions: 12, sessionsRequired: 12, completionReviewed: true };
    expect(checkTransition('active', 'complete', ready)).toEqual({ ok: false, reason: 'fees_outstanding' });
    await recordLedgerEntry(finance, w.participant.id, payment(125_00));
    const factsPaid = await manager.db.transaction((trx) => findCaseFacts(trx, w.participant.id, new Date(now)));
    expect(factsPaid.feesUpToDate).toBe(true);
    expect(checkTransition('active', 'complete', { ...factsPaid, creditedSessions: 12, sessionsRequired: 12, completionReviewed: true })).toMatchObject({ ok: true });
  });
});
