import { defineErrorCodes } from '../shared/define-error-codes.js';

export const disclosuresErrors = defineErrorCodes({
  /** Outside the disclosure compartment (or another agency's id), a disclosure does not exist. */
  'disclosures.not_found': 'not_found',
  /** Someone changed the disclosure since it was read: reload, then decide again. */
  'disclosures.stale_disclosure': 'conflict',
  /** Approve or refuse: only a Crown or probation disclosure waiting for approval. */
  'disclosures.not_pending': 'rule_violation',
  /** Mark as made: not while it waits for a manager, not once refused, not twice. */
  'disclosures.not_approved': 'rule_violation',
});
