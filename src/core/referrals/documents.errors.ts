import { defineErrorCodes } from '../shared/define-error-codes.js';

/** Refusals of a referral document, each with an en/fr message that says what to send instead. */
export const documentsErrors = defineErrorCodes({
  'documents.too_large': 'invalid',
  'documents.type_not_allowed': 'invalid',
  'documents.empty': 'invalid',
  'documents.missing_file': 'invalid',
  'documents.too_many_files': 'invalid',
  'documents.upload_incomplete': 'invalid',
  'documents.not_found': 'not_found',
  'documents.referral_not_found': 'not_found',
  'documents.content_mismatch': 'unexpected',
});
