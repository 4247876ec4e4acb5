import { defineErrorCodes } from '../shared/define-error-codes.js';

export const referralsErrors = defineErrorCodes({
  'referrals.invalid': 'invalid',
  'referrals.participant_not_found': 'not_found',
  'referrals.idempotency_conflict': 'conflict',
});
