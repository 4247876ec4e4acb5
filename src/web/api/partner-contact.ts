import { z } from 'zod/mini';

export const contactKinds = ['attempt', 'call', 'letter', 'email', 'text', 'in_person'] as const;
export type ContactKind = (typeof contactKinds)[number];
/** What the quick entry offers (a letter is sent from the Letters section, through the gate). */
export const enterableKinds = ['attempt', 'call', 'in_person', 'text', 'email'] as const;
export type EnterableKind = (typeof enterableKinds)[number];
export const attemptOutcomes = ['no_answer', 'wrong_number', 'voicemail_left', 'busy', 'not_safe_to_talk'] as const;
export type AttemptOutcome = (typeof attemptOutcomes)[number];
export const contactTopics = ['program_information', 'safety_planning', 'referrals_given', 'notices_delivered', 'consent', 'confidentiality_limits', 'fees', 'other'] as const;
export type ContactTopic = (typeof contactTopics)[number];
export const partnerNoticeTypes = ['new_partner', 'enrolled', 'absence', 'lateness', 'threat', 'concern', 'disruptive_behaviour', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'anticipated_completion', 'fees_paid'] as const;
export const outboundActions = ['call', 'voicemail', 'text', 'email', 'letter'] as const;
export type OutboundAction = (typeof outboundActions)[number];
export const gateRefusals = ['declined', 'no_channel', 'not_safe', 'unconfirmed', 'voicemail_not_allowed'] as const;
export type GateRefusal = (typeof gateRefusals)[number];

const person = z.nullable(z.object({ id: z.string(), name: z.string() }));

export const noticeSummarySchema = z.object({
  id: z.string(),
  type: z.enum(partnerNoticeTypes),
  reasonCode: z.nullable(z.string()),
  /** A fees-paid notice's amount, where the agency allows amounts in partner notices. */
  amountCents: z.nullable(z.number()),
  occurredOn: z.string(),
  dueAt: z.string(),
  urgent: z.boolean(),
});
export type NoticeSummary = z.infer<typeof noticeSummarySchema>;

/** `GET /partners/:id/contacts`: the log, newest first. */
export const contactLogSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(contactKinds),
      outcome: z.nullable(z.enum(attemptOutcomes)),
      initiatedBy: z.enum(['worker', 'partner']),
      preferenceId: z.nullable(z.string()),
      occurredAt: z.string(),
      durationMinutes: z.nullable(z.number()),
      worker: person,
      topics: z.array(z.enum(contactTopics)),
      notes: z.nullable(z.string()),
      followUpOn: z.nullable(z.string()),
      letterId: z.nullable(z.string()),
      deliveredNotices: z.array(noticeSummarySchema),
    }),
  ),
});
export type ContactLog = z.infer<typeof contactLogSchema>;
export type ContactEntry = ContactLog['items'][number];

export const openNoticesSchema = z.object({ items: z.array(noticeSummarySchema) });
export const contactReceiptSchema = z.object({ id: z.string(), created: z.boolean() });

const channelDecisionSchema = z.object({ open: z.boolean(), reason: z.nullable(z.enum(gateRefusals)) });
/** `GET /partners/:id/channels`: what the gate would say now, per outbound action. */
export const channelDecisionsSchema = z.object({ call: channelDecisionSchema, voicemail: channelDecisionSchema, text: channelDecisionSchema, email: channelDecisionSchema, letter: channelDecisionSchema });
export type ChannelDecisions = z.infer<typeof channelDecisionsSchema>;

export const worklistItemKinds = ['first_contact', 'minimum_contacts', 'notice', 'follow_up', 'letter'] as const;
export const worklistSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(worklistItemKinds),
      partnerId: z.string(),
      partnerName: z.string(),
      language: z.nullable(z.enum(['en', 'fr', 'other'])),
      dueAt: z.string(),
      overdue: z.boolean(),
      urgent: z.boolean(),
      attempts: z.nullable(z.number()),
      done: z.nullable(z.number()),
      required: z.nullable(z.number()),
      windowEndsOn: z.nullable(z.string()),
      notice: z.nullable(noticeSummarySchema),
      followUpOn: z.nullable(z.string()),
    }),
  ),
  generatedAt: z.string(),
});
export type Worklist = z.infer<typeof worklistSchema>;
export type WorklistItem = Worklist['items'][number];

export const letterProposalReasons = ['attempts_below_threshold', 'proposed', 'mail_not_safe', 'no_address', 'unconfirmed', 'declined', 'already_sent_since_attempts'] as const;
export const letterProposalSchema = z.object({ proposed: z.boolean(), reason: z.enum(letterProposalReasons), failedAttempts: z.number(), threshold: z.number() });
export type LetterProposal = z.infer<typeof letterProposalSchema>;
export const letterListSchema = z.object({
  items: z.array(z.object({ id: z.string(), kind: z.literal('introduction'), language: z.enum(['en', 'fr']), producedAt: z.string(), producedBy: person })),
});
export const letterReceiptSchema = z.object({ id: z.string(), contactId: z.string(), created: z.boolean() });

const count = z.number();
/** `GET /partner-contact/compliance`: numbers only. */
export const complianceSchema = z.object({
  partnersActive: count,
  declined: count,
  firstContacts: z.object({ pending: count, metOnTime: count, metLate: count, overdue: count }),
  minimumContacts: z.object({ met: count, onTrack: count, behind: count, notStarted: count }),
  notices: z.object({ open: count, overdue: count, deliveredOnTime: count, deliveredLate: count }),
  generatedAt: z.string(),
});
export type Compliance = z.infer<typeof complianceSchema>;

/** The gate action a contact we initiate asks for (what the form checks before offering a choice). */
export function gateActionOf(kind: EnterableKind, outcome: AttemptOutcome | ''): OutboundAction | undefined {
  if (kind === 'attempt') return outcome === 'voicemail_left' ? 'voicemail' : 'call';
  if (kind === 'call') return 'call';
  if (kind === 'text' || kind === 'email') return kind;
  return undefined;
}
