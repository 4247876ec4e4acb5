import { defineErrorCodes } from '../shared/define-error-codes.js';

/**
 * The attendance module's refusals. Mark-level problems (`late_needs_minutes` …) are also the
 * codes of the field issues that point at the mark (`validation.<code>` messages; see mark.rules.ts).
 */
export const attendanceErrors = defineErrorCodes({
  'attendance.session_not_found': 'not_found',
  'attendance.group_not_found': 'not_found',
  'attendance.participant_not_found': 'not_found',
  'attendance.concern_not_found': 'not_found',
  'attendance.session_cancelled': 'rule_violation',
  'attendance.session_in_future': 'rule_violation',
  'attendance.stale_mark': 'conflict',
  'attendance.mark_exists': 'conflict',
  'attendance.not_a_member': 'rule_violation',
  'attendance.not_on_roster': 'rule_violation',
  'attendance.duplicate_participant': 'invalid',
  'attendance.late_needs_minutes': 'invalid',
  'attendance.late_under_threshold': 'invalid',
  'attendance.late_is_refused_entry': 'invalid',
  'attendance.minutes_late_not_applicable': 'invalid',
  'attendance.minutes_left_early_not_applicable': 'invalid',
  'attendance.excused_needs_reason': 'invalid',
  'attendance.make_ups_not_allowed': 'rule_violation',
  'attendance.make_up_own_group': 'rule_violation',
  'attendance.make_up_not_enrolled': 'rule_violation',
  'attendance.threat_target_required': 'invalid',
  'attendance.threat_target_only_for_threat': 'invalid',
  'attendance.concern_already_acknowledged': 'conflict',
});

