import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { agencyToday } from '../agencies/agency-day.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { checkBands, defaultBands, defaultPrivateSessionFeeCents } from './fees.rules.js';
import { findSchedules } from './fees.queries.js';
import type { CreateFeeScheduleInput, FeeBand, FeeSchedule, FeeScheduleList } from './fees.schema.js';

/** Every schedule version of the agency, per stream newest first (fee.read: finance, intake, manager). */
export async function listFeeSchedules(ctx: Ctx): Promise<FeeScheduleList> {
  assertCan(ctx.actor, 'fee.read');
  return ctx.db.transaction(async (trx) => {
    const { today } = await agencyToday(trx, ctx.now);
    return { schedules: await findSchedules(trx, today) };
  });
}

/** One schedule version, or 404. */
export async function getFeeSchedule(ctx: Ctx, scheduleId: string): Promise<FeeSchedule> {
  assertCan(ctx.actor, 'fee.read');
  return ctx.db.transaction(async (trx) => {
    const { today } = await agencyToday(trx, ctx.now);
    const [schedule] = await findSchedules(trx, today, { scheduleId });
    if (!schedule) throw new AppError('not_found', 'fees.schedule_not_found', {});
    return schedule;
  });
}

/**
 * A new version of a stream's schedule (fee.schedule: finance, manager). Versions are never
 * edited: this one applies to assessments made from `effectiveFrom`; earlier assessments keep
 * the version they were made under.
 */
export async function createFeeSchedule(ctx: Ctx, input: CreateFeeScheduleInput): Promise<FeeSchedule> {
  const { agencyId, userId } = actingIn(ctx, 'fee.schedule');
  const problem = checkBands(input.bands);
  if (problem) throw new AppError('invalid', problem, {});
  return ctx.db.transaction(async (trx) => {
    const stream = await trx.selectFrom('program_stream').select('id').where('id', '=', input.streamId).forUpdate().executeTakeFirst();
    if (!stream) throw new AppError('not_found', 'fees.stream_not_found', {});
    const latest = await trx.selectFrom('fee_schedule').select(['version', 'effective_from']).where('stream_id', '=', input.streamId).orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (latest && input.effectiveFrom < latest.effective_from) throw new AppError('rule_violation', 'fees.schedule_effective_too_early', { latest: latest.effective_from });
    const id = await insertSchedule(trx, { agencyId, userId, streamId: input.streamId, version: (latest?.version ?? 0) + 1, effectiveFrom: input.effectiveFrom, privateSessionFeeCents: input.privateSessionFeeCents, bands: input.bands });
    await recordAudit(ctx, trx, { type: 'fee_schedule.created', subject: { type: 'stream', id: input.streamId }, details: { scheduleId: id, version: (latest?.version ?? 0) + 1, bands: input.bands.length, effectiveFrom: input.effectiveFrom } });
    const { today } = await agencyToday(trx, ctx.now);
    const [schedule] = await findSchedules(trx, today, { scheduleId: id });
    return schedule!;
  });
}

async function insertSchedule(
  trx: Transaction<DB>,
  values: { agencyId: string; userId: string | null; streamId: string; version: number; effectiveFrom: string; privateSessionFeeCents: number; bands: readonly FeeBand[] },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('fee_schedule')
    .values({ agency_id: values.agencyId, id, stream_id: values.streamId, version: values.version, effective_from: values.effectiveFrom, private_session_fee_cents: values.privateSessionFeeCents, created_by: values.userId })
    .execute();
  await trx
    .insertInto('fee_band')
    .values(
      values.bands.map((band, index) => ({
        agency_id: values.agencyId,
        schedule_id: id,
        position: index + 1,
        min_household_size: band.minHouseholdSize,
        max_income_cents: band.maxIncomeCents,
        total_fee_cents: band.totalFeeCents,
      })),
    )
    .execute();
  return id;
}

/**
 * Gives a stream that has no schedule yet the default sliding scale (fees.rules.ts
 * `defaultBands`, $125 a private session) as version 1 effective from `effectiveFrom`: a new
 * agency's streams start from it until finance reviews it. Does nothing when the stream has one.
 */
export async function ensureDefaultSchedule(trx: Transaction<DB>, values: { agencyId: string; streamId: string; effectiveFrom: string; userId: string | null }): Promise<void> {
  const existing = await trx.selectFrom('fee_schedule').select('id').where('stream_id', '=', values.streamId).limit(1).executeTakeFirst();
  if (existing) return;
  await insertSchedule(trx, { ...values, version: 1, privateSessionFeeCents: defaultPrivateSessionFeeCents, bands: defaultBands() });
}
