import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column-types.js';

/** `referral` (participant compartment): what a court, probation or central intake sent. */
export interface ReferralTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  source: 'court' | 'probation' | 'crown' | 'central_intake' | 'self' | 'other';
  stream: 'early_intervention' | 'coordinated_prosecution' | 'peace_bond' | 'probation_order' | 'bail_condition' | 'voluntary';
  court_file_number: string | null;
  court_location: string | null;
  charges: Generated<string[]>;
  order_date: string | null;
  complete_by: string | null;
  officer_name: string | null;
  officer_office: string | null;
  officer_phone: string | null;
  officer_email: string | null;
  status: Generated<'received' | 'accepted' | 'returned' | 'duplicate'>;
  return_reason: string | null;
  duplicate_of: string | null;
  received_at: Timestamp;
  decided_at: Date | null;
  decided_by: string | null;
  created_by: string | null;
  idempotency_key: string;
  version: Generated<number>;
}

/** `referral_condition`: a court condition, above all a no-contact order. */
export interface ReferralConditionTable {
  agency_id: string;
  id: Generated<string>;
  referral_id: string;
  kind: 'no_contact' | 'no_go' | 'weapons' | 'abstain' | 'other';
  with_whom: string | null;
  exceptions: string | null;
  expires_on: string | null;
}

export interface ReferralsTables {
  referral: ReferralTable;
  referral_condition: ReferralConditionTable;
}
