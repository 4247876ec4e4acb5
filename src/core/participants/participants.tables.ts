import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

/** `participant` (participant compartment): the person referred to the program. */
export interface ParticipantTable {
  agency_id: string;
  id: Generated<string>;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  gender: 'man' | 'woman' | 'non_binary' | 'two_spirit' | 'another';
  group_gender: 'men' | 'women';
  pronouns: string | null;
  language: 'en' | 'fr' | 'other';
  language_other: string | null;
  interpreter_needed: Generated<boolean>;
  indigenous_identity: Generated<boolean>;
  phone: string | null;
  email: string | null;
  safe_to_leave_messages: Generated<boolean>;
  street: string | null;
  city: string | null;
  province: string | null;
  postal_code: string | null;
  accessibility_needs: string | null;
  /** The participant asked for email reminders before sessions (and after a missed one). */
  reminders_opt_in: Generated<boolean>;
  case_state: Generated<string>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** `participant_income` (income compartment: intake and finance only). */
export interface ParticipantIncomeTable {
  agency_id: string;
  participant_id: string;
  household_size: number;
  annual_income_cents: string | number;
  declared_at: Generated<Date>;
  version: Generated<number>;
}

/** `case_transition`: every change of a case's state, who, when and why. */
export interface CaseTransitionTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  transition: string;
  from_state: string;
  to_state: string;
  reason: string | null;
  /** A coded reason (discharge reasons), told to the partner; the free text stays on this side. */
  reason_code: string | null;
  occurred_at: Timestamp;
  by_user: string | null;
}

/** `partner_handoff`: what the participant side keeps of a drop-box hand-off (no partner data). */
export interface PartnerHandoffTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  referral_id: string;
  partners_count: number;
  passed_at: Timestamp;
  passed_by: string | null;
}

export interface ParticipantsTables {
  participant: ParticipantTable;
  participant_income: ParticipantIncomeTable;
  case_transition: CaseTransitionTable;
  partner_handoff: PartnerHandoffTable;
}
