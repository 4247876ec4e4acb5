import { defineErrorCodes } from '../shared/define-error-codes.js';

export const accessErrors = defineErrorCodes({
  'access.not_found': 'not_found',
  'access.forbidden': 'forbidden',
});
