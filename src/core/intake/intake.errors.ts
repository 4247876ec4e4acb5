import { defineErrorCodes } from '../shared/define-error-codes.js';

export const intakeErrors = defineErrorCodes({
  'intake.site_not_found': 'invalid',
  'intake.time_in_past': 'invalid',
  'intake.reasons_required': 'invalid',
  'intake.signature_required': 'invalid',
});
