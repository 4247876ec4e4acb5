import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findAgencyTimeZone } from './agency-day.js';
import type { AgencySettings } from './agencies.schema.js';

/** Defaults of a new agency: second factor required, 30-minute idle timeout, 12-hour sessions, intake within 14 days. */
export const defaultSettings: Omit<AgencySettings, 'timeZone'> = { mfaRequired: true, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, intakeDueDays: 14,
  partnerFirstContactDays: 7, partnerMinContacts: 4, partnerContactWeeks: 12, partnerPreferenceMaxAgeDays: 90, partnerLetterAfterAttempts: 3,
  version: 0,
};

/** The columns of `agency_setting` the settings are made from. */
export const settingColumns = ['mfa_required', 'session_idle_minutes', 'session_absolute_hours', 'intake_due_days', 'version',
  'partner_first_contact_days', 'partner_min_contacts', 'partner_contact_weeks', 'partner_preference_max_age_days', 'partner_letter_after_attempts'] as const;

type SettingRow = Pick<Selectable<DB['agency_setting']>, (typeof settingColumns)[number]>;

/** The current agency's settings (RLS scopes the agency); defaults until first saved. */
export async function findSettings(db: Kysely<DB>): Promise<AgencySettings> {
  const row = await db.selectFrom('agency_setting').select(settingColumns).executeTakeFirst();
  return settingsFrom(row, await findAgencyTimeZone(db));
}

/** Settings from their row (none, or a left join that found none: the defaults) and the agency's time zone. */
export function settingsFrom(row: { [K in keyof SettingRow]: SettingRow[K] | null } | undefined, timeZone: string): AgencySettings {
  const d = defaultSettings;
  return {
    timeZone,
    mfaRequired: row?.mfa_required ?? d.mfaRequired,
    sessionIdleMinutes: row?.session_idle_minutes ?? d.sessionIdleMinutes,
    sessionAbsoluteHours: row?.session_absolute_hours ?? d.sessionAbsoluteHours,
    intakeDueDays: row?.intake_due_days ?? d.intakeDueDays,
    partnerFirstContactDays: row?.partner_first_contact_days ?? d.partnerFirstContactDays,
    partnerMinContacts: row?.partner_min_contacts ?? d.partnerMinContacts,
    partnerContactWeeks: row?.partner_contact_weeks ?? d.partnerContactWeeks,
    partnerPreferenceMaxAgeDays: row?.partner_preference_max_age_days ?? d.partnerPreferenceMaxAgeDays,
    partnerLetterAfterAttempts: row?.partner_letter_after_attempts ?? d.partnerLetterAfterAttempts,
    version: row?.version ?? d.version,
  };
}
