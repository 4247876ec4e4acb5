import { defineErrorCodes } from '../shared/define-error-codes.js';

export const outboxErrors = defineErrorCodes({
  /** An address that could smuggle a header (line break) or is not an email address at all. */
  'outbox.address_invalid': 'invalid',
  /** A file that cannot be attached: no bytes or over 10 MB, a name with a path or a line break, too many files. */
  'outbox.attachment_invalid': 'invalid',
});
