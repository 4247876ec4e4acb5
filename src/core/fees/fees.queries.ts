import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { AppError } from '../shared/app-error.js';
import type { AccountState } from './fees.rules.js';
import type { AdjustmentReason, CorrectionReason, FeeAssessment, FeeSchedule, LedgerEntry } from './fees.schema.js';
import type { FeeAssessmentTable, LedgerEntryTable } from './fees.tables.js';

/** Every schedule version of the agency (or of one stream, or one version), newest first per stream. */
export async function findSchedules(db: Kysely<DB>, today: string, filter: { scheduleId?: string; streamId?: string } = {}): Promise<FeeSchedule[]> {
  let query = db
    .selectFrom('fee_schedule as s')
    .innerJoin('program_stream as p', 'p.id', 's.stream_id')
    .select(['s.id', 's.stream_id', 's.version', 's.effective_from', 's.private_session_fee_cents', 's.created_at', 's.created_by', 'p.name', 'p.name_fr', 'p.policy'])
    .orderBy('p.name')
    .orderBy('s.version', 'desc');
  if (filter.scheduleId) query = query.where('s.id', '=', filter.scheduleId);
  if (filter.streamId) query = query.where('s.stream_id', '=', filter.streamId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const bands = await db
    .selectFrom('fee_band')
    .selectAll()
    .where('schedule_id', 'in', rows.map((r) => r.id))
    .orderBy('position')
    .execute();
  const inForce = new Set<string>();
  for (const row of rows) {
    const current = rows.filter((r) => r.stream_id === row.stream_id && r.effective_from <= today).sort((a, b) => b.version - a.version)[0];
    if (current) inForce.add(current.id);
  }
  return rows.map((row) => ({
    id: row.id,
    streamId: row.stream_id,
    streamName: row.name,
    streamNameFr: row.name_fr,
    version: row.version,
    effectiveFrom: row.effective_from,
    privateSessionFeeCents: row.private_session_fee_cents,
    sessionsRequired: readStreamPolicy(row.policy).sessionsRequired,
    bands: bands
      .filter((b) => b.schedule_id === row.id)
      .map((b) => ({ minHouseholdSize: b.min_household_size, maxIncomeCents: b.max_income_cents === null ? null : Number(b.max_income_cents), totalFeeCents: b.total_fee_cents })),
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    inForce: inForce.has(row.id),
  }));
}

/** The version of a stream's schedule that applies to an assessment made on `day`. */
export async function scheduleInForce(db: Kysely<DB>, streamId: string, day: string): Promise<FeeSchedule> {
  const schedules = await findSchedules(db, day, { streamId });
  const current = schedules.filter((s) => s.effectiveFrom <= day).sort((a, b) => b.version - a.version)[0];
  if (!current) throw new AppError('rule_violation', 'fees.no_schedule_in_force', {});
  return current;
}

/** The latest closed day of the agency, or null. */
export async function findClosedThrough(db: Kysely<DB>): Promise<string | null> {
  const row = await db.selectFrom('fee_period_close').select((eb) => eb.fn.max('closed_through').as('through')).executeTakeFirst();
  return (row?.through as string | null | undefined) ?? null;
}

/** The agency's allowed credit (0 until finance sets one). */
export async function findAllowedCredit(db: Kysely<DB>): Promise<number> {
  return (await findFeeSettingRow(db)).allowedCreditCents;
}

/** The agency's fee settings row, or its defaults: no credit, no amounts in partner notices. */
export async function findFeeSettingRow(db: Kysely<DB>): Promise<{ allowedCreditCents: number; partnerNoticeAmounts: boolean }> {
  const row = await db.selectFrom('fee_setting').select(['allowed_credit_cents', 'partner_notice_amounts']).executeTakeFirst();
  return { allowedCreditCents: row?.allowed_credit_cents ?? 0, partnerNoticeAmounts: row?.partner_notice_amounts ?? false };
}

/** A participant's ledger, oldest first (by date, then in the order written). */
export async function findEntries(db: Kysely<DB>, participantId: string): Promise<Selectable<LedgerEntryTable>[]> {
  return db.selectFrom('ledger_entry').selectAll().where('participant_id', '=', participantId).orderBy('effective_on').orderBy('seq').execute();
}

/** The balance and what may be refunded, from the entries. */
export function accountOf(entries: readonly Selectable<LedgerEntryTable>[]): Pick<AccountState, 'balanceCents' | 'refundableCents'> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  let balanceCents = 0;
  let refundableCents = 0;
  for (const entry of entries) {
    balanceCents += entry.amount_cents;
    if (entry.kind === 'payment' || entry.kind === 'refund') refundableCents -= entry.amount_cents;
    else if (entry.kind === 'correction') {
      const corrected = entry.corrects_entry_id ? byId.get(entry.corrects_entry_id) : undefined;
      if (corrected && (corrected.kind === 'payment' || corrected.kind === 'refund')) refundableCents -= entry.amount_cents;
    }
  }
  return { balanceCents, refundableCents };
}

export function toEntry(row: Selectable<LedgerEntryTable>): LedgerEntry {
  return {
    id: row.id,
    kind: row.kind,
    chargeType: row.charge_type,
    method: row.method,
    payerName: row.payer_name,
    amountCents: row.amount_cents,
    effectiveOn: row.effective_on,
    receiptNumber: row.receipt_number,
    correctsEntryId: row.corrects_entry_id,
    correctionReason: row.correction_reason as CorrectionReason | null,
    assessmentId: row.assessment_id,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: row.recorded_by,
  };
}

export function toAssessment(row: Selectable<FeeAssessmentTable>, scheduleVersion: number, current: boolean, showIncome: boolean): FeeAssessment {
  const per = Math.floor(row.total_fee_cents / row.sessions_required);
  return {
    id: row.id,
    streamId: row.stream_id,
    scheduleId: row.schedule_id,
    scheduleVersion,
    householdSize: showIncome ? row.household_size : null,
    annualIncomeCents: showIncome ? Number(row.annual_income_cents) : null,
    scheduleFeeCents: row.schedule_fee_cents,
    kind: row.kind,
    totalFeeCents: row.total_fee_cents,
    sessionsRequired: row.sessions_required,
    perSessionFeeCents: per,
    lastSessionFeeCents: row.total_fee_cents - per * (row.sessions_required - 1),
    privateSessionFeeCents: row.private_session_fee_cents,
    reason: row.reason as AdjustmentReason | null,
    approverId: row.approver_id,
    assessedAt: row.assessed_at.toISOString(),
    assessedBy: row.assessed_by,
    current,
  };
}

/** Balance per participant from the ledger (only participants with entries). */
export async function findBalances(db: Kysely<DB>, participantIds?: readonly string[]): Promise<Map<string, number>> {
  let query = db.selectFrom('ledger_entry').select(['participant_id', (eb) => eb.fn.sum<string>('amount_cents').as('balance')]).groupBy('participant_id');
  if (participantIds) {
    if (participantIds.length === 0) return new Map();
    query = query.where('participant_id', 'in', participantIds);
  }
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.participant_id, Number(r.balance)]));
}
