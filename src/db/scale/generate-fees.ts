import { type AgencyWorld, feeBands, type Stream } from './agency-world.js';

/**
 * The fee side of a case at intake: declared income, the assessment from the sliding scale
 * (mostly computed; some subsidized, waived or negotiated with a manager's approval), the
 * program-fee charge, and payments over the following weeks, each with the agency's next receipt
 * number. Nothing is dated after "today".
 */
export function generateFees(world: AgencyWorld, participantId: string, stream: Stream, day: number): void {
  const { random, calendar, writer, plan } = world;
  const tz = plan.timeZone;
  const finance = random.pick(world.staff.finance);
  const manager = random.pick(world.staff.manager);
  const householdSize = random.int(1, 5);
  const income = random.int(0, 120) * 100_000;
  writer.add('participant_income', { agency_id: world.id, participant_id: participantId, household_size: householdSize, annual_income_cents: income, declared_at: calendar.at(day, tz, 16, 10) });
  const scheduleFee = feeBands.find((band) => band.maxIncomeCents === null || income <= band.maxIncomeCents)!.feeCents;
  const kind = random.weighted({ computed: 70, subsidized: 15, waived: 10, negotiated: 5 });
  const total = kind === 'computed' ? scheduleFee : kind === 'waived' ? 0 : kind === 'subsidized' ? Math.round(scheduleFee / 2) : Math.max(0, scheduleFee - 10_000);
  const assessmentId = random.uuid();
  const assessedAt = calendar.at(day, tz, 16, 20);
  writer.add('fee_assessment', {
    agency_id: world.id, id: assessmentId, participant_id: participantId, stream_id: stream.id, schedule_id: stream.scheduleId, household_size: householdSize, annual_income_cents: income,
    schedule_fee_cents: scheduleFee, kind, total_fee_cents: total, sessions_required: 12, private_session_fee_cents: stream.privateSessionFeeCents,
    reason: kind === 'computed' ? null : 'hardship', approver_id: kind === 'computed' ? null : manager.userId, assessed_at: assessedAt, assessed_by: finance.userId,
  });
  world.audit.add({ at: assessedAt, type: 'fee.assessed', actor: finance, subject: { type: 'participant', id: participantId }, details: { assessmentId, scheduleId: stream.scheduleId, kind, reason: kind === 'computed' ? null : 'hardship', approverId: kind === 'computed' ? null : manager.userId } });
  if (total === 0) return;
  const entry = (entryDay: number, values: Record<string, unknown>, receiptNumber: number | null) => {
    const id = random.uuid();
    const recordedAt = calendar.at(entryDay, tz, random.int(9, 20), random.int(0, 59));
    writer.add('ledger_entry', { agency_id: world.id, id, participant_id: participantId, effective_on: calendar.text(entryDay), receipt_number: receiptNumber, idempotency_key: `scale-${id}`, recorded_at: recordedAt, recorded_by: finance.userId, ...values });
    world.audit.add({ at: recordedAt, type: 'fee.entry_recorded', actor: finance, subject: { type: 'participant', id: participantId }, details: { entryId: id, kind: values.kind, method: values.method ?? null, receiptNumber, correctsEntryId: null } });
  };
  entry(day, { kind: 'charge', charge_type: 'program_fee', amount_cents: total, assessment_id: assessmentId }, null);
  // Payments: most pay in one to four instalments, some part of it, a few nothing yet.
  const share = random.weighted({ all: 65, part: 25, none: 10 });
  if (share === 'none') return;
  const payments = random.int(1, 4);
  const paid = share === 'all' ? total : Math.round((total * random.int(20, 80)) / 100);
  let left = paid;
  for (let n = 1; n <= payments && left > 0; n++) {
    const payDay = day + n * random.int(7, 21);
    if (payDay >= calendar.today) break;
    const amount = n === payments ? left : Math.min(left, Math.round(paid / payments));
    left -= amount;
    world.receipts += 1;
    entry(payDay, { kind: 'payment', method: random.weighted({ debit: 40, cash: 20, credit: 15, e_transfer: 22, third_party: 3 }), amount_cents: -amount }, world.receipts);
  }
}
