import type { CreatedAt, Timestamp } from '../../db/column-types.js';
import type { Generated } from 'kysely';

export const contactKinds = ['attempt', 'call', 'letter', 'email', 'text', 'in_person'] as const;
export type ContactKind = (typeof contactKinds)[number];
export const attemptOutcomes = ['no_answer', 'wrong_number', 'voicemail_left', 'busy', 'not_safe_to_talk'] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];
export const contactTopics = ['program_information', 'safety_planning', 'referrals_given', 'notices_delivered', 'consent', 'confidentiality_limits', 'fees', 'other'] as const;
export type ContactTopic = (typeof contactTopics)[number];

/** `contact_record`: one contact or attempt with a partner (insert only; notes encrypted). */
export interface ContactRecordTable {
  agency_id: string;
  id: string;
  partner_id: string;
  kind: ContactKind;
  /** `partner`: they reached us (nothing went out, so no gate); `worker`: we reached out. */
  initiated_by: Generated<'worker' | 'partner'>;
  /** Attempts only: what happened. */
  outcome: AttemptOutcome | null;
  /** The preference (phone, address …) used, when there was one. */
  preference_id: string | null;
  occurred_at: Timestamp;
  duration_minutes: number | null;
  by_user: string | null;
  topics: Generated<string[]>;
  notes_encrypted: string | null;
  letter_id: string | null;
  /** A follow-up the worker set (it appears on the worklist that day). */
  follow_up_on: string | null;
  idempotency_key: string;
  created_at: CreatedAt;
}

/** `notice_delivery`: the contact that told this partner about this notice. */
export interface NoticeDeliveryTable {
  agency_id: string;
  notice_id: string;
  partner_id: string;
  contact_id: string;
  delivered_at: Timestamp;
}

/** `safety_plan`: one version of a partner's plan; content (encrypted JSON) only when wanted. */
export interface SafetyPlanTable {
  agency_id: string;
  id: string;
  partner_id: string;
  version: number;
  wanted: boolean;
  content_encrypted: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

/** `partner_letter`: a letter produced through the channel gate, to a confirmed-safe address. */
export interface PartnerLetterTable {
  agency_id: string;
  id: string;
  partner_id: string;
  preference_id: string;
  kind: 'introduction';
  language: 'en' | 'fr';
  produced_at: Timestamp;
  produced_by: string | null;
}

export interface PartnerContactTables {
  contact_record: ContactRecordTable;
  notice_delivery: NoticeDeliveryTable;
  safety_plan: SafetyPlanTable;
  partner_letter: PartnerLetterTable;
}
