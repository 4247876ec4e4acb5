import { z } from 'zod/mini';
import { participantFileSchema } from './participant-file.js';

/** A grant is for at most this many days, both included (the server's rule, said in the form's help). */
export const maxGrantDays = 92;
/** A sample holds at most this many files. */
export const maxSampleFiles = 50;

export const grantStatuses = ['scheduled', 'active', 'expired', 'ended'] as const;
export type GrantStatus = (typeof grantStatuses)[number];

const nullableString = z.nullable(z.string());

/** A file of a grant's sample: who, and where the case stands. */
export const sampleFileSummarySchema = z.object({ participantId: z.string(), name: z.string(), caseState: z.string() });
export type SampleFileSummary = z.infer<typeof sampleFileSummarySchema>;

const auditorSchema = z.object({ id: z.string(), displayName: z.string(), email: z.string() });

/** A grant as the manager sees it: the auditor, why, when, its state, who granted or ended it, and the sample. */
export const auditGrantSchema = z.object({
  id: z.string(),
  auditor: auditorSchema,
  purpose: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  endsAt: z.string(),
  status: z.enum(grantStatuses),
  grantedByName: nullableString,
  grantedAt: z.string(),
  endedAt: nullableString,
  endedByName: nullableString,
  files: z.array(sampleFileSummarySchema),
  /** Sent back to end it: a grant someone changed meanwhile is refused, not ended twice. */
  version: z.number(),
});
export type AuditGrant = z.infer<typeof auditGrantSchema>;

/** `GET /audit-grants`: newest first. */
export const auditGrantListSchema = z.object({ grants: z.array(auditGrantSchema) });

/** `GET /audit-grants/choices`: the agency's auditor accounts, the files to sample from, and the agency's day. */
export const grantChoicesSchema = z.object({
  auditors: z.array(auditorSchema),
  files: z.array(z.object({ participantId: z.string(), name: z.string(), caseState: z.string(), receivedOn: nullableString })),
  today: z.string(),
});
export type GrantChoices = z.infer<typeof grantChoicesSchema>;
export type ChoiceFile = GrantChoices['files'][number];

/** `POST /audit-grants`: what the grant form sends. */
export const grantAuditAccessBodySchema = z.object({
  auditorUserId: z.string(),
  purpose: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  participantIds: z.array(z.string()),
  idempotencyKey: z.string(),
});
export type GrantAuditAccessBody = z.infer<typeof grantAuditAccessBodySchema>;

/** `POST /audit-grants/:grantId/end`. */
export const endAuditAccessBodySchema = z.object({ version: z.number() });

/** `GET /audit-access`: the auditor's grant in force. */
export const myAuditAccessSchema = z.object({
  purpose: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  endsAt: z.string(),
  grantedByName: nullableString,
  files: z.array(sampleFileSummarySchema),
});
export type MyAuditAccess = z.infer<typeof myAuditAccessSchema>;

export const clockStatuses = ['met_on_time', 'met_late', 'overdue', 'pending'] as const;
export const minimumStatuses = ['met', 'on_track', 'behind', 'not_started'] as const;
export const partnerConsents = ['wants_contact', 'declined', 'not_yet'] as const;

/** Partner Contact on a sampled case, de-identified: a number for each partner, never a name. */
export const samplePartnerContactSchema = z.object({
  label: z.number(),
  consent: z.enum(partnerConsents),
  firstContact: z.object({ dueAt: z.string(), metAt: nullableString, status: z.enum(clockStatuses) }),
  minimumContacts: z.object({ required: z.number(), made: z.number(), status: z.enum(minimumStatuses) }),
  contacts: z.array(z.object({ on: z.string(), kind: z.string(), reached: z.boolean() })),
  notices: z.array(z.object({ type: z.string(), occurredOn: z.string(), dueAt: z.string(), deliveredAt: nullableString })),
  safetyPlanOn: nullableString,
  /** The partner's name, only where the partner-contact lead recorded a legal basis for this audit. */
  identity: z.optional(z.nullable(z.object({ fullName: z.string(), legalBasis: z.string(), reference: z.string() }))),
});
export type SamplePartnerContact = z.infer<typeof samplePartnerContactSchema>;

/** `GET /audit-access/files/:participantId`: a sampled file as the auditor reads it. */
export const sampleFileSchema = z.object({
  file: participantFileSchema,
  attendance: z.array(z.object({ on: z.string(), groupName: z.string(), sessionNumber: z.number(), status: z.string(), makeUp: z.boolean() })),
  reports: z.array(z.object({ kind: z.string(), status: z.string(), signedOn: nullableString, sentOn: nullableString, acknowledgedOn: nullableString })),
  partnerContact: z.array(samplePartnerContactSchema),
});
export type SampleFile = z.infer<typeof sampleFileSchema>;

/** A fresh idempotency key for one grant form (a double submit grants once). */
export function newGrantKey(): string {
  return `grant-${crypto.randomUUID()}`;
}
