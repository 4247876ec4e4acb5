import { defineErrorCodes } from '../core/shared/define-error-codes.js';

export const cliErrors = defineErrorCodes({
  'cli.agency_not_found': 'not_found',
  'cli.user_not_found': 'not_found',
  'cli.password_missing': 'invalid',
  'cli.seed_not_empty': 'conflict',
  'cli.seed_options': 'invalid',
});
