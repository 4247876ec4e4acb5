import { z } from 'zod';
import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { requireParticipant } from './require-participant.js';

export const DeclaredIncome = z.object({
  householdSize: z.number().int().min(1).max(20),
  annualIncomeCents: z.number().int().min(0).max(100_000_000_00),
  declaredAt: z.string(),
  version: z.number().int(),
});
export type DeclaredIncome = z.infer<typeof DeclaredIncome>;

export const DeclareIncomeInput = z.strictObject({
  householdSize: z.number().int().min(1).max(20),
  annualIncomeCents: z.number().int().min(0).max(100_000_000_00),
  /** 0 for a first declaration; afterwards the version last read. */
  version: z.number().int().min(0),
});

/**
 * A participant's declared household size and income (sets the fee). Intake and finance only:
 * the income compartment hides it from everyone else, who get 404 as for any record they may not see.
 */
export async function getDeclaredIncome(ctx: Ctx, participantId: string): Promise<DeclaredIncome | null> {
  assertCan(ctx.actor, 'income.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const row = await trx.selectFrom('participant_income').selectAll().where('participant_id', '=', participantId).executeTakeFirst();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return row ? { householdSize: row.household_size, annualIncomeCents: Number(row.annual_income_cents), declaredAt: row.declared_at.toISOString(), version: row.version } : null;
  });
}

/** Records (or updates, version-checked) what the participant declared about their household income. */
export async function declareIncome(ctx: Ctx, participantId: string, input: z.infer<typeof DeclareIncomeInput>): Promise<DeclaredIncome> {
  const { agencyId } = actingIn(ctx, 'income.write');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const current = await trx.selectFrom('participant_income').select('version').where('participant_id', '=', participantId).forUpdate().executeTakeFirst();
    if ((current?.version ?? 0) !== input.version) throw new AppError('conflict', 'participants.stale_version', {});
    const values = { household_size: input.householdSize, annual_income_cents: input.annualIncomeCents, declared_at: ctx.now };
    const row = current
      ? await trx.updateTable('participant_income').set((eb) => ({ ...values, version: eb('version', '+', 1) })).where('participant_id', '=', participantId).returningAll().executeTakeFirstOrThrow()
      : await trx.insertInto('participant_income').values({ agency_id: agencyId, participant_id: participantId, ...values }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'income.declared', subject: { type: 'participant', id: participantId }, details: { householdSize: input.householdSize } });
    return { householdSize: row.household_size, annualIncomeCents: Number(row.annual_income_cents), declaredAt: row.declared_at.toISOString(), version: row.version };
  });
}
