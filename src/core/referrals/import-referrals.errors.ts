import { defineErrorCodes } from '../shared/define-error-codes.js';

/** Why `pars referrals import` refuses a file (its row problems are printed before this line). */
export const importReferralsErrors = defineErrorCodes({
  'referrals.import_file_invalid': 'invalid',
  'referrals.import_file_unreadable': 'not_found',
});
