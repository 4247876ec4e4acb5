import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { Holiday, SetHolidayInput } from './programs.schema.js';

/** The agency's holidays (a year's, or all), in date order: no session is scheduled on them. */
export async function listHolidays(ctx: Ctx, year?: number): Promise<Holiday[]> {
  assertCan(ctx.actor, 'agency.read');
  return ctx.db.transaction(async (trx) => {
    let query = trx.selectFrom('holiday').selectAll().orderBy('day');
    if (year !== undefined) query = query.where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`);
    return (await query.execute()).map((h) => ({ day: h.day, name: h.name, nameFr: h.name_fr }));
  });
}

/** Adds or renames a holiday. Sessions already generated stay: a manager reschedules them. */
export async function setHoliday(ctx: Ctx, day: string, input: SetHolidayInput): Promise<Holiday> {
  assertCan(ctx.actor, 'program.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const values = { name: input.name, name_fr: input.nameFr ?? null };
    await trx
      .insertInto('holiday')
      .values({ agency_id: actor.agencyId, day, ...values })
      .onConflict((oc) => oc.columns(['agency_id', 'day']).doUpdateSet(values))
      .execute();
    await recordAudit(ctx, trx, { type: 'holiday.set', details: { day } });
    return { day, name: input.name, nameFr: input.nameFr ?? null };
  });
}

/** Removes a holiday. */
export async function removeHoliday(ctx: Ctx, day: string): Promise<void> {
  assertCan(ctx.actor, 'program.manage');
  requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    const removed = await trx.deleteFrom('holiday').where('day', '=', day).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new AppError('not_found', 'programs.holiday_not_found', {});
    await recordAudit(ctx, trx, { type: 'holiday.removed', details: { day } });
  });
}

/** The holidays from a day on, as a set (for scheduling sessions and notice due dates). */
export async function findHolidaySet(db: Kysely<DB>, from: string): Promise<Set<string>> {
  return new Set((await db.selectFrom('holiday').select('day').where('day', '>=', from).execute()).map((h) => h.day));
}
