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
  phone_encrypted: string | null;
  address_encrypted: string | null;
}

/** `partner_child`: a child of the partner, by age (a child under 16 raises the duty to report). */
export interface PartnerChildTable {
  agency_id: string;
  id: Generated<string>;
  partner_id: string;
  age: number;
}

/** What a notice tells the partner-contact team about (the seeds' list). */
export const partnerNoticeTypes = ['new_partner', 'absence', 'lateness', 'threat', 'concern', 'disruptive_behaviour', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'anticipated_completion', 'fees_paid'] as const;
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
}

export interface PartnersTables {
  partner: PartnerTable;
  partner_child: PartnerChildTable;
  partner_notice: PartnerNoticeTable;
}
