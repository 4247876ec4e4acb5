import type { Timestamp } from '../../db/column-types.js';
import type { Generated } from 'kysely';

export const reportKinds = ['completion', 'non_completion'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportStatuses = ['draft', 'signed', 'sent'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportLanguages = ['en', 'fr'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
/** How a report reached the referral source: email through the outbox, or recorded by hand. */
export const deliveryMethods = ['email', 'fax', 'portal', 'hand', 'mail'] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];
export const ackMethods = ['email', 'phone', 'fax', 'portal', 'letter', 'in_person'] as const;
export type AckMethod = (typeof ackMethods)[number];

/** `court_report` (participant compartment): the report on one closing of a case. */
export interface CourtReportTable {
  agency_id: string;
  id: string;
  participant_id: string;
  /** The `complete` or `discharge` transition the report is about. */
  transition_id: string;
  kind: ReportKind;
  status: Generated<ReportStatus>;
  language: ReportLanguage;
  observations_encrypted: string | null;
  /** The `case_safety_concern` rows the manager chose to include (category and day only). */
  concern_ids: Generated<string[]>;
  /** The content frozen at signing (JSON, encrypted); null while a draft. */
  content_encrypted: string | null;
  signed_name: string | null;
  signed_on: string | null;
  signed_at: Timestamp | null;
  signed_by: string | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  version: Generated<number>;
}

/** `report_delivery`: one sending of a signed report. */
export interface ReportDeliveryTable {
  agency_id: string;
  id: string;
  report_id: string;
  method: DeliveryMethod;
  to_address: string | null;
  delivered_on: string;
  idempotency_key: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
}

/** `report_ack`: the referral source acknowledged the report. */
export interface ReportAckTable {
  agency_id: string;
  report_id: string;
  acknowledged_on: string;
  acknowledged_by: string | null;
  method: AckMethod;
  recorded_at: Timestamp;
  recorded_by: string | null;
}

/** `report_setting` (tenant): the agency's report clocks. */
export interface ReportSettingTable {
  agency_id: string;
  due_business_days: Generated<number>;
  ack_escalation_business_days: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** `report_stream_deadline` (tenant): a program stream's own report deadline. */
export interface ReportStreamDeadlineTable {
  agency_id: string;
  stream_id: string;
  due_business_days: number;
}

export const noticeReasons = ['threat', 'pending_discharge'] as const;
export type NoticeReason = (typeof noticeReasons)[number];

/** `referral_notice`: an interim non-compliance notice, signed and sent in one act. */
export interface ReferralNoticeTable {
  agency_id: string;
  id: string;
  participant_id: string;
  reason: NoticeReason;
  event_on: string;
  language: ReportLanguage;
  content_encrypted: string;
  signed_name: string;
  signed_on: string;
  signed_at: Timestamp;
  signed_by: string | null;
  method: DeliveryMethod;
  to_address: string | null;
  delivered_on: string;
  idempotency_key: string;
}

export interface ReportsTables {
  referral_notice: ReferralNoticeTable;
  court_report: CourtReportTable;
  report_delivery: ReportDeliveryTable;
  report_ack: ReportAckTable;
  report_setting: ReportSettingTable;
  report_stream_deadline: ReportStreamDeadlineTable;
}
