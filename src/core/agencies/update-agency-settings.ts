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
  partnerFirstContactDays: 'partner_first_contact_days',
  partnerMinContacts: 'partner_min_contacts',
  partnerContactWeeks: 'partner_contact_weeks',
  partnerPreferenceMaxAgeDays: 'partner_preference_max_age_days',
  partnerLetterAfterAttempts: 'partner_letter_after_attempts',
  timeZone: 'time_zone',
} as const;

/** Saves the agency's settings (version-checked), auditing each value that changed. */
export async function updateAgencySettings(ctx: Ctx, input: UpdateSettingsInput): Promise<AgencySettings> {
  assertCan(ctx.actor, 'setting.manage');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const current = await findSettings(trx);
    // Version 0 is the defaults before a first save; every save must name the version it read.
    if (current.version !== input.version) throw new AppError('conflict', 'agency.stale_settings', {});
    const next: AgencySettings = { ...current, ...definedOnly(input) };
    const values = {
      mfa_required: next.mfaRequired,
      session_idle_minutes: next.sessionIdleMinutes,
      session_absolute_hours: next.sessionAbsoluteHours,
      intake_due_days: next.intakeDueDays,
      partner_first_contact_days: next.partnerFirstContactDays,
      partner_min_contacts: next.partnerMinContacts,
      partner_contact_weeks: next.partnerContactWeeks,
      partner_preference_max_age_days: next.partnerPreferenceMaxAgeDays,
      partner_letter_after_attempts: next.partnerLetterAfterAttempts,
      updated_at: ctx.now,
    };
    await trx
      .insertInto('agency_setting')
      .values({ agency_id: actor.agencyId, ...values, version: 1 })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet((eb) => ({ ...values, version: eb('agency_setting.version', '+', 1) })))
      .execute();
    if (next.timeZone !== current.timeZone) {
      await trx.updateTable('agency').set({ time_zone: next.timeZone }).where('id', '=', actor.agencyId).execute();
    }
    for (const key of Object.keys(names) as (keyof typeof names)[]) {
      if (current[key] !== next[key]) {
        await recordAudit(ctx, trx, { type: 'setting.changed', details: { setting: names[key], from: current[key], to: next[key] } });
      }
    }
    return findSettings(trx);
  });
}

/** The input's values that were given (optional settings left out keep their saved value). */
function definedOnly(input: UpdateSettingsInput): Partial<AgencySettings> {
  const { version: _version, ...rest } = input;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<AgencySettings>;
}
