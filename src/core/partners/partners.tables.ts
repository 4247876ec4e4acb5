import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

/** `partner` (partner compartment): the person harmed or the current partner. Name encrypted. */
export interface PartnerTable {
  agency_id: string;
  id: string;
  full_name_encrypted: string;
  created_at: CreatedAt;
  created_by: string | null;
  participant_id: string | null;
  relationship: 'victim' | 'current_partner' | 'former_partner' | 'other' | null;
  language: 'en' | 'fr' | 'other' | null;
  /** Given at referral before contact preferences existed; new details go to `contact_preference`. */
  phone_encrypted: string | null;
  address_encrypted: string | null;
  version: Generated<number>;
  updated_at: Timestamp | null;
  updated_by: string | null;
}

export const preferenceChannels = ['phone', 'text', 'email', 'mail'] as const;
export type PreferenceChannel = (typeof preferenceChannels)[number];

/**
 * `contact_preference`: one way to reach the partner (a phone number with its safe times and
 * whether a voicemail may be left, a number for texts, an email, a mailing address). `safe` is
 * null until the partner confirms it (`confirmed_on`); a confirmation older than the agency's
 * setting counts as unconfirmed. Only the channel gate decides what may be used.
 */
export interface ContactPreferenceTable {
  agency_id: string;
  id: string;
  partner_id: string;
  channel: PreferenceChannel;
  value_encrypted: string;
  safe_times_encrypted: string | null;
  safe: boolean | null;
  voicemail_ok: Generated<boolean>;
  confirmed_on: string | null;
  retired_at: Timestamp | null;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Timestamp | null;
  updated_by: string | null;
  version: Generated<number>;
}

export const consentDecisions = ['wishes_contact', 'declined'] as const;
export type ConsentDecision = (typeof consentDecisions)[number];
export const consentWays = ['phone', 'in_person', 'letter', 'email', 'text', 'third_party'] as const;
export type ConsentWay = (typeof consentWays)[number];

/** `partner_consent`: what the partner said about being contacted, when and how; the latest decides. */
export interface PartnerConsentTable {
  agency_id: string;
  id: Generated<string>;
  partner_id: string;
  decision: ConsentDecision;
  decided_on: string;
  how: ConsentWay;
  note_encrypted: string | null;
  recorded_at: CreatedAt;
  recorded_by: string | null;
}

/** `partner_child`: a child of the partner, by age (a child under 16 raises the duty to report). */
export interface PartnerChildTable {
  agency_id: string;
  id: Generated<string>;
  partner_id: string;
  age: number;
}

/** What a notice tells the partner-contact team about (the seeds' list). */
export const partnerNoticeTypes = ['new_partner', 'enrolled', 'absence', 'lateness', 'threat', 'concern', 'disruptive_behaviour', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'anticipated_completion', 'fees_paid'] as const;
export type PartnerNoticeType = (typeof partnerNoticeTypes)[number];

/**
 * `partner_notice`: an item for the partner-contact worklist, created by participant-side events
 * (a new partner to contact, an absence, a threat …): type, dates and a reason code, never words.
 */
export interface PartnerNoticeTable {
  agency_id: string;
  id: string;
  participant_id: string;
  partner_id: string | null;
  type: PartnerNoticeType;
  reason_code: string | null;
  occurred_on: string;
  due_at: Timestamp;
  created_at: CreatedAt;
  closed_at: Date | null;
  /** Threats: the same day, and they stand out. */
  urgent: Generated<boolean>;
  /** The participant-side event that created it (`attendance:<markId>` …): one notice per event. */
  event_key: string | null;
  /** A fees-paid notice's amount, only where the agency's fee settings allow amounts. */
  amount_cents: Generated<number | null>;
}

export interface PartnersTables {
  partner: PartnerTable;
  partner_child: PartnerChildTable;
  partner_notice: PartnerNoticeTable;
  contact_preference: ContactPreferenceTable;
  partner_consent: PartnerConsentTable;
}
