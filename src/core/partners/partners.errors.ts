import { defineErrorCodes } from '../shared/define-error-codes.js';

export const partnersErrors = defineErrorCodes({
  'partners.not_found': 'not_found',
  /** The channel gate refused: declined, no such channel, unsafe, unconfirmed or no voicemail. */
  'partners.channel_closed': 'conflict',
  /** A colleague saved the partner's details since they were read. */
  'partners.stale_partner': 'conflict',
  /** A colleague saved or retired this contact preference since it was read. */
  'partners.stale_preference': 'conflict',
  'partners.preference_not_found': 'not_found',
  /** A retired preference is kept as it was; add a new one instead. */
  'partners.preference_retired': 'conflict',
});
