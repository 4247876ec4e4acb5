import { defineErrorCodes } from '../shared/define-error-codes.js';

export const participantsErrors = defineErrorCodes({
  'participants.not_found': 'not_found',
  'participants.stale_version': 'conflict',
  'participants.stale_record': 'conflict',
  'participants.email_required': 'rule_violation',
  'case.not_from_this_state': 'rule_violation',
  'case.no_intake_appointment': 'rule_violation',
  'case.assessment_incomplete': 'rule_violation',
  'case.not_suitable': 'rule_violation',
  'case.not_found_unsuitable': 'rule_violation',
  'case.consents_missing': 'rule_violation',
  'case.no_placement': 'rule_violation',
  'case.no_session_attended': 'rule_violation',
  'case.sessions_short': 'rule_violation',
  'case.fees_outstanding': 'rule_violation',
  'case.reason_required': 'rule_violation',
  'case.reason_code_required': 'rule_violation',
  'case.completion_not_reviewed': 'rule_violation',
  'case.not_in_a_group': 'rule_violation',
});
