import { defineErrorCodes } from '../shared/define-error-codes.js';

export const participantsErrors = defineErrorCodes({
  'participants.not_found': 'not_found',
});
