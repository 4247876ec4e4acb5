import { defineErrorCodes } from '../shared/define-error-codes.js';

export const calendarFeedErrors = defineErrorCodes({
  /** Unknown, revoked or replaced feed address, or its owner may no longer see groups: all look alike. */
  'calendar.feed_not_found': 'not_found',
});
