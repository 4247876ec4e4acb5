import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { agencyToday } from '../agencies/agency-day.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findClosedThrough, findFeeSettingRow } from './fees.queries.js';
import { ageBalance } from './fees.rules.js';
import { paymentMethods, type AgedBalanceRow, type AgedBalancesReport, type ClosedPeriod, type DailyPaymentsReport, type FeeSettings, type UpdateFeeSettingsInput } from './fees.schema.js';
import { lockLedger } from './ledger.js';

/**
 * Who owes what and for how long (fee.manage: finance), as of a day (today by default): each
 * participant with a balance owing, split by the age of the unpaid charges (payments and credits
 * settle the oldest first). Entries dated after `asOf` are left out.
 */
export async function getAgedBalances(ctx: Ctx, asOf?: string): Promise<AgedBalancesReport> {
  assertCan(ctx.actor, 'fee.manage');
  return ctx.db.transaction(async (trx) => {
    const day = asOf ?? (await agencyToday(trx, ctx.now)).today;
    const entries = await trx
      .selectFrom('ledger_entry as e')
      .innerJoin('participant as p', 'p.id', 'e.participant_id')
      .select(['e.participant_id', 'e.amount_cents', 'e.effective_on', 'e.kind', 'p.given_name', 'p.family_name'])
      .where('e.effective_on', '<=', day)
      .execute();
    const byParticipant = new Map<string, typeof entries>();
    for (const entry of entries) byParticipant.set(entry.participant_id, [...(byParticipant.get(entry.participant_id) ?? []), entry]);
    const rows: AgedBalanceRow[] = [];
    for (const [participantId, own] of byParticipant) {
      const balanceCents = own.reduce((sum, e) => sum + e.amount_cents, 0);
      if (balanceCents <= 0) continue;
      const aged = ageBalance(own.map((e) => ({ amountCents: e.amount_cents, effectiveOn: e.effective_on })), day);
      const payments = own.filter((e) => e.kind === 'payment').map((e) => e.effective_on).sort();
      rows.push({
        participantId,
        participantName: `${own[0]!.given_name} ${own[0]!.family_name}`,
        balanceCents,
        days0to30Cents: aged.d0to30,
        days31to60Cents: aged.d31to60,
        days61to90Cents: aged.d61to90,
        over90Cents: aged.over90,
        lastPaymentOn: payments.at(-1) ?? null,
      });
    }
    rows.sort((a, b) => b.balanceCents - a.balanceCents || a.participantName.localeCompare(b.participantName));
    const sum = (pick: (row: AgedBalanceRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
    await recordAudit(ctx, trx, { type: 'fee.report_viewed', details: { report: 'aged_balances', rows: rows.length } });
    return {
      asOf: day,
      rows,
      totals: {
        balanceCents: sum((r) => r.balanceCents),
        days0to30Cents: sum((r) => r.days0to30Cents),
        days31to60Cents: sum((r) => r.days31to60Cents),
        days61to90Cents: sum((r) => r.days61to90Cents),
        over90Cents: sum((r) => r.over90Cents),
      },
    };
  });
}

/** The payments received and refunds paid out dated on one day, by receipt number (fee.manage). */
export async function getDailyPayments(ctx: Ctx, date: string): Promise<DailyPaymentsReport> {
  assertCan(ctx.actor, 'fee.manage');
  return ctx.db.transaction(async (trx) => {
    const entries = await trx
      .selectFrom('ledger_entry as e')
      .innerJoin('participant as p', 'p.id', 'e.participant_id')
      .select(['e.id', 'e.receipt_number', 'e.participant_id', 'e.kind', 'e.method', 'e.amount_cents', 'e.payer_name', 'e.recorded_at', 'p.given_name', 'p.family_name'])
      .where('e.effective_on', '=', date)
      .where('e.kind', 'in', ['payment', 'refund'])
      .orderBy('e.receipt_number')
      .execute();
    const rows = entries.map((e) => ({
      entryId: e.id,
      receiptNumber: e.receipt_number!,
      participantId: e.participant_id,
      participantName: `${e.given_name} ${e.family_name}`,
      kind: e.kind as 'payment' | 'refund',
      method: e.method!,
      // Money in is positive here (a payment lowers the balance).
      amountCents: -e.amount_cents,
      payerName: e.payer_name,
      recordedAt: e.recorded_at.toISOString(),
    }));
    const totalsByMethod = paymentMethods
      .map((method) => ({ method, amountCents: rows.filter((r) => r.method === method).reduce((sum, r) => sum + r.amountCents, 0) }))
      .filter((t) => rows.some((r) => r.method === t.method));
    await recordAudit(ctx, trx, { type: 'fee.report_viewed', details: { report: 'daily_payments', rows: rows.length } });
    return { date, rows, totalsByMethod, totalCents: rows.reduce((sum, r) => sum + r.amountCents, 0) };
  });
}

/**
 * Closes the books up to a day (fee.manage): from then on, entries dated on or before it are
 * refused. Only forward, and at most up to yesterday (today's entries are still coming in).
 */
export async function closeFeePeriod(ctx: Ctx, through: string): Promise<ClosedPeriod> {
  const { agencyId, userId } = actingIn(ctx, 'fee.manage');
  return ctx.db.transaction(async (trx) => {
    await lockLedger(trx, agencyId);
    const { today } = await agencyToday(trx, ctx.now);
    if (through >= today) throw new AppError('invalid', 'fees.period_in_future', {});
    const closed = await findClosedThrough(trx);
    if (closed !== null && through <= closed) throw new AppError('rule_violation', 'fees.period_not_after_closed', { closedThrough: closed });
    await trx.insertInto('fee_period_close').values({ agency_id: agencyId, closed_through: through, closed_at: ctx.now, closed_by: userId }).execute();
    await recordAudit(ctx, trx, { type: 'fee.period_closed', details: { through } });
    return { closedThrough: through, closedAt: ctx.now.toISOString(), closedBy: userId };
  });
}

/** The agency's fee settings (fee.read). */
export async function getFeeSettings(ctx: Ctx): Promise<FeeSettings> {
  assertCan(ctx.actor, 'fee.read');
  return ctx.db.transaction(async (trx) => ({ ...(await findFeeSettingRow(trx)), closedThrough: await findClosedThrough(trx) }));
}

/** Sets how much credit a payment may leave (fee.manage); audited as a setting change. */
export async function updateFeeSettings(ctx: Ctx, input: UpdateFeeSettingsInput): Promise<FeeSettings> {
  const { agencyId, userId } = actingIn(ctx, 'fee.manage');
  return ctx.db.transaction(async (trx) => {
    await lockLedger(trx, agencyId);
    const before = await findFeeSettingRow(trx);
    const after = { allowedCreditCents: input.allowedCreditCents, partnerNoticeAmounts: input.partnerNoticeAmounts ?? before.partnerNoticeAmounts };
    const values = { allowed_credit_cents: after.allowedCreditCents, partner_notice_amounts: after.partnerNoticeAmounts, updated_at: ctx.now, updated_by: userId };
    await trx
      .insertInto('fee_setting')
      .values({ agency_id: agencyId, ...values })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
      .execute();
    if (before.allowedCreditCents !== after.allowedCreditCents) {
      await recordAudit(ctx, trx, { type: 'setting.changed', details: { setting: 'fees.allowedCreditCents', from: before.allowedCreditCents, to: after.allowedCreditCents } });
    }
    if (before.partnerNoticeAmounts !== after.partnerNoticeAmounts) {
      await recordAudit(ctx, trx, { type: 'setting.changed', details: { setting: 'fees.partnerNoticeAmounts', from: before.partnerNoticeAmounts, to: after.partnerNoticeAmounts } });
    }
    return { ...after, closedThrough: await findClosedThrough(trx) };
  });
}
