import { defineErrorCodes } from '../shared/define-error-codes.js';

export const referralsErrors = defineErrorCodes({
  'referrals.invalid': 'invalid',
  'referrals.participant_not_found': 'not_found',
  'referrals.idempotency_conflict': 'conflict',
  'referrals.not_found': 'not_found',
  'referrals.stale_version': 'conflict',
  'referrals.already_decided': 'rule_violation',
  'referrals.duplicate_of_itself': 'invalid',
  'referrals.duplicate_unknown': 'invalid',
});
