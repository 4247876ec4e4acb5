import { defineErrorCodes } from '../shared/define-error-codes.js';

export const partnersErrors = defineErrorCodes({
  'partners.not_found': 'not_found',
  /** The channel gate refused: declined, no such channel, unsafe, unconfirmed or no voicemail. */
  'partners.channel_closed': 'conflict',
});
