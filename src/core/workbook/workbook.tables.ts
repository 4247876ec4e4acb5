import type { Timestamp } from '../../db/column-types.js';
import type { Generated } from 'kysely';

/** `workbook`: one per participant who has one; its version guards every save of the lists below. */
export interface WorkbookTable {
  agency_id: string;
  participant_id: string;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** `relationship_value`: a quality the participant wants in their relationships, in their order. */
export interface RelationshipValueTable {
  agency_id: string;
  participant_id: string;
  position: number;
  text: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export const warningSignKinds = ['behaviour', 'physical', 'thoughts'] as const;
export type WarningSignKind = (typeof warningSignKinds)[number];

/** `warning_sign`: one of the participant's own signs of escalation. */
export interface WarningSignTable {
  agency_id: string;
  participant_id: string;
  position: number;
  kind: WarningSignKind;
  text: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export const accountabilityActionStatuses = ['planned', 'done'] as const;
export type AccountabilityActionStatus = (typeof accountabilityActionStatuses)[number];

/** `accountability_action`: a concrete step to take responsibility, planned or done. */
export interface AccountabilityActionTable {
  agency_id: string;
  participant_id: string;
  position: number;
  text: string;
  status: AccountabilityActionStatus;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface WorkbookTables {
  workbook: WorkbookTable;
  relationship_value: RelationshipValueTable;
  warning_sign: WarningSignTable;
  accountability_action: AccountabilityActionTable;
}
