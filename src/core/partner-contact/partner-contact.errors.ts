import { defineErrorCodes } from '../shared/define-error-codes.js';

/** What the contact log, the worklist and the letters refuse. */
export const partnerContactErrors = defineErrorCodes({
  /** A contact dated after the moment it is recorded. */
  'partnerContact.contact_in_future': 'invalid',
  /** A letter is sent through the letters route only (it asks the gate for the mail channel). */
  'partnerContact.letter_through_letters': 'rule_violation',
  /** Nobody was reached by an attempt (or a voicemail): no notice can have been delivered. */
  'partnerContact.attempt_delivers_nothing': 'rule_violation',
  /** A notice not about this partner's participant, not theirs, or already delivered to them. */
  'partnerContact.notice_not_deliverable': 'rule_violation',
  /** The contact detail named is not one of this partner's. */
  'partnerContact.preference_unknown': 'invalid',
  /** The same idempotency key was used for another partner or another kind of record. */
  'partnerContact.idempotency_key_reused': 'conflict',
  'partnerContact.letter_not_found': 'not_found',
});
