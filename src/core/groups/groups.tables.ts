import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types.js';

/** `group_cycle` (participant compartment): a group that meets weekly, with rolling enrolment. */
export interface GroupCycleTable {
  agency_id: string;
  id: Generated<string>;
  stream_id: string;
  name: string;
  site_id: string | null;
  room: string | null;
  /** Telephone bridge or virtual meeting link (never participant data). */
  bridge: string | null;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local start time `HH:MM` in `time_zone`. */
  start_time: string;
  time_zone: string;
  start_date: string;
  capacity: number;
  facilitator_1: string | null;
  facilitator_2: string | null;
  status: Generated<'open' | 'closed'>;
  created_at: CreatedAt;
  created_by: string | null;
  version: Generated<number>;
}

/** `group_session`: one meeting of a group; a cancelled one counts against nobody. */
export interface GroupSessionTable {
  agency_id: string;
  id: Generated<string>;
  group_id: string;
  number: number;
  topic_position: number | null;
  starts_at: Timestamp;
  /** The session's date in the group's time zone. */
  local_date: string;
  minutes: number;
  status: Generated<'scheduled' | 'cancelled'>;
  cancel_reason: string | null;
  rescheduled_from: Date | null;
  version: Generated<number>;
}

/** `enrolment`: a participant's place in a group (one active at a time). */
export interface EnrolmentTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  group_id: string;
  enrolled_at: Timestamp;
  enrolled_by: string | null;
  first_session_number: Generated<number>;
  status: Generated<'active' | 'ended'>;
  ended_at: Date | null;
  end_reason: string | null;
}

/** `holiday`: days the agency is closed (no session is generated on them; notices skip them). */
export interface HolidayTable {
  agency_id: string;
  day: string;
  name: string;
  name_fr: string | null;
}

/** `calendar_feed`: the hash of a facilitator's secret calendar URL. */
export interface CalendarFeedTable {
  agency_id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
}

export interface GroupsTables {
  group_cycle: GroupCycleTable;
  group_session: GroupSessionTable;
  enrolment: EnrolmentTable;
  holiday: HolidayTable;
  calendar_feed: CalendarFeedTable;
}
