import { z } from 'zod';
import { gateRefusals, outboundActions } from '../partners/channel-gate.js';
import { partnerNoticeTypes } from '../partners/partners.tables.js';
import { attemptOutcomes, contactKinds, contactTopics } from './partner-contact.tables.js';

const isoDay = z.iso.date();

/** Attempts that reached no one: they count towards the letter fallback. */
export const failedAttemptOutcomes = ['no_answer', 'wrong_number', 'busy', 'voicemail_left'] as const;

/** A contact or attempt to record. `outcome` is for attempts only, and attempts need one. */
export const RecordContactInput = z
  .strictObject({
    kind: z.enum(contactKinds),
    outcome: z.enum(attemptOutcomes).nullish(),
    initiatedBy: z.enum(['worker', 'partner']).default('worker'),
    preferenceId: z.uuid().nullish(),
    occurredAt: z.iso.datetime({ offset: true }),
    durationMinutes: z.number().int().min(0).max(600).nullish(),
    topics: z.array(z.enum(contactTopics)).max(contactTopics.length).default([]),
    notes: z.string().trim().max(20_000).nullish(),
    followUpOn: isoDay.nullish(),
    deliveredNoticeIds: z.array(z.uuid()).max(100).default([]),
    idempotencyKey: z.uuid(),
  })
  .superRefine((input, context) => {
    if (input.kind === 'attempt' && !input.outcome) context.addIssue({ code: 'custom', path: ['outcome'], message: 'outcome_required', params: { reason: 'outcome_required' } });
    if (input.kind !== 'attempt' && input.outcome) context.addIssue({ code: 'custom', path: ['outcome'], message: 'outcome_attempts_only', params: { reason: 'outcome_attempts_only' } });
    if (input.kind === 'attempt' && input.initiatedBy === 'partner') context.addIssue({ code: 'custom', path: ['initiatedBy'], message: 'attempt_by_worker', params: { reason: 'attempt_by_worker' } });
  });
export type RecordContactInput = z.infer<typeof RecordContactInput>;

export const ContactReceipt = z.object({ id: z.uuid(), created: z.boolean() });
export type ContactReceipt = z.infer<typeof ContactReceipt>;

/** A delivered notice as the log shows it: what it was about, never words. */
export const NoticeSummary = z.object({
  id: z.uuid(),
  type: z.enum(partnerNoticeTypes),
  reasonCode: z.string().nullable(),
  /** A fees-paid notice's amount, where the agency's fee settings allow it; otherwise null. */
  amountCents: z.number().int().nullable(),
  occurredOn: isoDay,
  dueAt: z.string(),
  urgent: z.boolean(),
});
export type NoticeSummary = z.infer<typeof NoticeSummary>;

/** One entry of a partner's contact log (notes decrypted). */
export const ContactEntry = z.object({
  id: z.uuid(),
  kind: z.enum(contactKinds),
  outcome: z.enum(attemptOutcomes).nullable(),
  initiatedBy: z.enum(['worker', 'partner']),
  preferenceId: z.uuid().nullable(),
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  worker: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  topics: z.array(z.enum(contactTopics)),
  notes: z.string().nullable(),
  followUpOn: isoDay.nullable(),
  letterId: z.uuid().nullable(),
  deliveredNotices: z.array(NoticeSummary),
});
export type ContactEntry = z.infer<typeof ContactEntry>;
export const ContactLog = z.object({ items: z.array(ContactEntry) });
export type ContactLog = z.infer<typeof ContactLog>;

/** Notices about this partner's participant not yet delivered to them (for the contact form). */
export const OpenNotices = z.object({ items: z.array(NoticeSummary) });
export type OpenNotices = z.infer<typeof OpenNotices>;

export const worklistItemKinds = ['first_contact', 'minimum_contacts', 'notice', 'follow_up', 'letter'] as const;
export type WorklistItemKind = (typeof worklistItemKinds)[number];

/** One thing to do for one partner. Fields that do not apply to the item's kind are null. */
export const WorklistItem = z.object({
  kind: z.enum(worklistItemKinds),
  partnerId: z.uuid(),
  partnerName: z.string(),
  language: z.enum(['en', 'fr', 'other']).nullable(),
  dueAt: z.string(),
  overdue: z.boolean(),
  urgent: z.boolean(),
  /** first_contact: attempts made so far. letter: failed phone attempts since the last contact. */
  attempts: z.number().int().nullable(),
  /** minimum_contacts: contacts done in the window, contacts required, the window's last day. */
  done: z.number().int().nullable(),
  required: z.number().int().nullable(),
  windowEndsOn: isoDay.nullable(),
  /** notice */
  notice: NoticeSummary.nullable(),
  /** follow_up */
  followUpOn: isoDay.nullable(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;
export const Worklist = z.object({ items: z.array(WorklistItem), generatedAt: z.string() });
export type Worklist = z.infer<typeof Worklist>;

export const letterProposalReasons = ['attempts_below_threshold', 'proposed', 'mail_not_safe', 'no_address', 'unconfirmed', 'declined', 'already_sent_since_attempts'] as const;
export type LetterProposalReason = (typeof letterProposalReasons)[number];
export const LetterProposal = z.object({
  proposed: z.boolean(),
  reason: z.enum(letterProposalReasons),
  failedAttempts: z.number().int(),
  threshold: z.number().int(),
});
export type LetterProposal = z.infer<typeof LetterProposal>;

export const SendLetterInput = z.strictObject({ language: z.enum(['en', 'fr']).nullish(), idempotencyKey: z.uuid() });
export type SendLetterInput = z.infer<typeof SendLetterInput>;
export const LetterReceipt = z.object({ id: z.uuid(), contactId: z.uuid(), created: z.boolean() });
export type LetterReceipt = z.infer<typeof LetterReceipt>;
export const LetterEntry = z.object({
  id: z.uuid(),
  kind: z.literal('introduction'),
  language: z.enum(['en', 'fr']),
  producedAt: z.string(),
  producedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type LetterEntry = z.infer<typeof LetterEntry>;
export const LetterList = z.object({ items: z.array(LetterEntry) });
export type LetterList = z.infer<typeof LetterList>;

/** What the gate would say now for each outbound action (for the contact form). */
const ChannelDecision = z.object({ open: z.boolean(), reason: z.enum(gateRefusals).nullable() });
export const ChannelDecisions = z.object(Object.fromEntries(outboundActions.map((action) => [action, ChannelDecision])) as Record<(typeof outboundActions)[number], typeof ChannelDecision>);
export type ChannelDecisions = z.infer<typeof ChannelDecisions>;

/** The partner-contact team's compliance, as counts only (no names, no ids). */
export const Compliance = z.object({
  partnersActive: z.number().int(),
  declined: z.number().int(),
  firstContacts: z.object({ pending: z.number().int(), metOnTime: z.number().int(), metLate: z.number().int(), overdue: z.number().int() }),
  minimumContacts: z.object({ met: z.number().int(), onTrack: z.number().int(), behind: z.number().int(), notStarted: z.number().int() }),
  notices: z.object({ open: z.number().int(), overdue: z.number().int(), deliveredOnTime: z.number().int(), deliveredLate: z.number().int() }),
  generatedAt: z.string(),
});
export type Compliance = z.infer<typeof Compliance>;

export const PdfFile = z.object({ bytes: z.instanceof(Buffer), fileName: z.string() });
export type PdfFile = z.infer<typeof PdfFile>;
