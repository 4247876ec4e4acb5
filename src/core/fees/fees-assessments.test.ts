import { describe, expect, it } from 'vitest';
import { assessFee } from './assess-fee.js';
import { getParticipantFees } from './ledger.js';
import { createFeeSchedule, listFeeSchedules } from './schedules.js';
import { refusal, today, useFeesWorld } from './testing/fees-world.js';

/** Fee schedules and assessments against the database: the sliding scale, versions, re-assessment, approvers. */
const { givenWorld, rowsOf } = useFeesWorld();

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

