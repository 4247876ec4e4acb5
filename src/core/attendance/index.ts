export { attendanceErrors } from './attendance.errors.js';
export * from './attendance.schema.js';
export { concernKinds, threatTargets, type ConcernKind, type ThreatTarget } from './attendance-notices.js';
export { getRoster } from './get-roster.js';
export { recordMarks } from './record-marks.js';
export { recordMakeUp } from './record-make-up.js';
export { raiseConcern } from './raise-concern.js';
export { findConcerns } from './find-concerns.js';
export { acknowledgeConcern } from './acknowledge-concern.js';
export { writeSessionNote } from './write-session-note.js';
export { findSessionNotes } from './find-session-notes.js';
export { getParticipantStanding } from './get-participant-standing.js';
export { findGroupStandings } from './find-group-standings.js';
export { findStandingFacts, type StandingFacts } from './standing.queries.js';
export {
  attendanceStatuses,
  computeStanding,
  creditFor,
  standingReasons,
  standingSeverity,
  standingsBySeverity,
  type AttendanceEntry,
  type AttendanceStatus,
  type Standing,
  type StandingInput,
  type StandingReason,
  type StandingResult,
} from './standing.rules.js';
