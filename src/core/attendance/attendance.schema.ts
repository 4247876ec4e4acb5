import { z } from 'zod';
import { concernKinds, threatTargets } from './attendance-notices.js';
import { attendanceStatuses, type StandingReason, standingReasons, standingsBySeverity } from './standing.rules.js';

const minutes = z.number().int().min(1).max(480);
const isoInstant = z.string();
const localDate = z.string();

export const AttendanceStatusSchema = z.enum(attendanceStatuses);

/** One person's mark as a facilitator sends it. `version` absent: a new mark. */
export const MarkInput = z.strictObject({
  participantId: z.uuid(),
  status: AttendanceStatusSchema,
  minutesLate: minutes.nullish(),
  minutesLeftEarly: minutes.nullish(),
  /** Why (an excused absence needs it). Stays in the participant file: the partner is never told. */
  reason: z.string().trim().max(1000).nullish(),
  /** The version last read; absent for a person not yet marked at this session. */
  version: z.number().int().min(1).nullish(),
});
export type MarkInput = z.infer<typeof MarkInput>;

export const RecordMarksInput = z.strictObject({ marks: z.array(MarkInput).min(1).max(40) });
export type RecordMarksInput = z.infer<typeof RecordMarksInput>;

/** A saved mark. */
export const Mark = z.object({
  markId: z.uuid(),
  participantId: z.uuid(),
  status: AttendanceStatusSchema,
  minutesLate: z.number().int().nullable(),
  minutesLeftEarly: z.number().int().nullable(),
  reason: z.string().nullable(),
  makeUp: z.boolean(),
  recordedAt: isoInstant,
  version: z.number().int(),
});
export type Mark = z.infer<typeof Mark>;

export const RecordMakeUpInput = z.strictObject({
  participantId: z.uuid(),
  status: z.enum(['present', 'late']),
  minutesLate: minutes.nullish(),
});
export type RecordMakeUpInput = z.infer<typeof RecordMakeUpInput>;

const reasonCodes = standingReasons as unknown as [StandingReason, ...StandingReason[]];

/** The short form of a standing, for lists (roster, group page). */
export const StandingSummary = z.object({
  creditedSessions: z.number().int(),
  sessionsRequired: z.number().int(),
  remaining: z.number().int(),
  standing: z.enum(standingsBySeverity),
  reasons: z.array(z.enum(reasonCodes)),
  anticipatedCompletionDate: localDate.nullable(),
});
export type StandingSummary = z.infer<typeof StandingSummary>;

/** Everything `computeStanding` says. */
export const StandingDetail = StandingSummary.extend({
  attended: z.number().int(),
  absences: z.object({ excused: z.number().int(), unexcused: z.number().int(), refusedEntry: z.number().int(), leftEarly: z.number().int() }),
  lates: z.number().int(),
  latesCountedAsUnexcused: z.number().int(),
  unexcusedTotal: z.number().int(),
  madeUp: z.number().int(),
});
export type StandingDetail = z.infer<typeof StandingDetail>;

export const RosterSession = z.object({
  sessionId: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  number: z.number().int(),
  topicTitle: z.string().nullable(),
  localDate,
  /** `HH:mm` in the group's time zone. */
  localTime: z.string(),
  timeZone: z.string(),
  minutes: z.number().int(),
  status: z.enum(['scheduled', 'cancelled']),
});

export const RosterEntry = z.object({
  participantId: z.uuid(),
  name: z.string(),
  /** Placed in this group (from this session on); false for someone making up a session here. */
  isMember: z.boolean(),
  makeUp: z.boolean(),
  mark: Mark.nullable(),
  /** Null when the person is not placed in any group now. */
  standing: StandingSummary.nullable(),
});

export const Roster = z.object({ session: RosterSession, people: z.array(RosterEntry) });
export type Roster = z.infer<typeof Roster>;

export const RaiseConcernInput = z.strictObject({
  participantId: z.uuid(),
  kind: z.enum(concernKinds),
  /** Whom a threat was against: required for a threat, refused for anything else. */
  threatTarget: z.enum(threatTargets).nullish(),
  severity: z.enum(['low', 'medium', 'high']),
});
export type RaiseConcernInput = z.infer<typeof RaiseConcernInput>;

export const Concern = z.object({
  concernId: z.uuid(),
  sessionId: z.uuid(),
  participantId: z.uuid(),
  kind: z.enum(concernKinds),
  threatTarget: z.enum(threatTargets).nullable(),
  severity: z.enum(['low', 'medium', 'high']),
  urgent: z.boolean(),
  recordedAt: isoInstant,
});
export type Concern = z.infer<typeof Concern>;

/** A concern in the manager's list. */
export const ConcernListItem = Concern.extend({
  participantName: z.string(),
  groupName: z.string(),
  sessionDate: localDate,
  /** Who raised it. */
  facilitatorName: z.string().nullable(),
  acknowledgedAt: isoInstant.nullable(),
});
export type ConcernListItem = z.infer<typeof ConcernListItem>;

export const ConcernQuery = z.strictObject({
  /** `true` (the default): only those not yet acknowledged; `false`: the latest 200, acknowledged or not. */
  open: z.enum(['true', 'false']).default('true'),
});
export type ConcernQuery = z.infer<typeof ConcernQuery>;

export const AcknowledgeConcernInput = z.strictObject({});
export const AcknowledgedConcern = z.object({ concernId: z.uuid(), acknowledgedAt: isoInstant });
export type AcknowledgedConcern = z.infer<typeof AcknowledgedConcern>;

export const WriteSessionNoteInput = z.strictObject({
  /** The person the note is about; absent for a note on the whole session. */
  participantId: z.uuid().nullish(),
  text: z.string().trim().min(1).max(4000),
});
export type WriteSessionNoteInput = z.infer<typeof WriteSessionNoteInput>;

export const SessionNote = z.object({
  noteId: z.uuid(),
  sessionId: z.uuid(),
  participantId: z.uuid().nullable(),
  participantName: z.string().nullable(),
  text: z.string(),
  writtenAt: isoInstant,
  writtenByName: z.string().nullable(),
});
export type SessionNote = z.infer<typeof SessionNote>;

export const StandingEnrolment = z.object({
  enrolmentId: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  streamId: z.uuid(),
  streamCode: z.string(),
  /** In the reader's language. */
  streamName: z.string(),
  firstSessionNumber: z.number().int(),
  enrolledAt: isoInstant,
});

export const MarkHistoryItem = z.object({
  sessionId: z.uuid(),
  sessionDate: localDate,
  sessionNumber: z.number().int(),
  groupName: z.string(),
  status: AttendanceStatusSchema,
  minutesLate: z.number().int().nullable(),
  makeUp: z.boolean(),
  /** The session was cancelled after the mark was recorded: it counts for nothing. */
  sessionCancelled: z.boolean(),
});

export const ParticipantStanding = z.object({
  participantId: z.uuid(),
  enrolment: StandingEnrolment.nullable(),
  marks: z.array(MarkHistoryItem),
  completeBy: localDate.nullable(),
  standing: StandingDetail.nullable(),
});
export type ParticipantStanding = z.infer<typeof ParticipantStanding>;

export const GroupStandings = z.object({
  groupId: z.uuid(),
  groupName: z.string(),
  members: z.array(z.object({ participantId: z.uuid(), name: z.string(), firstSessionNumber: z.number().int(), standing: StandingDetail.nullable() })),
});
export type GroupStandings = z.infer<typeof GroupStandings>;
