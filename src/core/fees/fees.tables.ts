import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

/** A bigint column read by pg as a string, written as a number. */
type BigCents = ColumnType<string, number | string, never>;

/** `fee_schedule`: one version of a stream's sliding scale (never changed once written). */
export interface FeeScheduleTable {
  agency_id: string;
  id: Generated<string>;
  stream_id: string;
  version: number;
  effective_from: string;
  private_session_fee_cents: number;
  created_at: CreatedAt;
  created_by: string | null;
}

/** `fee_band`: one band of a schedule version. */
export interface FeeBandTable {
  agency_id: string;
  schedule_id: string;
  position: number;
  min_household_size: number;
  max_income_cents: BigCents | null;
  total_fee_cents: number;
}

/** `fee_assessment`: a participant's fee as assessed (participant compartment; the newest is current). */
export interface FeeAssessmentTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  stream_id: string;
  schedule_id: string;
  household_size: number;
  annual_income_cents: BigCents;
  schedule_fee_cents: number;
  kind: 'computed' | 'negotiated' | 'waived' | 'subsidized';
  total_fee_cents: number;
  sessions_required: number;
  private_session_fee_cents: number;
  reason: string | null;
  approver_id: string | null;
  assessed_at: Timestamp;
  assessed_by: string | null;
  /** Written order (identity): the highest is the current assessment. */
  seq: ColumnType<string, never, never>;
}

/** `ledger_entry`: insert only (participant compartment). `amount_cents` is signed as it moves the balance. */
export interface LedgerEntryTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  kind: 'charge' | 'payment' | 'refund' | 'correction';
  charge_type: 'program_fee' | 'private_session' | null;
  method: 'cash' | 'debit' | 'credit' | 'e_transfer' | 'third_party' | null;
  payer_name: string | null;
  amount_cents: number;
  effective_on: string;
  receipt_number: number | null;
  corrects_entry_id: string | null;
  correction_reason: string | null;
  assessment_id: string | null;
  idempotency_key: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
  /** Written order (identity): entries of one day are listed as they were recorded. */
  seq: ColumnType<string, never, never>;
}

/** `receipt_sequence`: the agency's last receipt number (locked while a payment or refund is written). */
export interface ReceiptSequenceTable {
  agency_id: string;
  last_number: Generated<number>;
}

/** `fee_setting`: one row per agency once finance saves it; defaults apply before. */
export interface FeeSettingTable {
  agency_id: string;
  allowed_credit_cents: Generated<number>;
  /** Whether a fees-paid partner notice may say the amount paid (off: general terms only). */
  partner_notice_amounts: Generated<boolean>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

/** `fee_period_close`: each closing; the latest `closed_through` is in force. */
export interface FeePeriodCloseTable {
  agency_id: string;
  closed_through: string;
  closed_at: Timestamp;
  closed_by: string | null;
}

export interface FeesTables {
  fee_schedule: FeeScheduleTable;
  fee_band: FeeBandTable;
  fee_assessment: FeeAssessmentTable;
  ledger_entry: LedgerEntryTable;
  receipt_sequence: ReceiptSequenceTable;
  fee_setting: FeeSettingTable;
  fee_period_close: FeePeriodCloseTable;
}
