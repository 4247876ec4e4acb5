import { z } from 'zod/mini';
import { standingSummarySchema } from './standings';

/** What a facilitator can mark, in the order the roster offers it (each with its key: P, L, O, E, U, R). */
export const attendanceStatuses = ['present', 'late', 'left_early', 'excused', 'unexcused', 'refused_entry'] as const;

/** One of {@link attendanceStatuses}. */
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** A saved mark (`PUT /sessions/:id/marks` answers a list of them, `POST …/make-ups` one). */
export const markSchema = z.object({
  markId: z.string(),
  participantId: z.string(),
  status: z.string(),
  minutesLate: z.nullable(z.number()),
  minutesLeftEarly: z.nullable(z.number()),
  reason: z.nullable(z.string()),
  makeUp: z.boolean(),
  recordedAt: z.string(),
  /** Sent back with a change: a roster someone else saved meanwhile is refused as a whole. */
  version: z.number(),
});

/** A saved mark. */
export type Mark = z.infer<typeof markSchema>;

/** `PUT /sessions/:id/marks`. */
export const markListSchema = z.array(markSchema);

/** One person on a roster: a member, or someone making up a session here. */
export const rosterEntrySchema = z.object({
  participantId: z.string(),
  name: z.string(),
  isMember: z.boolean(),
  makeUp: z.boolean(),
  mark: z.nullable(markSchema),
  /** Null when the person is not placed in a group now. */
  standing: z.nullable(standingSummarySchema),
});

/** A person on a roster. */
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** `GET /sessions/:id/roster`: the session (local date and time in the group's zone) and its people. */
export const rosterSchema = z.object({
  session: z.object({
    sessionId: z.string(),
    groupId: z.string(),
    groupName: z.string(),
    number: z.number(),
    topicTitle: z.nullable(z.string()),
    localDate: z.string(),
    localTime: z.string(),
    timeZone: z.string(),
    minutes: z.number(),
    status: z.string(),
  }),
  people: z.array(rosterEntrySchema),
});

/** A session's roster. */
export type Roster = z.infer<typeof rosterSchema>;

/** `POST /sessions/:id/concerns`: the concern as recorded (`urgent` for a threat). */
export const concernSchema = z.object({
  concernId: z.string(),
  participantId: z.string(),
  kind: z.string(),
  threatTarget: z.nullable(z.string()),
  severity: z.string(),
  urgent: z.boolean(),
  recordedAt: z.string(),
});

/** A session note, decrypted for its reader. */
export const sessionNoteSchema = z.object({
  noteId: z.string(),
  sessionId: z.string(),
  participantId: z.nullable(z.string()),
  participantName: z.nullable(z.string()),
  text: z.string(),
  writtenAt: z.string(),
  writtenByName: z.nullable(z.string()),
});

/** A session note. */
export type SessionNote = z.infer<typeof sessionNoteSchema>;

/** `GET /sessions/:id/notes`. */
export const sessionNoteListSchema = z.array(sessionNoteSchema);
