import { addBusinessDays } from '../shared/business-days.js';
import type { ReportWorklistItem } from './reports.schema.js';
import type { ReportKind, ReportStatus } from './reports.tables.js';

/** The report a closed case calls for: completion or non-completion; none for any other state. */
export function reportKindFor(caseState: string): ReportKind | null {
  if (caseState === 'completed') return 'completion';
  if (caseState === 'discharged') return 'non_completion';
  return null;
}

/** The day a report is due: business days after the case closed (holidays skipped). */
export function reportDueOn(closedOn: string, dueBusinessDays: number, holidays: ReadonlySet<string>): string {
  return addBusinessDays(closedOn, dueBusinessDays, holidays);
}

/** The day after which an unacknowledged report is escalated: business days after it was first sent. */
export function ackDueOn(sentOn: string | null, escalationBusinessDays: number, holidays: ReadonlySet<string>): string | null {
  return sentOn ? addBusinessDays(sentOn, escalationBusinessDays, holidays) : null;
}

export interface WorklistFacts {
  closedOn: string;
  dueOn: string;
  status: ReportStatus | null;
  sentOn: string | null;
  acknowledged: boolean;
  ackDueOn: string | null;
  today: string;
}

/**
 * Where a report stands on the manager's list: overdue when not sent by the end of its due day;
 * escalated (`isAckOverdue`) when sent and not acknowledged by the end of the escalation day.
 */
export function worklistStanding(facts: WorklistFacts): Pick<ReportWorklistItem, 'state' | 'isOverdue' | 'isAckOverdue'> {
  const state = facts.acknowledged ? 'acknowledged' : (facts.status ?? 'not_started');
  const isSent = facts.status === 'sent';
  return {
    state,
    isOverdue: !isSent && facts.today > facts.dueOn,
    isAckOverdue: isSent && !facts.acknowledged && facts.ackDueOn !== null && facts.today > facts.ackDueOn,
  };
}
