import { defineErrorCodes } from '../shared/define-error-codes.js';

export const groupsErrors = defineErrorCodes({
  'groups.not_found': 'not_found',
  'groups.session_not_found': 'not_found',
  'groups.stale_group': 'conflict',
  'groups.stale_session': 'conflict',
  'groups.name_taken': 'conflict',
  'groups.stream_retired': 'rule_violation',
  'groups.site_required': 'invalid',
  'groups.site_not_found': 'invalid',
  'groups.not_a_facilitator': 'invalid',
  'groups.capacity_above_policy': 'invalid',
  'groups.closed': 'rule_violation',
  'groups.session_already_cancelled': 'rule_violation',
  'groups.session_has_marks': 'rule_violation',
  'groups.session_in_past': 'rule_violation',
  'groups.full': 'rule_violation',
  'groups.wrong_gender': 'rule_violation',
  'groups.wrong_language': 'rule_violation',
  'groups.not_waitlisted': 'rule_violation',
  'groups.no_contact_warning': 'conflict',
  'groups.first_session_unknown': 'invalid',
});
