import { defineErrorCodes } from '../shared/define-error-codes.js';

/** The fees module's refusals (messages: src/i18n/fees). */
export const feesErrors = defineErrorCodes({
  'fees.schedule_not_found': 'not_found',
  'fees.stream_not_found': 'not_found',
  'fees.entry_not_found': 'not_found',
  'fees.receipt_not_found': 'not_found',
  /** The bands leave a household without a fee (no band for one person, or no open-ended band). */
  'fees.bands_incomplete': 'invalid',
  /** Two bands for the same household size and income bound. */
  'fees.bands_overlap': 'invalid',
  /** A new version must take effect on or after the latest one. */
  'fees.schedule_effective_too_early': 'rule_violation',
  'fees.no_schedule_in_force': 'rule_violation',
  'fees.no_declared_income': 'rule_violation',
  'fees.adjustment_amount_required': 'invalid',
  'fees.adjustment_amount_out_of_range': 'invalid',
  /** The approver of a negotiated fee, a waiver or a subsidy must hold fee.schedule (finance, manager). */
  'fees.approver_not_allowed': 'rule_violation',
  'fees.amount_not_positive': 'invalid',
  'fees.amount_zero': 'invalid',
  'fees.amount_too_large': 'invalid',
  'fees.overpayment': 'rule_violation',
  'fees.refund_exceeds_payments': 'rule_violation',
  /** The idempotency key was already used for a different entry. */
  'fees.idempotency_key_reused': 'conflict',
  'fees.period_closed': 'rule_violation',
  'fees.entry_in_future': 'invalid',
  'fees.period_not_after_closed': 'rule_violation',
  'fees.period_in_future': 'invalid',
  'fees.correction_of_other_participant': 'rule_violation',
});
