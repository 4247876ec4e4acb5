import type { CreatedAt } from '../../db/column-types.js';
import type { Generated } from 'kysely';

/** `agency`: the tenant. Every other tenant row carries its id. */
export interface AgencyTable {
  id: Generated<string>;
  slug: string;
  name: string;
  name_fr: string | null;
  /** The IANA zone of the agency's day (what "today" is for its ledger, contacts and deadlines). */
  time_zone: Generated<string>;
  created_at: CreatedAt;
}

/** `site`: a place where groups meet; its IANA time zone decides local session times. */
export interface SiteTable {
  agency_id: string;
  id: Generated<string>;
  name: string;
  name_fr: string | null;
  time_zone: string;
  created_at: CreatedAt;
}


/** `agency_setting`: one row per agency (security settings for now). */
export interface AgencySettingTable {
  agency_id: string;
  mfa_required: Generated<boolean>;
  session_idle_minutes: Generated<number>;
  session_absolute_hours: Generated<number>;
  intake_due_days: Generated<number>;
  /** Partner Contact clocks and rules (issue #7). */
  partner_first_contact_days: Generated<number>;
  partner_min_contacts: Generated<number>;
  partner_contact_weeks: Generated<number>;
  partner_preference_max_age_days: Generated<number>;
  partner_letter_after_attempts: Generated<number>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface AgenciesTables {
  agency_setting: AgencySettingTable;
  agency: AgencyTable;
  site: SiteTable;
}
