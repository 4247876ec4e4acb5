import { z } from 'zod';
import { concernCategories } from '../disclosures/disclosures.tables.js';
import { ackMethods, deliveryMethods, reportKinds, reportLanguages, reportStatuses } from './reports.tables.js';

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const version = z.number().int().min(1);
const idempotencyKey = z.string().trim().min(8).max(100).regex(/^[A-Za-z0-9_.:-]+$/);
const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

/**
 * What a report says, frozen at signing (and computed afresh for a draft's preview). Both
 * languages' names are kept so the signed report prints the same facts in English or French.
 * Never any partner data: a safety concern is a category and a day.
 */
export const ReportContent = z.object({
  kind: z.enum(reportKinds),
  agency: z.object({ name: z.string(), nameFr: z.string() }),
  participant: z.object({ name: z.string(), dateOfBirth: day }),
  referral: z
    .object({
      source: z.string(),
      stream: z.string(),
      courtFileNumber: z.string().nullable(),
      courtLocation: z.string().nullable(),
      charges: z.array(z.string()),
      orderDate: day.nullable(),
      completeBy: day.nullable(),
      officerName: z.string().nullable(),
      officerOffice: z.string().nullable(),
    })
    .nullable(),
  program: z.object({ name: z.string(), nameFr: z.string(), groupName: z.string().nullable(), startedOn: day.nullable(), endedOn: day }),
  attendance: z.object({
    attended: z.number().int(),
    credited: z.number().int(),
    required: z.number().int(),
    excused: z.number().int(),
    unexcused: z.number().int(),
    refusedEntry: z.number().int(),
    leftEarly: z.number().int(),
    lates: z.number().int(),
    madeUp: z.number().int(),
  }),
  outcome: z.object({ state: z.enum(['completed', 'discharged']), reasonCode: z.string().nullable() }),
  observations: z.string().nullable(),
  concerns: z.array(z.object({ category: z.enum(concernCategories), occurredOn: day })),
  signature: z.object({ name: z.string(), signedOn: day }).nullable(),
});
export type ReportContent = z.infer<typeof ReportContent>;

export const ReportDelivery = z.object({ id: z.uuid(), method: z.enum(deliveryMethods), toAddress: z.string().nullable(), deliveredOn: day, recordedAt: instant });
export type ReportDelivery = z.infer<typeof ReportDelivery>;

export const ReportAck = z.object({ acknowledgedOn: day, acknowledgedBy: z.string().nullable(), method: z.enum(ackMethods), recordedAt: instant });
export type ReportAck = z.infer<typeof ReportAck>;

/** A case safety concern the manager may tick: a category and a day, never the words. */
export const ReportableConcern = z.object({ id: z.uuid(), category: z.enum(concernCategories), occurredOn: day });

export const CourtReport = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  kind: z.enum(reportKinds),
  status: z.enum(reportStatuses),
  language: z.enum(reportLanguages),
  observations: z.string().nullable(),
  concernIds: z.array(z.uuid()),
  /** The concerns a manager may include (empty for whoever cannot sign). */
  availableConcerns: z.array(ReportableConcern),
  content: ReportContent,
  signedBy: person,
  signedAt: instant.nullable(),
  deliveries: z.array(ReportDelivery),
  acknowledgement: ReportAck.nullable(),
  dueOn: day,
  ackDueOn: day.nullable(),
  version: z.number().int(),
});
export type CourtReport = z.infer<typeof CourtReport>;

/** A participant's report, or why there is none yet. */
export const ParticipantReportState = z.object({
  eligible: z.boolean(),
  kind: z.enum(reportKinds).nullable(),
  dueOn: day.nullable(),
  /** The referral source's email on the referral, to prefill the send form. */
  referralEmail: z.string().nullable(),
  report: CourtReport.nullable(),
});
export type ParticipantReportState = z.infer<typeof ParticipantReportState>;

export const CreateReportInput = z.strictObject({ language: z.enum(reportLanguages).default('en') });
export type CreateReportInput = z.infer<typeof CreateReportInput>;

/** Edits a draft: the facilitator's observations; the concerns to include (manager only). */
export const UpdateReportInput = z.strictObject({
  version,
  language: z.enum(reportLanguages).optional(),
  observations: z.string().trim().max(4000).nullable().optional(),
  concernIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateReportInput = z.infer<typeof UpdateReportInput>;

export const SignReportInput = z.strictObject({ version, signedName: z.string().trim().min(1).max(200), confirm: z.literal(true) });
export type SignReportInput = z.infer<typeof SignReportInput>;

export const SendReportInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('email'), to: z.email().max(254), idempotencyKey }),
  z.strictObject({ method: z.enum(['fax', 'portal', 'hand', 'mail']), deliveredOn: day, idempotencyKey }),
]);
export type SendReportInput = z.infer<typeof SendReportInput>;

export const AcknowledgeReportInput = z.strictObject({
  acknowledgedOn: day,
  acknowledgedBy: z.string().trim().min(1).max(200).optional(),
  method: z.enum(ackMethods),
});
export type AcknowledgeReportInput = z.infer<typeof AcknowledgeReportInput>;

export const worklistStates = ['not_started', 'draft', 'signed', 'sent', 'acknowledged'] as const;

/** A line of the manager's list: a closed case and where its report stands. */
export const ReportWorklistItem = z.object({
  participantId: z.uuid(),
  participantName: z.string(),
  kind: z.enum(reportKinds),
  closedOn: day,
  dueOn: day,
  reportId: z.uuid().nullable(),
  state: z.enum(worklistStates),
  sentOn: day.nullable(),
  ackDueOn: day.nullable(),
  isOverdue: z.boolean(),
  isAckOverdue: z.boolean(),
});
export type ReportWorklistItem = z.infer<typeof ReportWorklistItem>;

export const ReportWorklistQuery = z.strictObject({ show: z.enum(['open', 'all']).default('open') });
export type ReportWorklistQuery = z.infer<typeof ReportWorklistQuery>;

export const ReportSettings = z.object({
  dueBusinessDays: z.number().int().min(1).max(60),
  ackEscalationBusinessDays: z.number().int().min(1).max(60),
  streams: z.array(z.object({ streamId: z.uuid(), dueBusinessDays: z.number().int().min(1).max(60) })),
});
export type ReportSettings = z.infer<typeof ReportSettings>;
export const UpdateReportSettingsInput = ReportSettings.strict();
