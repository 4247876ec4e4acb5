import { defineErrorCodes } from '../shared/define-error-codes.js';

/** The statistics module's refusals (messages: src/i18n/statistics). */
export const statisticsErrors = defineErrorCodes({
  /** A day that is not on the calendar (2026-02-30). */
  'statistics.day_invalid': 'invalid',
  /** The period ends before it starts. */
  'statistics.period_end_before_start': 'invalid',
  /** Longer than five years: not a reporting period (and a heavy query). */
  'statistics.period_too_long': 'invalid',
  /** `pars stats --agency` names no agency. */
  'statistics.agency_not_found': 'not_found',
  /** `pars stats` needs `--agency` or `--all-agencies`. */
  'statistics.agency_required': 'invalid',
});
