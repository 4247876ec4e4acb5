import { z } from 'zod/mini';
import { concernCategories } from './disclosures';

export const reportKinds = ['completion', 'non_completion'] as const;
export const reportStatuses = ['draft', 'signed', 'sent'] as const;
export const deliveryMethods = ['email', 'fax', 'portal', 'hand', 'mail'] as const;
export const manualDeliveryMethods = ['fax', 'portal', 'hand', 'mail'] as const;
export const ackMethods = ['email', 'phone', 'fax', 'portal', 'letter', 'in_person'] as const;
export const worklistStates = ['not_started', 'draft', 'signed', 'sent', 'acknowledged'] as const;

const nullableString = z.nullable(z.string());

/** What a report says (the signed snapshot, or a draft's preview): never partner data. */
export const reportContentSchema = z.object({
  kind: z.enum(reportKinds),
  participant: z.object({ name: z.string(), dateOfBirth: z.string() }),
  program: z.object({ name: z.string(), nameFr: z.string(), groupName: nullableString, startedOn: nullableString, endedOn: z.string() }),
  attendance: z.object({
    attended: z.number(),
    credited: z.number(),
    required: z.number(),
    excused: z.number(),
    unexcused: z.number(),
    refusedEntry: z.number(),
    leftEarly: z.number(),
    lates: z.number(),
    madeUp: z.number(),
  }),
  outcome: z.object({ state: z.enum(['completed', 'discharged']), reasonCode: nullableString }),
  observations: nullableString,
  concerns: z.array(z.object({ category: z.enum(concernCategories), occurredOn: z.string() })),
  signature: z.nullable(z.object({ name: z.string(), signedOn: z.string() })),
});

export const courtReportSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  kind: z.enum(reportKinds),
  status: z.enum(reportStatuses),
  language: z.enum(['en', 'fr']),
  observations: nullableString,
  concernIds: z.array(z.string()),
  availableConcerns: z.array(z.object({ id: z.string(), category: z.enum(concernCategories), occurredOn: z.string() })),
  content: reportContentSchema,
  signedBy: z.nullable(z.object({ id: z.string(), name: z.string() })),
  signedAt: nullableString,
  deliveries: z.array(z.object({ id: z.string(), method: z.enum(deliveryMethods), toAddress: nullableString, deliveredOn: z.string(), recordedAt: z.string() })),
  acknowledgement: z.nullable(z.object({ acknowledgedOn: z.string(), acknowledgedBy: nullableString, method: z.enum(ackMethods), recordedAt: z.string() })),
  dueOn: z.string(),
  ackDueOn: nullableString,
  version: z.number(),
});
export type CourtReport = z.infer<typeof courtReportSchema>;

/** `GET /participants/:id/court-report`. */
export const participantReportSchema = z.object({
  eligible: z.boolean(),
  kind: z.nullable(z.enum(reportKinds)),
  dueOn: nullableString,
  referralEmail: nullableString,
  report: z.nullable(courtReportSchema),
});
export type ParticipantReport = z.infer<typeof participantReportSchema>;

/** `GET /court-reports`: the manager's list. */
export const reportWorklistSchema = z.array(
  z.object({
    participantId: z.string(),
    participantName: z.string(),
    kind: z.enum(reportKinds),
    closedOn: z.string(),
    dueOn: z.string(),
    reportId: nullableString,
    state: z.enum(worklistStates),
    sentOn: nullableString,
    ackDueOn: nullableString,
    isOverdue: z.boolean(),
    isAckOverdue: z.boolean(),
  }),
);
export type ReportWorklist = z.infer<typeof reportWorklistSchema>;

/** The report's PDF in a language (a draft's preview, or the signed report). */
export function reportPdfPath(reportId: string, lang: 'en' | 'fr'): string {
  return `/api/v1/court-reports/${reportId}/pdf?lang=${lang}`;
}

/** A fresh idempotency key for one send form (a double submit sends once). */
export function newSendKey(): string {
  return `report-${crypto.randomUUID()}`;
}

/** `GET/PUT /court-report-settings`: business days to send a report (agency, per stream) and to escalate. */
export const reportSettingsSchema = z.object({
  dueBusinessDays: z.number(),
  ackEscalationBusinessDays: z.number(),
  streams: z.array(z.object({ streamId: z.string(), dueBusinessDays: z.number() })),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

export const noticeReasons = ['threat', 'pending_discharge'] as const;

/** `GET /participants/:id/referral-notices`: interim notices sent, newest first. */
export const referralNoticeSchema = z.object({
  id: z.string(),
  reason: z.enum(noticeReasons),
  eventOn: z.string(),
  language: z.enum(['en', 'fr']),
  signedName: z.string(),
  signedOn: z.string(),
  method: z.enum(deliveryMethods),
  toAddress: nullableString,
  deliveredOn: z.string(),
});
export const referralNoticeListSchema = z.array(referralNoticeSchema);

/** A notice's PDF in a language. */
export function noticePdfPath(noticeId: string, lang: 'en' | 'fr'): string {
  return `/api/v1/referral-notices/${noticeId}/pdf?lang=${lang}`;
}
