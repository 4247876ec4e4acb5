import { defineErrorCodes } from '../shared/define-error-codes.js';

export const resourcesErrors = defineErrorCodes({
  'resources.not_found': 'not_found',
  'resources.key_taken': 'conflict',
  'resources.stale_resource': 'conflict',
  'resources.already_retired': 'conflict',
  'resources.not_retired': 'conflict',
  'resources.retired': 'rule_violation',
});
