import { defineErrorCodes } from '../shared/define-error-codes.js';

export const authErrors = defineErrorCodes({
  'auth.sign_in_required': 'unauthenticated',
  'auth.sign_in_failed': 'unauthenticated',
  'auth.session_expired': 'unauthenticated',
  'auth.second_factor_required': 'unauthenticated',
  'auth.second_factor_failed': 'unauthenticated',
  'auth.enrolment_required': 'unauthenticated',
  'auth.already_enrolled': 'conflict',
  'auth.csrf_invalid': 'forbidden',
  'auth.already_signed_in': 'conflict',
});
