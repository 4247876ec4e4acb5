import { defineErrorCodes } from '../shared/define-error-codes.js';

export const programsErrors = defineErrorCodes({
  'programs.stream_not_found': 'not_found',
  'programs.stream_code_taken': 'conflict',
  'programs.stale_stream': 'conflict',
  'programs.holiday_not_found': 'not_found',
});
