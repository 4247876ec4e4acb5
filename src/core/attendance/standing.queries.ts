import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type ActiveEnrolment, findActiveEnrolments, localDate } from './attendance.queries.js';
import type { StandingDetail, StandingSummary } from './attendance.schema.js';
import { type AttendanceEntry, computeStanding, type Standing, type StandingInput, type StandingResult } from './standing.rules.js';

/** A placed participant's standing, with the placement and the facts it was computed from. */
export interface LoadedStanding {
  enrolment: ActiveEnrolment;
  input: StandingInput;
  result: StandingResult;
}

/**
 * The standing of each of these participants who is placed in a group now, computed by the one
 * set of rules (`computeStanding`) from:
 * - the policy of their group's stream;
 * - every mark of theirs at a session that was held (a cancelled session counts against nobody),
 *   in any group: make-ups included;
 * - their group's scheduled sessions after today (today in the group's time zone, unless given);
 * - the court's deadline of their latest received or accepted referral.
 * Participants not placed in any group are left out of the map.
 */
export async function loadStandings(
  db: Kysely<DB>,
  participantIds: readonly string[],
  today: { now: Date } | { date: string },
): Promise<Map<string, LoadedStanding>> {
  const enrolments = await findActiveEnrolments(db, participantIds);
  if (enrolments.size === 0) return new Map();
  const ids = [...enrolments.keys()];
  const todayFor = (timeZone: string) => ('date' in today ? today.date : localDate(today.now, timeZone));

  const marks = await db
    .selectFrom('attendance_mark as m')
    .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'm.agency_id').onRef('s.id', '=', 'm.session_id'))
    .select(['m.participant_id', 's.local_date', 'm.status', 'm.minutes_late', 'm.make_up'])
    .where('m.participant_id', 'in', ids)
    .where('s.status', '<>', 'cancelled')
    .execute();
  const entries = new Map<string, AttendanceEntry[]>();
  for (const mark of marks) {
    const list = entries.get(mark.participant_id) ?? [];
    list.push({ sessionDate: mark.local_date, status: mark.status, minutesLate: mark.minutes_late ?? undefined, makeUp: mark.make_up });
    entries.set(mark.participant_id, list);
  }

  const groupIds = [...new Set([...enrolments.values()].map((e) => e.groupId))];
  const earliestToday = [...enrolments.values()].map((e) => todayFor(e.timeZone)).sort()[0]!;
  const sessions = await db
    .selectFrom('group_session')
    .select(['group_id', 'local_date'])
    .where('group_id', 'in', groupIds)
    .where('status', '=', 'scheduled')
    .where('local_date', '>', earliestToday)
    .execute();
  const upcoming = new Map<string, string[]>();
  for (const session of sessions) upcoming.set(session.group_id, [...(upcoming.get(session.group_id) ?? []), session.local_date]);

  const referrals = await db
    .selectFrom('referral')
    .select(['participant_id', 'complete_by'])
    .where('participant_id', 'in', ids)
    .where('status', 'in', ['received', 'accepted'])
    .orderBy('received_at', 'desc')
    .execute();
  const completeBy = new Map<string, string | null>();
  for (const referral of referrals) if (!completeBy.has(referral.participant_id)) completeBy.set(referral.participant_id, referral.complete_by);

  const loaded = new Map<string, LoadedStanding>();
  for (const [participantId, enrolment] of enrolments) {
    const date = todayFor(enrolment.timeZone);
    const input: StandingInput = {
      policy: enrolment.policy,
      entries: entries.get(participantId) ?? [],
      upcomingSessionDates: (upcoming.get(enrolment.groupId) ?? []).filter((day) => day > date),
      today: date,
      completeBy: completeBy.get(participantId) ?? undefined,
    };
    loaded.set(participantId, { enrolment, input, result: computeStanding(input) });
  }
  return loaded;
}

/** The short form of a standing, for lists. */
export function summaryOf(result: StandingResult): StandingSummary {
  return {
    creditedSessions: result.creditedSessions,
    sessionsRequired: result.sessionsRequired,
    remaining: result.remaining,
    standing: result.standing,
    reasons: result.reasons,
    anticipatedCompletionDate: result.anticipatedCompletionDate,
  };
}

/** Everything the rules said, in the API's shape. */
export function detailOf(result: StandingResult): StandingDetail {
  return {
    ...summaryOf(result),
    attended: result.attended,
    absences: { ...result.absences },
    lates: result.lates,
    latesCountedAsUnexcused: result.latesCountedAsUnexcused,
    unexcusedTotal: result.unexcusedTotal,
    madeUp: result.madeUp,
  };
}

/** What the case lifecycle needs to decide completion. */
export interface StandingFacts {
  creditedSessions: number;
  sessionsRequired: number;
  /** The stream's policy: completion waits for fees to be up to date. */
  feesRequiredForCompletion: boolean;
  standing: Standing;
}

/**
 * A placed participant's credit and standing, for the case lifecycle (completion, discharge);
 * null when they are not placed in a group. Reads through `db` (the caller's transaction), so
 * row-level security applies as for the caller. `today` is the local date (`YYYY-MM-DD`).
 */
export async function findStandingFacts(db: Kysely<DB>, participantId: string, today: string): Promise<StandingFacts | null> {
  const loaded = (await loadStandings(db, [participantId], { date: today })).get(participantId);
  if (!loaded) return null;
  return {
    creditedSessions: loaded.result.creditedSessions,
    sessionsRequired: loaded.result.sessionsRequired,
    feesRequiredForCompletion: loaded.enrolment.policy.feesUpToDateForCompletion,
    standing: loaded.result.standing,
  };
}
