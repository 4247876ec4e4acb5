import { randomUUID } from 'node:crypto';
import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { permissionsOf } from '../access/can.js';
import type { Role } from '../access/roles.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import { agencyToday } from '../agencies/agency-day.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findEntries, scheduleInForce, toAssessment } from './fees.queries.js';
import { maxEntryCents, pickBand } from './fees.rules.js';
import type { CreateFeeAssessmentInput, FeeAssessment } from './fees.schema.js';
import { lockLedger } from './ledger.js';
import { ensureDefaultSchedule } from './schedules.js';

/**
 * Assesses (or re-assesses) a participant's program fee (fee.assess: intake, finance) from the
 * household size and income they declared, against the stream's schedule in force today. A
 * negotiated fee, a waiver or a subsidy needs a reason code and an approver holding
 * fee.schedule (finance, manager). Each assessment is a new row (the newest is current); the
 * ledger's program charge follows it: a first charge, then a correcting entry for the
 * difference (the earlier charge is never edited). A stream without any schedule gets the
 * default one first (to be reviewed by finance).
 */
export async function assessFee(ctx: Ctx, participantId: string, input: CreateFeeAssessmentInput): Promise<FeeAssessment> {
  const { agencyId, userId } = actingIn(ctx, 'fee.assess');
  assertCan(ctx.actor, 'income.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const stream = await trx.selectFrom('program_stream').select('id').where('id', '=', input.streamId).executeTakeFirst();
    if (!stream) throw new AppError('not_found', 'fees.stream_not_found', {});
    const income = await trx.selectFrom('participant_income').select(['household_size', 'annual_income_cents']).where('participant_id', '=', participantId).executeTakeFirst();
    if (!income) throw new AppError('rule_violation', 'fees.no_declared_income', {});
    const { today } = await agencyToday(trx, ctx.now);
    await ensureDefaultSchedule(trx, { agencyId, streamId: input.streamId, effectiveFrom: today, userId });
    const schedule = await scheduleInForce(trx, input.streamId, today);
    const annualIncomeCents = Number(income.annual_income_cents);
    const band = pickBand(schedule.bands, income.household_size, annualIncomeCents);
    if (!band) throw new AppError('rule_violation', 'fees.no_schedule_in_force', {});
    const scheduleFee = band.totalFeeCents;

    const adjustment = input.adjustment ?? null;
    let totalFee = scheduleFee;
    if (adjustment) {
      const grants = await trx
        .selectFrom('role_grant')
        .innerJoin('app_user', 'app_user.id', 'role_grant.user_id')
        .select('role_grant.role')
        .where('role_grant.user_id', '=', adjustment.approverId)
        .where('app_user.status', '=', 'active')
        .execute();
      if (!permissionsOf(grants.map((g) => g.role as Role)).has('fee.schedule')) throw new AppError('rule_violation', 'fees.approver_not_allowed', {});
      const amount = adjustment.amountCents ?? null;
      if (adjustment.kind === 'waived') totalFee = 0;
      else if (amount === null) throw new AppError('invalid', 'fees.adjustment_amount_required', {});
      else if (adjustment.kind === 'negotiated') {
        if (amount < 0 || amount > maxEntryCents) throw new AppError('invalid', 'fees.adjustment_amount_out_of_range', { min: 0, max: maxEntryCents / 100 });
        totalFee = amount;
      } else {
        if (amount <= 0 || amount >= scheduleFee) throw new AppError('invalid', 'fees.adjustment_amount_out_of_range', { min: 0.01, max: Math.max(scheduleFee - 1, 0) / 100 });
        totalFee = scheduleFee - amount;
      }
    }

    const id = randomUUID();
    const row = await trx
      .insertInto('fee_assessment')
      .values({
        agency_id: agencyId,
        id,
        participant_id: participantId,
        stream_id: input.streamId,
        schedule_id: schedule.id,
        household_size: income.household_size,
        annual_income_cents: annualIncomeCents,
        schedule_fee_cents: scheduleFee,
        kind: adjustment?.kind ?? 'computed',
        total_fee_cents: totalFee,
        sessions_required: schedule.sessionsRequired,
        private_session_fee_cents: schedule.privateSessionFeeCents,
        reason: adjustment?.reason ?? null,
        approver_id: adjustment?.approverId ?? null,
        assessed_at: ctx.now,
        assessed_by: userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    // The program charge follows the newest assessment, by new entries only.
    await lockLedger(trx, agencyId);
    const entries = await findEntries(trx, participantId);
    const programEntries = entries.filter((e) => e.charge_type === 'program_fee' || (e.kind === 'correction' && e.assessment_id !== null));
    const charged = programEntries.reduce((sum, e) => sum + e.amount_cents, 0);
    const firstCharge = programEntries.find((e) => e.kind === 'charge');
    const delta = totalFee - charged;
    if (delta !== 0) {
      await trx
        .insertInto('ledger_entry')
        .values({
          agency_id: agencyId,
          id: randomUUID(),
          participant_id: participantId,
          kind: firstCharge ? 'correction' : 'charge',
          charge_type: firstCharge ? null : 'program_fee',
          amount_cents: delta,
          effective_on: today,
          corrects_entry_id: firstCharge?.id ?? null,
          correction_reason: firstCharge ? 'reassessment' : null,
          assessment_id: id,
          idempotency_key: `assessment-${id}`,
          recorded_at: ctx.now,
          recorded_by: userId,
        })
        .execute();
    }
    await recordAudit(ctx, trx, {
      type: 'fee.assessed',
      subject: { type: 'participant', id: participantId },
      details: { assessmentId: id, scheduleId: schedule.id, kind: row.kind, reason: row.reason, approverId: row.approver_id },
    });
    return toAssessment(row, schedule.version, true, true);
  });
}
