import { z } from 'zod/mini';

export const disclosureRecipients = ['crown', 'probation', 'police', 'court', 'childrens_aid'] as const;
export type DisclosureRecipient = (typeof disclosureRecipients)[number];
export const legalBases = ['risk_to_partner', 'risk_to_child', 'risk_to_other', 'assault', 'other_criminal_conduct', 'required_by_law', 'child_abuse_or_neglect'] as const;
export type LegalBasis = (typeof legalBases)[number];
export const disclosureMethods = ['phone', 'email', 'fax', 'letter', 'in_person', 'portal'] as const;
export const disclosureStatuses = ['pending_approval', 'approved', 'refused', 'made'] as const;
export const concernCategories = ['threat_to_partner', 'threat_to_child', 'threat_to_other', 'assault', 'breach_of_order', 'child_protection', 'other_safety'] as const;

/** The recipients a manager must approve first (the server's rule; the form says so). */
export const approvalRecipients: readonly DisclosureRecipient[] = ['crown', 'probation'];

/** The legal bases a recipient may be given: a child under 16 abused or neglected goes to a Children's Aid Society, and only there. */
export function basesFor(recipient: DisclosureRecipient | ''): readonly LegalBasis[] {
  if (recipient === 'childrens_aid') return ['child_abuse_or_neglect'];
  return legalBases.filter((basis) => basis !== 'child_abuse_or_neglect');
}

const person = z.nullable(z.object({ id: z.string(), name: z.string() }));

export const disclosureListItemSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  participantName: z.nullable(z.string()),
  partnerOnFile: z.boolean(),
  raisedByTeam: z.enum(['partner_contact', 'group_program']),
  recipient: z.enum(disclosureRecipients),
  legalBasis: z.enum(legalBases),
  status: z.enum(disclosureStatuses),
  concernCategory: z.nullable(z.enum(concernCategories)),
  decidedAt: z.string(),
  madeAt: z.nullable(z.string()),
  version: z.number(),
});
export type DisclosureListItem = z.infer<typeof disclosureListItemSchema>;
export const disclosureListSchema = z.array(disclosureListItemSchema);

export const disclosureSchema = z.extend(disclosureListItemSchema, {
  partnerId: z.nullable(z.string()),
  summary: z.string(),
  method: z.nullable(z.enum(disclosureMethods)),
  concernOccurredOn: z.nullable(z.string()),
  crownWarningGiven: z.boolean(),
  partnerToldOn: z.nullable(z.string()),
  approvalRequired: z.boolean(),
  decidedBy: person,
  approvedAt: z.nullable(z.string()),
  approvedBy: person,
  refusedAt: z.nullable(z.string()),
  refusedBy: person,
  approvalNote: z.nullable(z.string()),
  madeBy: person,
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** `POST /disclosures`: a receipt (the group program reads nothing back). */
export const disclosureReceiptSchema = z.object({ id: z.string(), recordedAt: z.string(), status: z.enum(disclosureStatuses) });

/** `GET /participants/:id/safety-concerns`: a category and a day each. */
export const safetyConcernsSchema = z.array(z.object({ category: z.enum(concernCategories), occurredOn: z.string(), attachedAt: z.string() }));
