import { defineErrorCodes } from '../shared/define-error-codes.js';

export const reportsErrors = defineErrorCodes({
  /** Outside the participant compartment (or another agency's id), a report does not exist. */
  'reports.not_found': 'not_found',
  /** Only a completed or discharged case gets a completion / non-completion report. */
  'reports.not_eligible': 'rule_violation',
  /** The case already has its report (one per closing). */
  'reports.already_exists': 'conflict',
  /** Someone changed the report since it was read: reload, then try again. */
  'reports.stale_report': 'conflict',
  /** A signed report is frozen: no more edits. */
  'reports.not_draft': 'rule_violation',
  /** Only a signed report can be sent. */
  'reports.not_signed': 'rule_violation',
  /** The report was sent already (another send, with another key). */
  'reports.already_sent': 'conflict',
  /** Only a sent report can be acknowledged. */
  'reports.not_sent': 'rule_violation',
  /** The acknowledgement is recorded already. */
  'reports.already_acknowledged': 'conflict',
  /** A concern ticked that is not this case's. */
  'reports.unknown_concern': 'invalid',
  /** A day in the future (delivery, acknowledgement). */
  'reports.future_day': 'invalid',
  /** Only a manager chooses which safety concerns a report includes. */
  'reports.concerns_manager_only': 'forbidden',
  /** An interim notice on a case that is not in the program (threat) or not pending discharge. */
  'reports.notice_not_eligible': 'rule_violation',
});
