import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { AgencySettings, UpdateSettingsInput } from './agencies.schema.js';
import { findSettings } from './settings.queries.js';

const names = {
  mfaRequired: 'mfa_required',
  sessionIdleMinutes: 'session_idle_minutes',
  sessionAbsoluteHours: 'session_absolute_hours',
  intakeDueDays: 'intake_due_days',
} as const;

/** Saves the agency's settings (version-checked), auditing each value that changed. */
export async function updateAgencySettings(ctx: Ctx, input: UpdateSettingsInput): Promise<AgencySettings> {
  assertCan(ctx.actor, 'setting.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const current = await findSettings(trx);
    // Version 0 is the defaults before a first save; every save must name the version it read.
    if (current.version !== input.version) throw new AppError('conflict', 'agency.stale_settings', {});
    const values = {
      mfa_required: input.mfaRequired,
      session_idle_minutes: input.sessionIdleMinutes,
      session_absolute_hours: input.sessionAbsoluteHours,
      intake_due_days: input.intakeDueDays,
      updated_at: ctx.now,
    };
    await trx
      .insertInto('agency_setting')
      .values({ agency_id: actor.agencyId, ...values, version: 1 })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet((eb) => ({ ...values, version: eb('agency_setting.version', '+', 1) })))
      .execute();
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      if (current[key] !== input[key]) {
        await recordAudit(ctx, trx, { type: 'setting.changed', details: { setting: names[key], from: current[key], to: input[key] } });
      }
    }
    return findSettings(trx);
  });
}
