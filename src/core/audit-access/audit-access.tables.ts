import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column-types.js';

/** `audit_grant` (tenant data): a manager's time-boxed, read-only grant to one Ministry auditor. */
export interface AuditGrantTable {
  agency_id: string;
  id: string;
  auditor_user_id: string;
  purpose: string;
  /** Agency days, both included; `starts_at`/`ends_at` are their bounds on the agency's clock. */
  starts_on: string;
  ends_on: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  granted_by: string;
  granted_at: Timestamp;
  ended_at: Timestamp | null;
  ended_by: string | null;
  idempotency_key: string;
  version: Generated<number>;
}

/** `audit_grant_file` (tenant data, ids only): the participant files a grant lets the auditor read. */
export interface AuditGrantFileTable {
  agency_id: string;
  grant_id: string;
  participant_id: string;
}

export const openingBases = ['statutory_inspection', 'court_order', 'partner_consent'] as const;
export type OpeningBasis = (typeof openingBases)[number];

/** `audit_partner_opening` (partner compartment): a legal basis, recorded by the partner-contact lead, that shows one partner's name to a grant's auditor. */
export interface AuditPartnerOpeningTable {
  agency_id: string;
  grant_id: string;
  partner_id: string;
  legal_basis: OpeningBasis;
  reference: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface AuditAccessTables {
  audit_grant: AuditGrantTable;
  audit_grant_file: AuditGrantFileTable;
  audit_partner_opening: AuditPartnerOpeningTable;
}
