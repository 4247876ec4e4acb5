import { defineErrorCodes } from '../shared/define-error-codes.js';

export const outboxErrors = defineErrorCodes({
  /** An address that could smuggle a header (line break) or is not an email address at all. */
  'outbox.address_invalid': 'invalid',
});
