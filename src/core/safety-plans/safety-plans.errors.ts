import { defineErrorCodes } from '../shared/define-error-codes.js';

export const safetyPlansErrors = defineErrorCodes({
  /** No such version of this partner's plan (or no plan at all). */
  'safetyPlans.not_found': 'not_found',
  /** Someone saved the plan since it was read: reload, then make the change again. */
  'safetyPlans.stale_plan': 'conflict',
  /** The version asked for records that the partner does not want a plan: nothing to print. */
  'safetyPlans.not_wanted': 'rule_violation',
  /** A stored version whose content does not read as a plan: open another version, or save the plan again. */
  'safetyPlans.unreadable': 'rule_violation',
});
