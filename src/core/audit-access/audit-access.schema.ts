import { z } from 'zod';
import { ParticipantFile } from '../participants/participants.schema.js';
import { openingBases } from './audit-access.tables.js';

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const idempotencyKey = z.string().trim().min(8).max(100).regex(/^[A-Za-z0-9_.:-]+$/);

/** At most this many days, both included: a quarter's audit and its follow-up questions. */
export const maxGrantDays = 92;
/** A sample is a sample: a handful of files, never the whole agency. */
export const maxSampleFiles = 50;

/** A manager's grant: which auditor, why, from which day to which day, and which files. */
export const GrantAuditAccessInput = z.strictObject({
  auditorUserId: z.uuid(),
  purpose: z.string().trim().min(1).max(300),
  startsOn: day,
  endsOn: day,
  participantIds: z
    .array(z.uuid())
    .min(1)
    .max(maxSampleFiles)
    .refine((ids) => new Set(ids).size === ids.length, { params: { reason: 'duplicate_file' } }),
  idempotencyKey,
});
export type GrantAuditAccessInput = z.infer<typeof GrantAuditAccessInput>;

export const EndAuditAccessInput = z.strictObject({ version: z.number().int().min(1) });
export type EndAuditAccessInput = z.infer<typeof EndAuditAccessInput>;

export const grantStatuses = ['scheduled', 'active', 'expired', 'ended'] as const;

export const SampleFileSummary = z.object({
  participantId: z.uuid(),
  name: z.string(),
  caseState: z.string(),
});
export type SampleFileSummary = z.infer<typeof SampleFileSummary>;

/** A grant as the manager sees it (the sample with names: the manager reads these files anyway). */
export const AuditGrant = z.object({
  id: z.uuid(),
  auditor: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }),
  purpose: z.string(),
  startsOn: day,
  endsOn: day,
  endsAt: instant,
  status: z.enum(grantStatuses),
  grantedByName: z.string().nullable(),
  grantedAt: instant,
  endedAt: instant.nullable(),
  endedByName: z.string().nullable(),
  files: z.array(SampleFileSummary),
  version: z.number().int(),
});
export type AuditGrant = z.infer<typeof AuditGrant>;

export const AuditGrantList = z.object({ grants: z.array(AuditGrant) });
export type AuditGrantList = z.infer<typeof AuditGrantList>;

/** What the grant form offers: the agency's auditor accounts, and files to sample from. */
export const GrantChoices = z.object({
  auditors: z.array(z.object({ id: z.uuid(), displayName: z.string(), email: z.string() })),
  files: z.array(SampleFileSummary.extend({ receivedOn: day.nullable() })),
  today: day,
});
export type GrantChoices = z.infer<typeof GrantChoices>;

/** The auditor's own view of the grant in force: what it is for, until when, and the files. */
export const MyAuditAccess = z.object({
  purpose: z.string(),
  startsOn: day,
  endsOn: day,
  endsAt: instant,
  grantedByName: z.string().nullable(),
  files: z.array(SampleFileSummary),
});
export type MyAuditAccess = z.infer<typeof MyAuditAccess>;

/** A clock as the sample file shows it: when it was due, when (if) it was met. */
const Clock = z.object({ dueAt: instant, metAt: instant.nullable(), status: z.enum(['met_on_time', 'met_late', 'overdue', 'pending']) });

/**
 * Partner Contact for one sampled case, de-identified: "Partner 1", what was done and when, never
 * a name, a number, an address, a preference, a note or an outcome's words.
 */
export const SamplePartnerContact = z.object({
  label: z.number().int().min(1),
  consent: z.enum(['wants_contact', 'declined', 'not_yet']),
  firstContact: Clock,
  minimumContacts: z.object({ required: z.number().int(), made: z.number().int(), status: z.enum(['met', 'on_track', 'behind', 'not_started']) }),
  contacts: z.array(z.object({ on: day, kind: z.string(), reached: z.boolean() })),
  notices: z.array(z.object({ type: z.string(), occurredOn: day, dueAt: instant, deliveredAt: instant.nullable() })),
  safetyPlanOn: day.nullable(),
  /** The partner's name, only where the partner-contact lead recorded a legal basis for this grant. */
  identity: z.object({ fullName: z.string(), legalBasis: z.enum(openingBases), reference: z.string() }).nullable(),
});
export type SamplePartnerContact = z.infer<typeof SamplePartnerContact>;

/** A sampled participant file as an auditor reads it: the file, attendance, reports, Partner Contact de-identified. */
export const SampleFile = z.object({
  file: ParticipantFile,
  attendance: z.array(z.object({ on: day, groupName: z.string(), sessionNumber: z.number().int(), status: z.string(), makeUp: z.boolean() })),
  reports: z.array(z.object({ kind: z.string(), status: z.string(), signedOn: day.nullable(), sentOn: day.nullable(), acknowledgedOn: day.nullable() })),
  partnerContact: z.array(SamplePartnerContact),
});
export type SampleFile = z.infer<typeof SampleFile>;

/** The partner-contact lead opens one partner's name to a grant's auditor, on a recorded legal basis. */
export const OpenPartnerIdentityInput = z.strictObject({
  legalBasis: z.enum(openingBases),
  reference: z.string().trim().min(1).max(300),
});
export type OpenPartnerIdentityInput = z.infer<typeof OpenPartnerIdentityInput>;

/** The audits in progress or to come whose sample includes a partner's case, for the partner's file. */
export const PartnerAudits = z.object({
  audits: z.array(
    z.object({
      grantId: z.uuid(),
      auditorName: z.string(),
      purpose: z.string(),
      startsOn: day,
      endsOn: day,
      opening: z.object({ legalBasis: z.enum(openingBases), reference: z.string(), recordedByName: z.string().nullable(), recordedAt: instant }).nullable(),
    }),
  ),
});
export type PartnerAudits = z.infer<typeof PartnerAudits>;
