import { z } from 'zod';
import { concernCategories, disclosureMethods, disclosureRecipients, disclosureStatuses, legalBases } from './disclosures.tables.js';

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const version = z.number().int().min(1);
const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

/**
 * A disclosure decision as recorded. The partner-contact team names the partner (`partnerId`)
 * and the participant follows from the partner's file; the group program (a facilitator or the
 * manager) names the participant. The combination rules (legal basis, Crown warning, made
 * already) are checked by `disclosureIssues`, which answers with field errors.
 */
export const RecordDisclosureInput = z.strictObject({
  participantId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  recipient: z.enum(disclosureRecipients),
  legalBasis: z.enum(legalBases),
  /** What was disclosed (encrypted; only the disclosure compartment reads it). */
  summary: z.string().trim().min(1).max(4000),
  method: z.enum(disclosureMethods).optional(),
  /** A category the participant's case may be told of (never the words). */
  concernCategory: z.enum(concernCategories).optional(),
  /** When the concern happened (default: the day it is recorded). */
  concernOccurredOn: day.optional(),
  /** Required for the Crown and probation: the partner was told it may reach the accused and their lawyer. */
  crownWarningGiven: z.boolean().default(false),
  partnerToldOn: day.optional(),
  /** Already made (a child-protection report, a call to the police): when. Not for Crown or probation. */
  madeAt: instant.optional(),
});
export type RecordDisclosureInput = z.infer<typeof RecordDisclosureInput>;

/** What whoever records a disclosure gets back: a facilitator cannot read it afterwards (drop box). */
export const DisclosureReceipt = z.object({ id: z.uuid(), recordedAt: instant, status: z.enum(disclosureStatuses) });
export type DisclosureReceipt = z.infer<typeof DisclosureReceipt>;

export const DisclosureQuery = z.strictObject({
  status: z.enum(disclosureStatuses).optional(),
  participantId: z.uuid().optional(),
});
export type DisclosureQuery = z.infer<typeof DisclosureQuery>;

/**
 * A disclosure in a list: never what was disclosed, never who the partner is (only whether one
 * is on file). The participant's name only for those who may read participants' files.
 */
export const DisclosureListItem = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  participantName: z.string().nullable(),
  partnerOnFile: z.boolean(),
  raisedByTeam: z.enum(['partner_contact', 'group_program']),
  recipient: z.enum(disclosureRecipients),
  legalBasis: z.enum(legalBases),
  status: z.enum(disclosureStatuses),
  concernCategory: z.enum(concernCategories).nullable(),
  decidedAt: instant,
  madeAt: instant.nullable(),
  version: z.number().int(),
});
export type DisclosureListItem = z.infer<typeof DisclosureListItem>;

/** One disclosure with what was disclosed. `partnerId` only for the partner-contact team. */
export const Disclosure = DisclosureListItem.extend({
  partnerId: z.uuid().nullable(),
  summary: z.string(),
  method: z.enum(disclosureMethods).nullable(),
  concernOccurredOn: day.nullable(),
  crownWarningGiven: z.boolean(),
  partnerToldOn: day.nullable(),
  /** True for Crown and probation: a manager approves before it is made. */
  approvalRequired: z.boolean(),
  decidedBy: person,
  approvedAt: instant.nullable(),
  approvedBy: person,
  refusedAt: instant.nullable(),
  refusedBy: person,
  /** The manager's note on approving or refusing. */
  approvalNote: z.string().nullable(),
  madeBy: person,
});
export type Disclosure = z.infer<typeof Disclosure>;

export const DecideDisclosureInput = z.strictObject({ version, note: z.string().trim().max(2000).optional() });
export type DecideDisclosureInput = z.infer<typeof DecideDisclosureInput>;

export const MarkDisclosureMadeInput = z.strictObject({ version, method: z.enum(disclosureMethods), madeAt: instant, partnerToldOn: day.optional() });
export type MarkDisclosureMadeInput = z.infer<typeof MarkDisclosureMadeInput>;

/** What the participant's case holds of a disclosure: a category and a day (completion report, #9). */
export const SafetyConcern = z.object({ category: z.enum(concernCategories), occurredOn: day, attachedAt: instant });
export type SafetyConcern = z.infer<typeof SafetyConcern>;
