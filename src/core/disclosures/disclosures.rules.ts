import type { FieldIssue } from '../shared/app-error.js';
import type { DisclosureRecipient, DisclosureStatus } from './disclosures.tables.js';
import type { RecordDisclosureInput } from './disclosures.schema.js';

/** Who raises a disclosure: the partner-contact team (about a partner) or the group program. */
export type DisclosureTeam = 'partner_contact' | 'group_program';

/**
 * Crown and probation disclosures wait for a manager's approval. A report to a Children's Aid
 * Society does not: the duty to report a child under 16 abused or neglected is immediate. The
 * issue names no gate for the police or a court either (a court order or a police emergency
 * does not wait for a manager), so those are recorded as decided.
 */
export function isApprovalRequired(recipient: DisclosureRecipient): boolean {
  return recipient === 'crown' || recipient === 'probation';
}

/** The status a new disclosure starts in. */
export function initialStatus(recipient: DisclosureRecipient, madeAt: string | undefined): DisclosureStatus {
  if (isApprovalRequired(recipient)) return 'pending_approval';
  return madeAt ? 'made' : 'approved';
}

const issue = (field: string, reason: string): FieldIssue => ({ path: `body.${field}`, code: 'disclosure_rule', params: { reason } });

/**
 * Every broken combination of a new disclosure, as field errors (empty: it may be recorded).
 * `today` is the agency's date, `now` the request's instant.
 */
export function disclosureIssues(input: RecordDisclosureInput, team: DisclosureTeam, today: string, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (team === 'partner_contact' && !input.partnerId) issues.push(issue('partnerId', 'partner_required'));
  if (team === 'group_program' && input.partnerId) issues.push(issue('partnerId', 'partner_team_only'));
  if (team === 'group_program' && !input.participantId) issues.push(issue('participantId', 'participant_required'));
  if (input.recipient === 'childrens_aid' && input.legalBasis !== 'child_abuse_or_neglect') issues.push(issue('legalBasis', 'child_protection_basis'));
  if (input.legalBasis === 'child_abuse_or_neglect' && input.recipient !== 'childrens_aid') issues.push(issue('legalBasis', 'child_protection_recipient'));
  if (isApprovalRequired(input.recipient) && !input.crownWarningGiven) issues.push(issue('crownWarningGiven', 'crown_warning_required'));
  if (input.madeAt) {
    if (isApprovalRequired(input.recipient)) issues.push(issue('madeAt', 'approval_first'));
    else if (Date.parse(input.madeAt) > now.getTime()) issues.push(issue('madeAt', 'future'));
    if (!input.method) issues.push(issue('method', 'method_required'));
  }
  if (input.partnerToldOn && input.partnerToldOn > today) issues.push(issue('partnerToldOn', 'future'));
  if (input.concernOccurredOn) {
    if (!input.concernCategory) issues.push(issue('concernOccurredOn', 'category_required'));
    if (input.concernOccurredOn > today) issues.push(issue('concernOccurredOn', 'future'));
  }
  return issues;
}
