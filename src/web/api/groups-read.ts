import { z } from 'zod/mini';

// Codes stay open strings (delivery, status…): a newer server's code shows as itself, not as a failure.

/** One session of a group, as the group answers and the day's list show it (local date and time in the group's zone). */
export const groupSessionSchema = z.object({
  id: z.string(),
  number: z.number(),
  topicPosition: z.nullable(z.number()),
  topic: z.nullable(z.string()),
  startsAt: z.string(),
  localDate: z.string(),
  /** `HH:MM` in the group's time zone. */
  localTime: z.string(),
  minutes: z.number(),
  /** `scheduled` or `cancelled`. */
  status: z.string(),
  cancelReason: z.nullable(z.string()),
  rescheduledFrom: z.nullable(z.string()),
  /** Sent back by a manager's cancel or reschedule. */
  version: z.number(),
});

/** A session of a group. */
export type GroupSession = z.infer<typeof groupSessionSchema>;

const groupFields = {
  id: z.string(),
  name: z.string(),
  streamId: z.string(),
  streamName: z.string(),
  groupGender: z.string(),
  language: z.string(),
  delivery: z.string(),
  siteId: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  room: z.nullable(z.string()),
  bridge: z.nullable(z.string()),
  /** 1 Monday … 7 Sunday. */
  weekday: z.number(),
  startTime: z.string(),
  timeZone: z.string(),
  startDate: z.string(),
  capacity: z.number(),
  members: z.number(),
  facilitators: z.array(z.object({ id: z.string(), name: z.string() })),
  /** `open` or `closed`. */
  status: z.string(),
  nextSession: z.nullable(groupSessionSchema),
  version: z.number(),
};

/** `GET /groups`: a group in a list. */
export const groupSummarySchema = z.object(groupFields);

/** A group in a list. */
export type GroupSummary = z.infer<typeof groupSummarySchema>;

/** `GET /groups?mine=true` and the like. */
export const groupListSchema = z.array(groupSummarySchema);

/** A member of a group, from the session they started at. */
export const groupMemberSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  caseState: z.string(),
  enrolledAt: z.string(),
  firstSessionNumber: z.number(),
});

/** `GET /groups/:groupId` (and what a manager's change to the group answers): the group, its sessions and its members. */
export const groupDetailSchema = z.object({
  ...groupFields,
  sessions: z.array(groupSessionSchema),
  memberList: z.array(groupMemberSchema),
});

/** A group with its sessions and members. */
export type GroupDetail = z.infer<typeof groupDetailSchema>;

/** `GET /sessions?day=`: one session of the day, with its group and how many people are marked. */
export const daySessionSchema = z.object({
  ...groupSessionSchema.def.shape,
  groupId: z.string(),
  groupName: z.string(),
  place: z.nullable(z.string()),
  delivery: z.string(),
  members: z.number(),
  marked: z.number(),
});

/** A session of the day. */
export type DaySession = z.infer<typeof daySessionSchema>;

/** `GET /sessions?day=`. */
export const daySessionListSchema = z.array(daySessionSchema);
