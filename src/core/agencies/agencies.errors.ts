import { defineErrorCodes } from '../shared/define-error-codes.js';

export const agenciesErrors = defineErrorCodes({
  'agency.stale_settings': 'conflict',
  'agency.time_zone_unknown': 'invalid',
});
