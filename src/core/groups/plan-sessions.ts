import { addDays, isoWeekday } from '../shared/business-days.js';
import { zonedTimeToInstant } from '../shared/zoned-time.js';

export interface SessionPlanInput {
  /** First day a session may fall on (`YYYY-MM-DD`). */
  from: string;
  /** ISO weekday of the group, 1 = Monday. */
  weekday: number;
  /** Local start time `HH:MM` in `timeZone`. */
  startTime: string;
  timeZone: string;
  cadence: 'weekly' | 'twice_weekly';
  count: number;
  /** Number of the first planned session (sessions are numbered through the group's life). */
  firstNumber: number;
  /** Topics in the curriculum: session n covers topic ((n − 1) mod topics) + 1, so a rolling group cycles through them. */
  topics: number;
  holidays: ReadonlySet<string>;
}

export interface PlannedSession {
  number: number;
  topicPosition: number | null;
  localDate: string;
  startsAt: Date;
}

/**
 * The dates of a group's next sessions: on its weekday (and three days later for twice-weekly
 * groups), from `from`, skipping the agency's holidays (the session moves to the next meeting
 * day, so the topic order is kept), at the group's local time whatever the daylight-saving
 * offset that day. Pure: the caller reads holidays and writes the rows.
 */
export function planSessions(input: SessionPlanInput): PlannedSession[] {
  const meetingDays = input.cadence === 'twice_weekly' ? [input.weekday, ((input.weekday + 2) % 7) + 1] : [input.weekday];
  const sessions: PlannedSession[] = [];
  let day = input.from;
  // A bounded walk: at most a few years of days, however many holidays there are.
  for (let guard = 0; sessions.length < input.count && guard < 3 * 366; guard += 1, day = addDays(day, 1)) {
    if (!meetingDays.includes(isoWeekday(day)) || input.holidays.has(day)) continue;
    const number = input.firstNumber + sessions.length;
    sessions.push({
      number,
      topicPosition: input.topics > 0 ? ((number - 1) % input.topics) + 1 : null,
      localDate: day,
      startsAt: zonedTimeToInstant(`${day}T${input.startTime}`, input.timeZone),
    });
  }
  return sessions;
}
