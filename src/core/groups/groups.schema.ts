import { z } from 'zod';
import { LocalDateTime } from '../shared/local-date-time.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const localTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const GroupSessionView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  topicPosition: z.number().int().nullable(),
  topic: z.string().nullable(),
  startsAt: z.string(),
  localDate: z.string(),
  /** `HH:MM` in the group's time zone. */
  localTime: z.string(),
  minutes: z.number().int(),
  status: z.enum(['scheduled', 'cancelled']),
  cancelReason: z.string().nullable(),
  rescheduledFrom: z.string().nullable(),
  version: z.number().int(),
});
export type GroupSessionView = z.infer<typeof GroupSessionView>;

export const GroupSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  streamId: z.uuid(),
  streamName: z.string(),
  groupGender: z.enum(['men', 'women', 'any']),
  language: z.enum(['en', 'fr']),
  delivery: z.enum(['in_person', 'phone', 'virtual']),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  room: z.string().nullable(),
  bridge: z.string().nullable(),
  weekday: z.number().int(),
  startTime: z.string(),
  timeZone: z.string(),
  startDate: z.string(),
  capacity: z.number().int(),
  members: z.number().int(),
  facilitators: z.array(z.object({ id: z.uuid(), name: z.string() })),
  status: z.enum(['open', 'closed']),
  nextSession: GroupSessionView.nullable(),
  version: z.number().int(),
});
export type GroupSummary = z.infer<typeof GroupSummary>;

export const GroupMember = z.object({
  participantId: z.uuid(),
  name: z.string(),
  caseState: z.string(),
  enrolledAt: z.string(),
  firstSessionNumber: z.number().int(),
});

export const GroupDetail = GroupSummary.extend({
  sessions: z.array(GroupSessionView),
  memberList: z.array(GroupMember),
});
export type GroupDetail = z.infer<typeof GroupDetail>;

export const CreateGroupInput = z.strictObject({
  streamId: z.uuid(),
  name: text(200),
  siteId: z.uuid().optional(),
  room: text(200).optional(),
  /** Telephone bridge or meeting link for phone and virtual groups. */
  bridge: text(500).optional(),
  weekday: z.number().int().min(1).max(7),
  startTime: localTime,
  /** Defaults to the site's time zone; required without a site. */
  timeZone: z.string().min(1).max(64).optional(),
  startDate: z.iso.date(),
  /** Defaults to the stream's largest group size. */
  capacity: z.number().int().min(1).max(40).optional(),
  facilitatorIds: z.array(z.uuid()).max(2).default([]),
  /** Sessions to schedule now (more can be added: enrolment is rolling). Defaults to the curriculum's length. */
  sessions: z.number().int().min(1).max(52).optional(),
});
export type CreateGroupInput = z.infer<typeof CreateGroupInput>;

export const UpdateGroupInput = z.strictObject({
  name: text(200),
  room: text(200).optional(),
  bridge: text(500).optional(),
  capacity: z.number().int().min(1).max(40),
  facilitatorIds: z.array(z.uuid()).max(2),
  status: z.enum(['open', 'closed']),
  version: z.number().int().positive(),
});
export type UpdateGroupInput = z.infer<typeof UpdateGroupInput>;

export const AddSessionsInput = z.strictObject({ count: z.number().int().min(1).max(52) });
export const CancelSessionInput = z.strictObject({ reason: text(1000), version: z.number().int().positive() });
export const RescheduleSessionInput = z.strictObject({
  /** New local date and time, `YYYY-MM-DDTHH:MM` in the group's time zone. */
  startsAtLocal: LocalDateTime,
  version: z.number().int().positive(),
});

export const GroupListQuery = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  /** Only the groups the signed-in facilitator leads. */
  mine: z.enum(['true', 'false']).optional(),
});

/** Today's sessions (or another day's) for the facilitator's home page. */
export const SessionsDayQuery = z.strictObject({ day: z.iso.date().optional(), mine: z.enum(['true', 'false']).optional() });
export const DaySession = GroupSessionView.extend({
  groupId: z.uuid(),
  groupName: z.string(),
  place: z.string().nullable(),
  delivery: z.enum(['in_person', 'phone', 'virtual']),
  members: z.number().int(),
  marked: z.number().int(),
});

export const PlaceParticipantInput = z.strictObject({
  groupId: z.uuid(),
  /** The session the person starts at (rolling enrolment); defaults to the next one. */
  firstSessionNumber: z.number().int().min(1).optional(),
  /** Set after the worker has seen the no-contact warning and decided to go ahead. */
  acknowledgeNoContact: z.boolean().default(false),
  version: z.number().int().positive(),
});
export type PlaceParticipantInput = z.infer<typeof PlaceParticipantInput>;

/** Groups a waitlisted person could join (matching gender and language, with room). */
export const PlacementOption = z.object({
  groupId: z.uuid(),
  name: z.string(),
  streamName: z.string(),
  delivery: z.enum(['in_person', 'phone', 'virtual']),
  indigenous: z.boolean(),
  places: z.number().int(),
  nextSession: GroupSessionView.nullable(),
  noContactWarnings: z.array(z.string()),
});
