import { randomUUID } from 'node:crypto';
import { defaultBands, defaultPrivateSessionFeeCents, pickBand } from '../core/fees/fees.rules.js';
import type { Ctx } from '../core/shared/ctx.js';

/** Whom the demo ledgers were kept by. */
export interface DemoFeeStaff {
  finance: string | null;
  manager: string | null;
}

type Method = 'cash' | 'debit' | 'credit' | 'e_transfer' | 'third_party';

/** One demo account: what the household declared, how the fee was set, and what happened since (days before today). */
interface DemoAccount {
  story: 'paid_up' | 'partial' | 'waived' | 'subsidized' | 'overdue' | 'negotiated';
  householdSize: number;
  incomeDollars: number;
  assessedDaysAgo: number;
  adjustment?: { kind: 'negotiated' | 'waived' | 'subsidized'; reason: string; amountCents?: number };
  privateSessions?: { daysAgo: number; count: number };
  /** Payments: days ago, amount (null: whatever is left to pay), method, third-party payer. */
  payments: { daysAgo: number; cents: number | null; method: Method; payer?: string }[];
}

/**
 * The demo accounts, in the order the enrolled participants are taken: paid up over three
 * payments, partly paid, waived for hardship, subsidized and paid by a third party, a balance
 * owing for over 90 days, and a negotiated fee with a private session.
 */
const accounts: readonly DemoAccount[] = [
  { story: 'paid_up', householdSize: 2, incomeDollars: 42_000, assessedDaysAgo: 70, payments: [{ daysAgo: 63, cents: 8_000, method: 'debit' }, { daysAgo: 35, cents: 7_000, method: 'cash' }, { daysAgo: 7, cents: null, method: 'e_transfer' }] },
  { story: 'partial', householdSize: 1, incomeDollars: 58_000, assessedDaysAgo: 50, payments: [{ daysAgo: 42, cents: 15_000, method: 'credit' }] },
  { story: 'waived', householdSize: 3, incomeDollars: 18_500, assessedDaysAgo: 45, adjustment: { kind: 'waived', reason: 'financial_hardship' }, payments: [] },
  {
    story: 'subsidized',
    householdSize: 4,
    incomeDollars: 72_000,
    assessedDaysAgo: 40,
    adjustment: { kind: 'subsidized', reason: 'third_party_funding', amountCents: 15_000 },
    payments: [{ daysAgo: 21, cents: null, method: 'third_party', payer: 'Employee and Family Assistance Program' }],
  },
  { story: 'overdue', householdSize: 1, incomeDollars: 96_000, assessedDaysAgo: 130, payments: [{ daysAgo: 120, cents: 10_000, method: 'cash' }] },
  {
    story: 'negotiated',
    householdSize: 2,
    incomeDollars: 52_000,
    assessedDaysAgo: 30,
    adjustment: { kind: 'negotiated', reason: 'financial_hardship', amountCents: 15_000 },
    privateSessions: { daysAgo: 14, count: 1 },
    payments: [{ daysAgo: 13, cents: 12_500, method: 'credit' }, { daysAgo: 1, cents: 5_000, method: 'cash' }],
  },
];

const day = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * Fee schedules (the default sliding scale) for every stream that has none, and realistic
 * ledgers for the first enrolled participants: their declared income when none was declared,
 * an assessment, the program fee charged, payments with receipts numbered from 1 in the order
 * they were made. Idempotent: nothing is written once the agency has a ledger entry. `ctx.db`
 * must open the participant and income compartments.
 */
export async function seedDemoFees(ctx: Ctx, agencyId: string, staff: DemoFeeStaff): Promise<number> {
  return ctx.db.transaction(async (trx) => {
    if (await trx.selectFrom('ledger_entry').select('id').limit(1).executeTakeFirst()) return 0;
    const now = ctx.now;
    const streams = await trx.selectFrom('program_stream').select(['id', 'policy']).orderBy('code').execute();
    const bands = defaultBands();
    const schedules = new Map<string, string>();
    for (const stream of streams) {
      const existing = await trx.selectFrom('fee_schedule').select('id').where('stream_id', '=', stream.id).orderBy('version', 'desc').executeTakeFirst();
      if (existing) {
        schedules.set(stream.id, existing.id);
        continue;
      }
      const scheduleId = randomUUID();
      await trx
        .insertInto('fee_schedule')
        .values({ agency_id: agencyId, id: scheduleId, stream_id: stream.id, version: 1, effective_from: day(now, 365), private_session_fee_cents: defaultPrivateSessionFeeCents, created_by: staff.finance })
        .execute();
      await trx
        .insertInto('fee_band')
        .values(bands.map((band, index) => ({ agency_id: agencyId, schedule_id: scheduleId, position: index + 1, min_household_size: band.minHouseholdSize, max_income_cents: band.maxIncomeCents, total_fee_cents: band.totalFeeCents })))
        .execute();
      schedules.set(stream.id, scheduleId);
    }
    const sessionsOf = new Map(streams.map((stream) => [stream.id, sessionsRequired(stream.policy)]));

    // Enrolled participants (present or past), the earliest enrolled first.
    const enrolled = await trx
      .selectFrom('enrolment')
      .innerJoin('group_cycle', (join) => join.onRef('group_cycle.agency_id', '=', 'enrolment.agency_id').onRef('group_cycle.id', '=', 'enrolment.group_id'))
      .select(['enrolment.participant_id', 'group_cycle.stream_id', 'enrolment.enrolled_at'])
      .orderBy('enrolment.enrolled_at')
      .orderBy('enrolment.participant_id')
      .execute();
    const seen = new Set<string>();
    const people = enrolled.filter((row) => !seen.has(row.participant_id) && seen.add(row.participant_id)).slice(0, accounts.length);

    const payments: { participantId: string; effectiveOn: string; cents: number; method: Method; payer: string | null }[] = [];
    const entries: { participantId: string; kind: 'charge'; chargeType: 'program_fee' | 'private_session'; cents: number; effectiveOn: string; assessmentId: string }[] = [];
    for (const [index, person] of people.entries()) {
      const account = accounts[index]!;
      const scheduleId = schedules.get(person.stream_id);
      if (!scheduleId) continue;
      let income = await trx.selectFrom('participant_income').select(['household_size', 'annual_income_cents']).where('participant_id', '=', person.participant_id).executeTakeFirst();
      if (!income) {
        income = { household_size: account.householdSize, annual_income_cents: account.incomeDollars * 100 };
        await trx.insertInto('participant_income').values({ agency_id: agencyId, participant_id: person.participant_id, ...income, declared_at: new Date(`${day(now, account.assessedDaysAgo + 3)}T15:00:00Z`) }).execute();
      }
      const scheduleBands = await trx.selectFrom('fee_band').select(['min_household_size', 'max_income_cents', 'total_fee_cents']).where('schedule_id', '=', scheduleId).execute();
      const band = pickBand(
        scheduleBands.map((b) => ({ minHouseholdSize: b.min_household_size, maxIncomeCents: b.max_income_cents === null ? null : Number(b.max_income_cents), totalFeeCents: b.total_fee_cents })),
        income.household_size,
        Number(income.annual_income_cents),
      );
      const scheduleFee = band?.totalFeeCents ?? 0;
      const adjustment = account.adjustment;
      const total =
        adjustment?.kind === 'waived' ? 0 : adjustment?.kind === 'negotiated' ? (adjustment.amountCents ?? scheduleFee) : adjustment?.kind === 'subsidized' ? Math.max(0, scheduleFee - (adjustment.amountCents ?? 0)) : scheduleFee;
      const assessmentId = randomUUID();
      const assessedOn = day(now, account.assessedDaysAgo);
      await trx
        .insertInto('fee_assessment')
        .values({
          agency_id: agencyId,
          id: assessmentId,
          participant_id: person.participant_id,
          stream_id: person.stream_id,
          schedule_id: scheduleId,
          household_size: income.household_size,
          annual_income_cents: income.annual_income_cents,
          schedule_fee_cents: scheduleFee,
          kind: adjustment?.kind ?? 'computed',
          total_fee_cents: total,
          sessions_required: sessionsOf.get(person.stream_id) ?? 12,
          private_session_fee_cents: defaultPrivateSessionFeeCents,
          reason: adjustment?.reason ?? null,
          approver_id: adjustment ? staff.manager : null,
          assessed_at: new Date(`${assessedOn}T15:00:00Z`),
          assessed_by: staff.finance,
        })
        .execute();
      let owed = 0;
      if (total > 0) {
        entries.push({ participantId: person.participant_id, kind: 'charge', chargeType: 'program_fee', cents: total, effectiveOn: assessedOn, assessmentId });
        owed += total;
      }
      if (account.privateSessions) {
        const cents = account.privateSessions.count * defaultPrivateSessionFeeCents;
        entries.push({ participantId: person.participant_id, kind: 'charge', chargeType: 'private_session', cents, effectiveOn: day(now, account.privateSessions.daysAgo), assessmentId });
        owed += cents;
      }
      for (const payment of account.payments) {
        const cents = Math.min(payment.cents ?? owed, owed);
        if (cents <= 0) continue;
        owed -= cents;
        payments.push({ participantId: person.participant_id, effectiveOn: day(now, payment.daysAgo), cents, method: payment.method, payer: payment.payer ?? null });
      }
    }

    let written = 0;
    for (const [index, charge] of entries.entries()) {
      await trx
        .insertInto('ledger_entry')
        .values({
          agency_id: agencyId,
          participant_id: charge.participantId,
          kind: 'charge',
          charge_type: charge.chargeType,
          amount_cents: charge.cents,
          effective_on: charge.effectiveOn,
          assessment_id: charge.chargeType === 'program_fee' ? charge.assessmentId : null,
          idempotency_key: `demo-charge-${index + 1}`,
          recorded_at: new Date(`${charge.effectiveOn}T15:00:00Z`),
          recorded_by: staff.finance,
        })
        .execute();
      written++;
    }
    // Receipts in the order the money came in: 1, 2, 3… with no gap.
    payments.sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.participantId.localeCompare(b.participantId));
    for (const [index, payment] of payments.entries()) {
      await trx
        .insertInto('ledger_entry')
        .values({
          agency_id: agencyId,
          participant_id: payment.participantId,
          kind: 'payment',
          method: payment.method,
          payer_name: payment.payer,
          amount_cents: -payment.cents,
          effective_on: payment.effectiveOn,
          receipt_number: index + 1,
          idempotency_key: `demo-payment-${index + 1}`,
          recorded_at: new Date(`${payment.effectiveOn}T16:00:00Z`),
          recorded_by: staff.finance,
        })
        .execute();
      written++;
    }
    await trx
      .insertInto('receipt_sequence')
      .values({ agency_id: agencyId, last_number: payments.length })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ last_number: payments.length }))
      .execute();
    return written;
  });
}

/** The stream policy's number of sessions (12 when the policy does not say). */
function sessionsRequired(policy: unknown): number {
  const value = (policy as { sessionsRequired?: unknown } | null)?.sessionsRequired;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 12;
}
