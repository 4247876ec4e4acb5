import { defineErrorCodes } from '../shared/define-error-codes.js';

export const usersErrors = defineErrorCodes({
  'users.email_taken': 'conflict',
  'users.team_conflict': 'rule_violation',
  'users.password_weak': 'invalid',
  'users.not_found': 'not_found',
  'users.stale_version': 'conflict',
  'users.cannot_disable_self': 'rule_violation',
  'users.cannot_remove_own_admin': 'rule_violation',
  'users.current_password_wrong': 'invalid',
});
