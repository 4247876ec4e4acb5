import { defineErrorCodes } from '../shared/define-error-codes.js';

export const partnersErrors = defineErrorCodes({
  'partners.not_found': 'not_found',
});
