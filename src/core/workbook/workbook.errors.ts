import { defineErrorCodes } from '../shared/define-error-codes.js';

export const workbookErrors = defineErrorCodes({
  /** Someone saved the workbook since it was read: reload, then make the change again. */
  'workbook.stale_workbook': 'conflict',
});
