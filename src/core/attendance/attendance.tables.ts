import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column-types.js';

/** `attendance_mark`: one person at one session (one row each: concurrent roster entry loses nothing). */
export interface AttendanceMarkTable {
  agency_id: string;
  id: Generated<string>;
  session_id: string;
  participant_id: string;
  status: 'present' | 'late' | 'left_early' | 'excused' | 'unexcused' | 'refused_entry';
  minutes_late: number | null;
  minutes_left_early: number | null;
  reason: string | null;
  /** Attended another group's session to make one up. */
  make_up: Generated<boolean>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  version: Generated<number>;
}

/** `session_concern`: behaviour or words in session that matter for safety or compliance. */
export interface SessionConcernTable {
  agency_id: string;
  id: Generated<string>;
  session_id: string;
  participant_id: string;
  kind: 'disruptive_behaviour' | 'threat' | 'safety_concern' | 'impaired' | 'non_compliance' | 'homework_not_done';
  threat_target: 'partner' | 'child' | 'other' | null;
  severity: 'low' | 'medium' | 'high';
  urgent: Generated<boolean>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

/** `session_note`: the facilitator's note on a session or a person in it (encrypted). */
export interface SessionNoteTable {
  agency_id: string;
  /** Chosen before the insert: the encryption context names the row. */
  id: string;
  session_id: string;
  participant_id: string | null;
  note_encrypted: string;
  written_at: Timestamp;
  written_by: string | null;
}

/** `completion_review`: the facilitator's final check-out (goals met or not) before sign-off. */
export interface CompletionReviewTable {
  agency_id: string;
  enrolment_id: string;
  participant_id: string;
  outcome: 'met' | 'not_met';
  comments: string | null;
  reviewed_at: Timestamp;
  reviewed_by: string | null;
}

export interface AttendanceTables {
  attendance_mark: AttendanceMarkTable;
  session_concern: SessionConcernTable;
  session_note: SessionNoteTable;
  completion_review: CompletionReviewTable;
}
