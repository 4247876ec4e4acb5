import { randomUUID } from 'node:crypto';
import type { Selectable, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import { agencyToday } from '../agencies/agency-day.js';
import { raisePartnerNotice } from '../partners/raise-partner-notice.js';
import { AppError } from '../shared/app-error.js';
import { addBusinessDays, closeOfBusiness } from '../shared/business-days.js';
import type { Ctx } from '../shared/ctx.js';
import { feesErrors } from './fees.errors.js';
import { accountOf, findClosedThrough, findEntries, findFeeSettingRow, toAssessment, toEntry } from './fees.queries.js';
import { decideEntry } from './fees.rules.js';
import type { CreateLedgerEntryInput, LedgerEntryResult, ParticipantFees, Receipt, ReceiptSummary } from './fees.schema.js';
import type { LedgerEntryTable } from './fees.tables.js';

/** Business days the partner-contact team has to pass on a *fees paid* notice (as for an absence). */
const feesNoticeBusinessDays = 2;

/**
 * Locks the agency's receipt sequence row (creating it the first time): every ledger write
 * takes this lock first, so entries of one agency are written one at a time — balances,
 * duplicate keys and receipt numbers are checked against what is really there.
 */
export async function lockLedger(trx: Transaction<DB>, agencyId: string): Promise<number> {
  await trx.insertInto('receipt_sequence').values({ agency_id: agencyId }).onConflict((oc) => oc.column('agency_id').doNothing()).execute();
  const row = await trx.selectFrom('receipt_sequence').select('last_number').forUpdate().executeTakeFirstOrThrow();
  return row.last_number;
}

function sameSubmission(row: Selectable<LedgerEntryTable>, participantId: string, input: CreateLedgerEntryInput): boolean {
  if (row.participant_id !== participantId || row.kind !== input.kind || row.effective_on !== input.effectiveOn) return false;
  const signed = input.kind === 'payment' ? -input.amountCents : input.amountCents;
  return row.amount_cents === signed;
}

function refuse(code: keyof typeof feesErrors, params: Record<string, string | number> = {}): never {
  throw new AppError(feesErrors[code], code, params);
}

/**
 * Records one ledger entry (fee.manage: finance): a payment, a private-session charge, a refund
 * or a correction of an earlier entry. Nothing is ever edited. Refused, leaving no row: an
 * amount of 0 or less (a correction: 0), a date after today or on/before the closed period, a
 * payment leaving a credit beyond the agency's allowance, a refund beyond what was paid. The
 * same idempotency key sent again returns the first entry. Payments and refunds take the next
 * receipt number; a payment also tells the partner-contact team, in general terms, that fees
 * were paid.
 */
export async function recordLedgerEntry(ctx: Ctx, participantId: string, input: CreateLedgerEntryInput): Promise<LedgerEntryResult> {
  const { agencyId, userId } = actingIn(ctx, 'fee.manage');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const lastReceipt = await lockLedger(trx, agencyId);
    const earlier = await trx.selectFrom('ledger_entry').selectAll().where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (earlier) {
      if (!sameSubmission(earlier, participantId, input)) refuse('fees.idempotency_key_reused');
      const entries = await findEntries(trx, participantId);
      return { entry: toEntry(earlier), duplicate: true, balanceCents: accountOf(entries).balanceCents };
    }
    const { today, timeZone } = await agencyToday(trx, ctx.now);
    const feeSettings = await findFeeSettingRow(trx);
    const entries = await findEntries(trx, participantId);
    const account = accountOf(entries);
    let corrects: Selectable<LedgerEntryTable> | undefined;
    if (input.kind === 'correction') {
      corrects = entries.find((e) => e.id === input.correctsEntryId);
      if (!corrects) {
        const elsewhere = await trx.selectFrom('ledger_entry').select('id').where('id', '=', input.correctsEntryId).executeTakeFirst();
        refuse(elsewhere ? 'fees.correction_of_other_participant' : 'fees.entry_not_found');
      }
    }
    const decision = decideEntry(
      { ...account, closedThrough: await findClosedThrough(trx), today, allowedCreditCents: feeSettings.allowedCreditCents },
      { kind: input.kind, amountCents: input.amountCents, effectiveOn: input.effectiveOn },
    );
    if (!decision.ok) {
      const { refusal } = decision;
      // Money in messages is in dollars (the catalogue formats it as currency).
      if (refusal.code === 'fees.overpayment') refuse(refusal.code, { allowed: refusal.params.allowed / 100, credit: refusal.params.credit / 100 });
      refuse(refusal.code, 'params' in refusal ? refusal.params : {});
    }
    let receiptNumber: number | null = null;
    if (input.kind === 'payment' || input.kind === 'refund') {
      receiptNumber = lastReceipt + 1;
      await trx.updateTable('receipt_sequence').set({ last_number: receiptNumber }).execute();
    }
    const id = randomUUID();
    const row = await trx
      .insertInto('ledger_entry')
      .values({
        agency_id: agencyId,
        id,
        participant_id: participantId,
        kind: input.kind,
        charge_type: input.kind === 'charge' ? input.chargeType : null,
        method: input.kind === 'payment' || input.kind === 'refund' ? input.method : null,
        payer_name: input.kind === 'payment' || input.kind === 'refund' ? (input.payerName ?? null) : null,
        amount_cents: decision.signedCents,
        effective_on: input.effectiveOn,
        receipt_number: receiptNumber,
        corrects_entry_id: input.kind === 'correction' ? input.correctsEntryId : null,
        correction_reason: input.kind === 'correction' ? input.reason : null,
        assessment_id: null,
        idempotency_key: input.idempotencyKey,
        recorded_at: ctx.now,
        recorded_by: userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const balanceCents = account.balanceCents + decision.signedCents;
    if (input.kind === 'payment') {
      const holidays = new Set((await trx.selectFrom('holiday').select('day').execute()).map((h) => h.day));
      await raisePartnerNotice(trx, {
        agencyId,
        participantId,
        type: 'fees_paid',
        // General terms, and the amount only where the agency allows it.
        reasonCode: balanceCents <= 0 ? 'fees_up_to_date' : 'payment_made',
        amountCents: feeSettings.partnerNoticeAmounts ? input.amountCents : undefined,
        occurredOn: input.effectiveOn,
        dueAt: closeOfBusiness(addBusinessDays(today, feesNoticeBusinessDays, holidays), timeZone),
        eventKey: `payment:${id}`,
      });
    }
    await recordAudit(ctx, trx, {
      type: 'fee.entry_recorded',
      subject: { type: 'participant', id: participantId },
      details: { entryId: id, kind: input.kind, method: row.method, receiptNumber, correctsEntryId: row.corrects_entry_id },
    });
    return { entry: toEntry(row), duplicate: false, balanceCents };
  });
}

/** The receipts of a set of entries (payments and refunds), oldest first. */
function receiptsOf(entries: readonly Selectable<LedgerEntryTable>[]): ReceiptSummary[] {
  return entries
    .filter((e) => e.receipt_number !== null && (e.kind === 'payment' || e.kind === 'refund') && e.method !== null)
    .map((e) => ({ receiptNumber: e.receipt_number!, entryId: e.id, kind: e.kind as 'payment' | 'refund', amountCents: Math.abs(e.amount_cents), method: e.method!, issuedOn: e.effective_on }))
    .sort((a, b) => a.receiptNumber - b.receiptNumber);
}

/**
 * A participant's account (fee.read: finance, intake, manager): the current assessment and
 * its history, the entries, the balance and the receipts. Household income shows only to those
 * who may see it (intake, finance). The read is audited.
 */
export async function getParticipantFees(ctx: Ctx, participantId: string): Promise<ParticipantFees> {
  assertCan(ctx.actor, 'fee.read');
  const showIncome = can(ctx.actor, 'income.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const assessments = await trx
      .selectFrom('fee_assessment as a')
      .innerJoin('fee_schedule as s', 's.id', 'a.schedule_id')
      .selectAll('a')
      .select('s.version as schedule_version')
      .where('a.participant_id', '=', participantId)
      .orderBy('a.seq', 'desc')
      .execute();
    const entries = await findEntries(trx, participantId);
    const { balanceCents } = accountOf(entries);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    const history = assessments.map((a, index) => toAssessment(a, a.schedule_version, index === 0, showIncome));
    return {
      participantId,
      currentAssessment: history[0] ?? null,
      assessments: history,
      entries: entries.map(toEntry),
      balanceCents,
      upToDate: balanceCents <= 0,
      receipts: receiptsOf(entries),
      closedThrough: await findClosedThrough(trx),
    };
  });
}

/** What a receipt shows (fee.read), or 404 when the number is not one of this participant's. */
export async function getReceipt(ctx: Ctx, participantId: string, receiptNumber: number): Promise<Receipt> {
  assertCan(ctx.actor, 'fee.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const participant = await trx.selectFrom('participant').select(['given_name', 'family_name', 'preferred_name']).where('id', '=', participantId).executeTakeFirstOrThrow();
    const entries = await findEntries(trx, participantId);
    const index = entries.findIndex((e) => e.receipt_number === receiptNumber);
    const entry = entries[index];
    if (!entry || entry.method === null || (entry.kind !== 'payment' && entry.kind !== 'refund')) throw new AppError('not_found', 'fees.receipt_not_found', {});
    const agency = await trx.selectFrom('agency').select(['name', 'name_fr']).executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return {
      receiptNumber,
      kind: entry.kind,
      issuedOn: entry.effective_on,
      recordedAt: entry.recorded_at.toISOString(),
      agency: { name: agency.name, nameFr: agency.name_fr },
      participant: { id: participantId, name: `${participant.given_name} ${participant.family_name}` },
      amountCents: Math.abs(entry.amount_cents),
      method: entry.method,
      payerName: entry.payer_name,
      balanceAfterCents: entries.slice(0, index + 1).reduce((sum, e) => sum + e.amount_cents, 0),
      entryId: entry.id,
    };
  });
}
