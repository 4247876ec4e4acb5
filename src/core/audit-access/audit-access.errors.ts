import { defineErrorCodes } from '../shared/define-error-codes.js';

export const auditAccessErrors = defineErrorCodes({
  /** Not a grant of this agency, or (for an auditor) a file outside the grant's sample. */
  'auditAccess.not_found': 'not_found',
  /** The account chosen is not an active auditor of the agency. */
  'auditAccess.not_an_auditor': 'invalid',
  /** The last day is before the first. */
  'auditAccess.ends_before_start': 'invalid',
  /** The first day is in the past. */
  'auditAccess.starts_in_past': 'invalid',
  /** Longer than the longest grant allowed. */
  'auditAccess.too_long': 'invalid',
  /** A file chosen for the sample that is not one of the agency's participants. */
  'auditAccess.unknown_file': 'invalid',
  /** The grant is over already (ended, or its last day passed). */
  'auditAccess.already_over': 'rule_violation',
  /** The grant does not sample this partner's case (or is over). */
  'auditAccess.partner_not_sampled': 'rule_violation',
  /** The partner's name is already open to this grant's auditor. */
  'auditAccess.already_opened': 'conflict',
  /** Someone changed the grant since it was read. */
  'auditAccess.stale_grant': 'conflict',
});
