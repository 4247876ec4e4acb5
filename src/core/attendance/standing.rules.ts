/**
 * A participant's standing in their group: how many sessions count towards completion, how many
 * absences they have, and whether they are on track, at risk, pending discharge or eligible to
 * complete. Pure: the use case loads the marks, the schedule and the stream's policy, then asks
 * `computeStanding`. Each reason code becomes the message key `standing.<code>`.
 *
 * The rules, in plain words (every number comes from the program stream's policy):
 *
 * Credit for one mark
 * - Present: the session counts (a long session may count as 2, the policy's "session credit").
 * - Late: arriving less than "late after" minutes after the start is simply present. Arriving
 *   later counts as a late, and the session still counts. Arriving at or after the "refuse entry"
 *   minute means entry was refused: it is recorded as a refused entry, not as a late. A late whose
 *   minutes were not recorded counts as a late (the facilitator marked it late).
 * - Left early: the session does not count and must be made up. Leaving early is not an excused
 *   or unexcused absence, so it never counts towards either discharge limit.
 * - Excused absence: does not count, unless the policy says absences need not be made up; then
 *   the missed session of the participant's own group counts towards completion.
 * - Unexcused absence and refused entry: the session does not count.
 * - Make-up session (the participant attended another group's session): counts like any other
 *   session when the policy allows make-ups, and counts for nothing when it does not. An absence
 *   from a booked make-up session is still an absence (a missed booking is a missed session), but
 *   an excused absence from a make-up never counts towards completion: the make-up replaced
 *   nothing. Lateness and refused entry are judged the same way at a make-up as at one's own group.
 *
 * Lateness
 * - Every "lates per unexcused absence" lates count as one unexcused absence (3 lates with the
 *   default of 2: one counted). A setting of 0 means lateness never counts.
 *
 * Standing, the first that applies:
 * 1. Pending discharge: unexcused absences (refused entries and counted lates included) reached the
 *    policy's limit, or excused absences reached theirs.
 * 2. Eligible to complete: the credited sessions reached the sessions required.
 * 3. At risk: one more unexcused (or excused) absence would reach a limit, and the participant has
 *    already had at least one such absence; or, with the sessions now scheduled, they would finish
 *    after the court's deadline; or the sessions now scheduled are not enough to finish at all.
 * 4. On track: none of the above.
 *
 * Anticipated completion: when nothing remains, the date of the latest session that counted;
 * otherwise the date of the scheduled session at which the credit would reach the requirement if
 * every one of them is attended; none when the scheduled sessions are not enough.
 *
 * Dates are local `YYYY-MM-DD` strings, compared as text. Every mark counts as given, including
 * two marks on the same day (a make-up on the day of an absence from one's own group).
 */
import type { StreamPolicy } from '../programs/stream-policy.js';

/** What a facilitator can mark for one participant at one held session. */
export const attendanceStatuses = ['present', 'late', 'left_early', 'excused', 'unexcused', 'refused_entry'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** One attendance mark at a held (not cancelled) session. */
export interface AttendanceEntry {
  /** Local date of the session, `YYYY-MM-DD`. */
  sessionDate: string;
  status: AttendanceStatus;
  /** For 'late': minutes after the start the participant arrived. */
  minutesLate?: number | undefined;
  /** The participant attended (or was booked into) another group's session to make one up. */
  makeUp: boolean;
}

/** What the standing rules need; the use case gathers it from the records. */
export interface StandingInput {
  policy: StreamPolicy;
  /** Marks of held (not cancelled) sessions, in any order. */
  entries: AttendanceEntry[];
  /** The participant's own group's scheduled, not cancelled sessions after today, in any order. */
  upcomingSessionDates: string[];
  /** Local date, `YYYY-MM-DD`. */
  today: string;
  /** The court's deadline to complete, if any. */
  completeBy?: string | undefined;
}

/** Every standing, from best to worst: the order `standingSeverity` counts in. */
export const standingsBySeverity = ['eligible_to_complete', 'on_track', 'at_risk', 'pending_discharge'] as const;
export type Standing = (typeof standingsBySeverity)[number];

/** How serious a standing is: higher is worse. Used to sort worklists and to compare standings. */
export function standingSeverity(standing: Standing): number {
  return standingsBySeverity.indexOf(standing);
}

/**
 * What a mark amounts to once lateness is judged: a 'late' becomes 'present' (under the late
 * threshold), 'late', or 'refused_entry' (at or after the refuse-entry threshold).
 */
type Outcome = AttendanceStatus;

/**
 * For each outcome: whether the participant attended, which tally it adds to, and whether it
 * earns credit (before the make-up rule, which applies to every outcome).
 */
const outcomes = {
  present: { attended: true, tally: undefined, credited: () => true },
  late: { attended: true, tally: 'lates', credited: () => true },
  left_early: { attended: false, tally: 'leftEarly', credited: () => false },
  /** Excused absences stand in for the session only when the policy says they need not be made up. */
  excused: { attended: false, tally: 'excused', credited: (policy: StreamPolicy) => !policy.absencesMustBeMadeUp },
  unexcused: { attended: false, tally: 'unexcused', credited: () => false },
  refused_entry: { attended: false, tally: 'refusedEntry', credited: () => false },
} as const satisfies Record<
  Outcome,
  {
    attended: boolean;
    tally: 'lates' | 'leftEarly' | 'excused' | 'unexcused' | 'refusedEntry' | undefined;
    credited: (policy: StreamPolicy) => boolean;
  }
>;

type Tally = NonNullable<(typeof outcomes)[Outcome]['tally']>;

/**
 * Judges a mark's lateness. Refused entry is checked first, so a policy whose refuse-entry minute
 * comes before its late minute still refuses entry. Unrecorded (or unreadable) minutes on a
 * 'late' mark leave it a late: the facilitator said so.
 */
function outcomeOf(entry: AttendanceEntry, policy: StreamPolicy): Outcome {
  if (entry.status !== 'late') return entry.status;
  const minutes = entry.minutesLate;
  if (minutes === undefined || Number.isNaN(minutes)) return 'late';
  if (minutes >= policy.refuseEntryAfterMinutes) return 'refused_entry';
  if (minutes < policy.lateAfterMinutes) return 'present';
  return 'late';
}

/**
 * Whether a mark's outcome earns credit. A make-up earns credit only when make-ups are allowed,
 * and never for an excused absence from it: the make-up was extra and replaced nothing.
 */
function isCredited(outcome: Outcome, makeUp: boolean, policy: StreamPolicy): boolean {
  if (!outcomes[outcome].credited(policy)) return false;
  if (!makeUp) return true;
  return policy.makeUpsAllowed && outcomes[outcome].attended;
}

/** Credit one attendance mark earns under the policy. */
export function creditFor(entry: AttendanceEntry, policy: StreamPolicy): number {
  return isCredited(outcomeOf(entry, policy), entry.makeUp, policy) ? policy.sessionCredit : 0;
}

/** What the standing rules see once the marks are counted. */
interface StandingFacts {
  policy: StreamPolicy;
  creditedSessions: number;
  remaining: number;
  excused: number;
  unexcusedTotal: number;
  anticipatedCompletionDate: string | null;
  completeBy: string | undefined;
}

/**
 * The standing table, checked in order: the first standing with any reason holding is the
 * participant's standing, and its holding reasons (in table order) explain it. No reason holding
 * anywhere: on track. Reasons belong to one standing only, so an eligible participant is never
 * shown an at-risk warning.
 */
const standingRules = [
  {
    standing: 'pending_discharge',
    reasons: {
      unexcused_limit_reached: (f: StandingFacts) => f.unexcusedTotal >= f.policy.pendingDischargeAtUnexcused,
      excused_limit_reached: (f: StandingFacts) => f.excused >= f.policy.pendingDischargeAtExcused,
    },
  },
  {
    standing: 'eligible_to_complete',
    reasons: {
      sessions_complete: (f: StandingFacts) => f.creditedSessions >= f.policy.sessionsRequired,
    },
  },
  {
    standing: 'at_risk',
    reasons: {
      /**
       * Only once the participant has had such an absence: with a limit of 1, warning everyone
       * from the first session would make the warning meaningless.
       */
      one_more_unexcused: (f: StandingFacts) =>
        f.unexcusedTotal > 0 && f.unexcusedTotal + 1 >= f.policy.pendingDischargeAtUnexcused,
      one_more_excused: (f: StandingFacts) => f.excused > 0 && f.excused + 1 >= f.policy.pendingDischargeAtExcused,
      /** Sessions not being enough at all also means not enough by the deadline. */
      deadline_at_risk: (f: StandingFacts) =>
        f.remaining > 0 &&
        Boolean(f.completeBy) &&
        (f.anticipatedCompletionDate === null || f.anticipatedCompletionDate > (f.completeBy ?? '')),
      not_enough_sessions_scheduled: (f: StandingFacts) => f.remaining > 0 && f.anticipatedCompletionDate === null,
    },
  },
] as const satisfies readonly {
  standing: Exclude<Standing, 'on_track'>;
  reasons: Record<string, (facts: StandingFacts) => boolean>;
}[];

/** Why a participant has their standing; each becomes the message key `standing.<code>`. */
export type StandingReason = (typeof standingRules)[number] extends infer Rule
  ? Rule extends { reasons: infer Reasons }
    ? keyof Reasons & string
    : never
  : never;

/** Every reason code, in table order. */
export const standingReasons = standingRules.flatMap((rule) => Object.keys(rule.reasons)) as StandingReason[];

export interface StandingResult {
  creditedSessions: number;
  sessionsRequired: number;
  remaining: number;
  /** Sessions attended: present, late (under the refuse-entry minute), make-ups, credited or not. */
  attended: number;
  absences: { excused: number; unexcused: number; refusedEntry: number; leftEarly: number };
  /** Lates as judged by the policy: a late that was refused entry is counted as a refused entry. */
  lates: number;
  latesCountedAsUnexcused: number;
  /** unexcused + refusedEntry + latesCountedAsUnexcused: what the unexcused limit is checked against. */
  unexcusedTotal: number;
  /** Make-up sessions that earned credit. */
  madeUp: number;
  standing: Standing;
  reasons: StandingReason[];
  anticipatedCompletionDate: string | null;
}

/** A participant's standing in their group, with the counts behind it. Never throws. */
export function computeStanding(input: StandingInput): StandingResult {
  const { policy, entries, today, completeBy } = input;
  const tallies: Record<Tally, number> = { lates: 0, leftEarly: 0, excused: 0, unexcused: 0, refusedEntry: 0 };
  let creditedSessions = 0;
  let attended = 0;
  let madeUp = 0;
  let latestCreditedDate: string | null = null;

  for (const entry of entries) {
    const outcome = outcomeOf(entry, policy);
    const { attended: wasThere, tally } = outcomes[outcome];
    if (wasThere) attended += 1;
    if (tally !== undefined) tallies[tally] += 1;
    if (isCredited(outcome, entry.makeUp, policy)) {
      creditedSessions += policy.sessionCredit;
      if (entry.makeUp) madeUp += 1;
      if (latestCreditedDate === null || entry.sessionDate > latestCreditedDate) latestCreditedDate = entry.sessionDate;
    }
  }

  const latesCountedAsUnexcused = latesAsUnexcused(tallies.lates, policy.latesPerUnexcusedAbsence);
  const unexcusedTotal = tallies.unexcused + tallies.refusedEntry + latesCountedAsUnexcused;
  const remaining = Math.max(0, policy.sessionsRequired - creditedSessions);
  const anticipatedCompletionDate =
    remaining === 0
      ? latestCreditedDate
      : dateCreditReaches(remaining, policy.sessionCredit, input.upcomingSessionDates, today);

  const facts: StandingFacts = {
    policy,
    creditedSessions,
    remaining,
    excused: tallies.excused,
    unexcusedTotal,
    anticipatedCompletionDate,
    completeBy,
  };
  const { standing, reasons } = standingFrom(facts);

  return {
    creditedSessions,
    sessionsRequired: policy.sessionsRequired,
    remaining,
    attended,
    absences: {
      excused: tallies.excused,
      unexcused: tallies.unexcused,
      refusedEntry: tallies.refusedEntry,
      leftEarly: tallies.leftEarly,
    },
    lates: tallies.lates,
    latesCountedAsUnexcused,
    unexcusedTotal,
    madeUp,
    standing,
    reasons,
    anticipatedCompletionDate,
  };
}

/** Every `perAbsence` lates make one unexcused absence; 0 (or less) means lateness never counts. */
function latesAsUnexcused(lates: number, perAbsence: number): number {
  return perAbsence > 0 ? Math.floor(lates / perAbsence) : 0;
}

/**
 * The scheduled session at which the credit still needed would be earned, attending every one.
 * Dates before today are left out: a past session without a mark can no longer be attended.
 */
function dateCreditReaches(needed: number, sessionCredit: number, upcoming: string[], today: string): string | null {
  if (sessionCredit <= 0) return null;
  const sessionsNeeded = Math.ceil(needed / sessionCredit);
  const dates = upcoming.filter((date) => date >= today).sort();
  return dates[sessionsNeeded - 1] ?? null;
}

/** Walks the standing table; see `standingRules`. */
function standingFrom(facts: StandingFacts): { standing: Standing; reasons: StandingReason[] } {
  for (const rule of standingRules) {
    const holding = Object.entries(rule.reasons)
      .filter(([, holds]) => holds(facts))
      .map(([reason]) => reason as StandingReason);
    if (holding.length > 0) return { standing: rule.standing, reasons: holding };
  }
  return { standing: 'on_track', reasons: [] };
}
