import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findAgencyTimeZone } from './agency-day.js';
import type { AgencySettings } from './agencies.schema.js';

/** Defaults of a new agency: second factor required, 30-minute idle timeout, 12-hour sessions, intake within 14 days. */
export const defaultSettings: Omit<AgencySettings, 'timeZone'> = { mfaRequired: true, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, intakeDueDays: 14,
  partnerFirstContactDays: 7, partnerMinContacts: 4, partnerContactWeeks: 12, partnerPreferenceMaxAgeDays: 90, partnerLetterAfterAttempts: 3,
  version: 0,
};

/** The current agency's settings (RLS scopes the agency); defaults until first saved. */
export async function findSettings(db: Kysely<DB>): Promise<AgencySettings> {
  const row = await db
    .selectFrom('agency_setting')
    .select(['mfa_required', 'session_idle_minutes', 'session_absolute_hours', 'intake_due_days', 'version',
      'partner_first_contact_days', 'partner_min_contacts', 'partner_contact_weeks', 'partner_preference_max_age_days', 'partner_letter_after_attempts'])
    .executeTakeFirst();
  const timeZone = await findAgencyTimeZone(db);
  if (!row) return { ...defaultSettings, timeZone };
  return {
    timeZone,
    mfaRequired: row.mfa_required,
    sessionIdleMinutes: row.session_idle_minutes,
    sessionAbsoluteHours: row.session_absolute_hours,
    intakeDueDays: row.intake_due_days,
    partnerFirstContactDays: row.partner_first_contact_days,
    partnerMinContacts: row.partner_min_contacts,
    partnerContactWeeks: row.partner_contact_weeks,
    partnerPreferenceMaxAgeDays: row.partner_preference_max_age_days,
    partnerLetterAfterAttempts: row.partner_letter_after_attempts,
    version: row.version,
  };
}
