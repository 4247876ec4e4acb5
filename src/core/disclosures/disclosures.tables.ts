import type { Timestamp } from '../../db/column-types.js';
import type { Generated } from 'kysely';

export const disclosureRecipients = ['crown', 'probation', 'police', 'court', 'childrens_aid'] as const;
export type DisclosureRecipient = (typeof disclosureRecipients)[number];
/** The legal limits of confidentiality the seeds name. */
export const legalBases = ['risk_to_partner', 'risk_to_child', 'risk_to_other', 'assault', 'other_criminal_conduct', 'required_by_law', 'child_abuse_or_neglect'] as const;
export type LegalBasis = (typeof legalBases)[number];
export const disclosureMethods = ['phone', 'email', 'fax', 'letter', 'in_person', 'portal'] as const;
export type DisclosureMethod = (typeof disclosureMethods)[number];
export const disclosureStatuses = ['pending_approval', 'approved', 'refused', 'made'] as const;
export type DisclosureStatus = (typeof disclosureStatuses)[number];
/** What a disclosure may pass to the participant's case: a category, never words. */
export const concernCategories = ['threat_to_partner', 'threat_to_child', 'threat_to_other', 'assault', 'breach_of_order', 'child_protection', 'other_safety'] as const;
export type ConcernCategory = (typeof concernCategories)[number];

/** `disclosure` (disclosure compartment): a decision to disclose, its basis, approval and delivery. */
export interface DisclosureTable {
  agency_id: string;
  id: string;
  participant_id: string;
  partner_id: string | null;
  raised_by_team: 'partner_contact' | 'group_program';
  recipient: DisclosureRecipient;
  legal_basis: LegalBasis;
  summary_encrypted: string;
  method: DisclosureMethod | null;
  status: DisclosureStatus;
  concern_category: ConcernCategory | null;
  crown_warning_given: Generated<boolean>;
  partner_told_on: string | null;
  decided_at: Timestamp;
  decided_by: string | null;
  approved_at: Timestamp | null;
  approved_by: string | null;
  approval_note_encrypted: string | null;
  made_at: Timestamp | null;
  made_by: string | null;
  version: Generated<number>;
  /** The day the concern happened (with `concern_category`, what the participant's case is told). */
  concern_occurred_on: string | null;
  refused_at: Timestamp | null;
  refused_by: string | null;
}

/** `case_safety_concern` (participant compartment): the category and day a disclosure attached. */
export interface CaseSafetyConcernTable {
  agency_id: string;
  id: string;
  participant_id: string;
  disclosure_id: string;
  category: ConcernCategory;
  occurred_on: string;
  attached_at: Timestamp;
  attached_by: string | null;
}

export interface DisclosuresTables {
  disclosure: DisclosureTable;
  case_safety_concern: CaseSafetyConcernTable;
}


