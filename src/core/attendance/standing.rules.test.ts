import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamPolicy, defaultStreamPolicy, type StreamPolicyInput } from '../programs/stream-policy.js';
import {
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

// ---------------------------------------------------------------------------------------------
// Builders: dates relative to `today`, marks one week apart ending last week.

const today = '2025-03-01';
const dayMs = 86_400_000;

/** The local date `offset` days from today. */
function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * dayMs).toISOString().slice(0, 10);
}

/** `count` weekly sessions, the first one a week from today. */
function weekly(count: number): string[] {
  return Array.from({ length: count }, (_, i) => day(7 * (i + 1)));
}

type Mark = AttendanceStatus | (Partial<AttendanceEntry> & { status: AttendanceStatus });

/** Marks one week apart, the last one a week ago, unless a mark gives its own date. */
function history(...marks: Mark[]): AttendanceEntry[] {
  return marks.map((mark, i) => {
    const fields = typeof mark === 'string' ? { status: mark } : mark;
    return { sessionDate: day(-7 * (marks.length - i)), makeUp: false, ...fields };
  });
}

const times = (count: number, mark: Mark): Mark[] => Array.from({ length: count }, () => mark);
const late = (minutesLate: number | undefined): Mark => ({ status: 'late', minutesLate });
const makeUp = (status: AttendanceStatus, minutesLate?: number): Mark => ({ status, makeUp: true, minutesLate });
const policyWith = (settings: StreamPolicyInput): StreamPolicy => StreamPolicy.parse(settings);

// ---------------------------------------------------------------------------------------------
// Scenarios: each a participant a program manager would recognise, with what they should see.

interface Scenario {
  policy?: StreamPolicyInput;
  entries: AttendanceEntry[];
  /** Defaults to 12 weekly sessions from next week. */
  upcoming?: string[];
  completeBy?: string;
  expected: Partial<StandingResult>;
}

const scenarios: Record<string, Scenario> = {
  // Completion.
  '12 present → eligible to complete, finished last week': {
    entries: history(...times(12, 'present')),
    expected: {
      standing: 'eligible_to_complete',
      reasons: ['sessions_complete'],
      creditedSessions: 12,
      remaining: 0,
      attended: 12,
      anticipatedCompletionDate: day(-7),
    },
  },
  '13 present → still eligible, nothing remaining': {
    entries: history(...times(13, 'present')),
    expected: { standing: 'eligible_to_complete', creditedSessions: 13, remaining: 0 },
  },
  'no marks yet, 12 sessions scheduled → on track, finishes at the 12th': {
    entries: [],
    expected: { standing: 'on_track', reasons: [], remaining: 12, anticipatedCompletionDate: day(84) },
  },
  '11 present, 3 sessions scheduled → on track, finishes next week': {
    entries: history(...times(11, 'present')),
    upcoming: weekly(3),
    expected: { standing: 'on_track', reasons: [], remaining: 1, anticipatedCompletionDate: day(7) },
  },
  '12 present, deadline long past → eligible all the same': {
    entries: history(...times(12, 'present')),
    completeBy: day(-60),
    upcoming: [],
    expected: { standing: 'eligible_to_complete', reasons: ['sessions_complete'] },
  },

  // Unexcused absences.
  '5 present, 1 unexcused → at risk: one more unexcused': {
    entries: history(...times(5, 'present'), 'unexcused'),
    expected: {
      standing: 'at_risk',
      reasons: ['one_more_unexcused'],
      creditedSessions: 5,
      unexcusedTotal: 1,
      anticipatedCompletionDate: day(49),
    },
  },
  '2 unexcused → pending discharge': {
    entries: history('unexcused', 'present', 'unexcused'),
    expected: { standing: 'pending_discharge', reasons: ['unexcused_limit_reached'], unexcusedTotal: 2 },
  },
  '1 unexcused and 1 refused entry → pending discharge': {
    entries: history('unexcused', 'refused_entry'),
    expected: {
      standing: 'pending_discharge',
      absences: { excused: 0, unexcused: 1, refusedEntry: 1, leftEarly: 0 },
      unexcusedTotal: 2,
    },
  },
  '12 present and 2 unexcused → pending discharge comes before completion': {
    entries: history(...times(12, 'present'), 'unexcused', 'unexcused'),
    expected: { standing: 'pending_discharge', reasons: ['unexcused_limit_reached'], creditedSessions: 12 },
  },
  'unexcused at a booked make-up → counts as unexcused': {
    entries: history('present', makeUp('unexcused')),
    expected: { standing: 'at_risk', reasons: ['one_more_unexcused'], unexcusedTotal: 1, madeUp: 0 },
  },

  // Lateness.
  '2 lates → 1 counted as unexcused → at risk, both sessions credited': {
    entries: history(late(15), late(20)),
    expected: {
      standing: 'at_risk',
      reasons: ['one_more_unexcused'],
      lates: 2,
      latesCountedAsUnexcused: 1,
      creditedSessions: 2,
      attended: 2,
    },
  },
  '3 lates → 1 counted': {
    entries: history(late(15), late(15), late(15)),
    expected: { standing: 'at_risk', lates: 3, latesCountedAsUnexcused: 1, unexcusedTotal: 1 },
  },
  '4 lates → 2 counted → pending discharge': {
    entries: history(late(15), late(15), late(15), late(15)),
    expected: { standing: 'pending_discharge', latesCountedAsUnexcused: 2, unexcusedTotal: 2 },
  },
  '1 late and 1 unexcused → at risk, one late alone counts for nothing yet': {
    entries: history(late(15), 'unexcused'),
    expected: { standing: 'at_risk', latesCountedAsUnexcused: 0, unexcusedTotal: 1 },
  },
  'late 35 min → refused entry, not a late': {
    entries: history(late(35)),
    expected: {
      standing: 'at_risk',
      reasons: ['one_more_unexcused'],
      absences: { excused: 0, unexcused: 0, refusedEntry: 1, leftEarly: 0 },
      lates: 0,
      creditedSessions: 0,
      attended: 0,
    },
  },
  'late 30 min, the refuse-entry minute itself → refused entry': {
    entries: history(late(30)),
    expected: { lates: 0, unexcusedTotal: 1, creditedSessions: 0 },
  },
  'late 29 min → a late, credited': {
    entries: history(late(29)),
    expected: { standing: 'on_track', lates: 1, creditedSessions: 1, attended: 1 },
  },
  'late 9 min → simply present': {
    entries: history(late(9)),
    expected: { standing: 'on_track', lates: 0, creditedSessions: 1, attended: 1 },
  },
  'late 10 min, the late minute itself → a late': {
    entries: history(late(10)),
    expected: { lates: 1, creditedSessions: 1 },
  },
  'late with no minutes recorded → a late, credited': {
    entries: history(late(undefined)),
    expected: { lates: 1, creditedSessions: 1 },
  },

  // Excused absences and leaving early.
  '3 excused → at risk: one more excused': {
    entries: history('excused', 'present', 'excused', 'excused'),
    expected: {
      standing: 'at_risk',
      reasons: ['one_more_excused'],
      absences: { excused: 3, unexcused: 0, refusedEntry: 0, leftEarly: 0 },
      creditedSessions: 1,
    },
  },
  '4 excused → pending discharge': {
    entries: history(...times(4, 'excused')),
    expected: { standing: 'pending_discharge', reasons: ['excused_limit_reached'] },
  },
  '2 unexcused and 4 excused → both limits reached': {
    entries: history(...times(2, 'unexcused'), ...times(4, 'excused')),
    expected: { standing: 'pending_discharge', reasons: ['unexcused_limit_reached', 'excused_limit_reached'] },
  },
  '1 unexcused and 3 excused → both warnings': {
    entries: history('unexcused', ...times(3, 'excused')),
    expected: { standing: 'at_risk', reasons: ['one_more_unexcused', 'one_more_excused'] },
  },
  'left early → no credit, counts towards neither limit': {
    entries: history('present', 'left_early'),
    expected: {
      standing: 'on_track',
      absences: { excused: 0, unexcused: 0, refusedEntry: 0, leftEarly: 1 },
      creditedSessions: 1,
      unexcusedTotal: 0,
    },
  },
  'excused absence made up the same day in another group → the make-up is credited': {
    entries: history({ status: 'excused', sessionDate: day(-7) }, { status: 'present', makeUp: true, sessionDate: day(-7) }),
    expected: { standing: 'on_track', creditedSessions: 1, madeUp: 1, attended: 1, anticipatedCompletionDate: day(77) },
  },

  // The schedule and the court's deadline.
  'finishing after the court deadline → at risk: deadline': {
    entries: [],
    completeBy: day(80),
    expected: { standing: 'at_risk', reasons: ['deadline_at_risk'], anticipatedCompletionDate: day(84) },
  },
  'finishing on the deadline day → on track': {
    entries: [],
    completeBy: day(84),
    expected: { standing: 'on_track', reasons: [] },
  },
  'only 10 sessions scheduled for 12 needed → at risk: not enough sessions': {
    entries: [],
    upcoming: weekly(10),
    expected: { standing: 'at_risk', reasons: ['not_enough_sessions_scheduled'], anticipatedCompletionDate: null },
  },
  'not enough sessions and a deadline → both reasons': {
    entries: [],
    upcoming: weekly(10),
    completeBy: day(365),
    expected: { standing: 'at_risk', reasons: ['deadline_at_risk', 'not_enough_sessions_scheduled'] },
  },
  'scheduled dates already past are left out': {
    entries: history('present'),
    upcoming: [day(-3), ...weekly(10)],
    expected: { standing: 'at_risk', reasons: ['not_enough_sessions_scheduled'], anticipatedCompletionDate: null },
  },
  "today's session still counts as upcoming": {
    entries: history('present'),
    upcoming: [today, ...weekly(10)],
    expected: { standing: 'on_track', anticipatedCompletionDate: day(70) },
  },
  'scheduled dates given out of order → read in date order': {
    entries: [],
    upcoming: weekly(12).reverse(),
    expected: { anticipatedCompletionDate: day(84) },
  },

  // Other policies.
  'session credit 2: 6 present → eligible': {
    policy: { sessionCredit: 2 },
    entries: history(...times(6, 'present')),
    expected: { standing: 'eligible_to_complete', creditedSessions: 12, attended: 6 },
  },
  'session credit 2: 3 present → finishes at the 3rd scheduled session': {
    policy: { sessionCredit: 2 },
    entries: history(...times(3, 'present')),
    expected: { standing: 'on_track', remaining: 6, anticipatedCompletionDate: day(21) },
  },
  'session credit 2, 11 required: 5 present → one more session': {
    policy: { sessionCredit: 2, sessionsRequired: 11 },
    entries: history(...times(5, 'present')),
    expected: { remaining: 1, anticipatedCompletionDate: day(7) },
  },
  'absences must be made up (default): 11 present and 1 excused → not yet': {
    entries: history(...times(11, 'present'), 'excused'),
    expected: { standing: 'on_track', creditedSessions: 11, remaining: 1 },
  },
  'absences need not be made up: 11 present and 1 excused → eligible': {
    policy: { absencesMustBeMadeUp: false },
    entries: history(...times(11, 'present'), 'excused'),
    expected: { standing: 'eligible_to_complete', creditedSessions: 12, anticipatedCompletionDate: day(-7) },
  },
  'absences need not be made up: an excused make-up earns nothing': {
    policy: { absencesMustBeMadeUp: false },
    entries: history(...times(11, 'present'), makeUp('excused')),
    expected: { standing: 'on_track', creditedSessions: 11 },
  },
  'absences need not be made up: unexcused still earns nothing': {
    policy: { absencesMustBeMadeUp: false },
    entries: history(...times(11, 'present'), 'unexcused'),
    expected: { standing: 'at_risk', creditedSessions: 11 },
  },
  'lateness never counts (0): 6 lates → none counted, on track': {
    policy: { latesPerUnexcusedAbsence: 0 },
    entries: history(...times(6, late(20))),
    expected: { standing: 'on_track', lates: 6, latesCountedAsUnexcused: 0, creditedSessions: 6 },
  },
  '3 lates per absence: 5 lates → 1 counted': {
    policy: { latesPerUnexcusedAbsence: 3 },
    entries: history(...times(5, late(20))),
    expected: { standing: 'at_risk', latesCountedAsUnexcused: 1 },
  },
  'make-ups allowed (default): 11 present and 1 make-up → eligible': {
    entries: history(...times(11, 'present'), makeUp('present')),
    expected: { standing: 'eligible_to_complete', madeUp: 1, creditedSessions: 12 },
  },
  'make-ups not allowed: 11 present and 1 make-up → not eligible': {
    policy: { makeUpsAllowed: false },
    entries: history(...times(11, 'present'), makeUp('present')),
    expected: { standing: 'on_track', madeUp: 0, creditedSessions: 11, attended: 12 },
  },
  'make-ups not allowed: a late make-up earns nothing but is still a late': {
    policy: { makeUpsAllowed: false },
    entries: history(makeUp('late', 15)),
    expected: { creditedSessions: 0, lates: 1, attended: 1 },
  },
  'refuse entry after 15 min: late 20 → refused entry': {
    policy: { refuseEntryAfterMinutes: 15 },
    entries: history(late(20)),
    expected: { lates: 0, absences: { excused: 0, unexcused: 0, refusedEntry: 1, leftEarly: 0 } },
  },
  'refuse entry after 5, late after 10: late 7 → refused entry (refusal judged first)': {
    policy: { refuseEntryAfterMinutes: 5, lateAfterMinutes: 10 },
    entries: history(late(7)),
    expected: { lates: 0, creditedSessions: 0, unexcusedTotal: 1 },
  },
  'unexcused limit 1: no absences → on track (no warning before a first absence)': {
    policy: { pendingDischargeAtUnexcused: 1 },
    entries: history('present'),
    expected: { standing: 'on_track', reasons: [] },
  },
  'unexcused limit 1: 1 unexcused → pending discharge': {
    policy: { pendingDischargeAtUnexcused: 1 },
    entries: history('present', 'unexcused'),
    expected: { standing: 'pending_discharge', reasons: ['unexcused_limit_reached'] },
  },
  'unexcused limit 3: 1 unexcused → on track': {
    policy: { pendingDischargeAtUnexcused: 3 },
    entries: history('unexcused'),
    expected: { standing: 'on_track' },
  },
  'unexcused limit 3: 2 unexcused → at risk': {
    policy: { pendingDischargeAtUnexcused: 3 },
    entries: history('unexcused', 'unexcused'),
    expected: { standing: 'at_risk', reasons: ['one_more_unexcused'] },
  },
  'excused limit 1: 1 excused → pending discharge': {
    policy: { pendingDischargeAtExcused: 1 },
    entries: history('excused'),
    expected: { standing: 'pending_discharge', reasons: ['excused_limit_reached'] },
  },
};

function inputOf(scenario: Scenario): StandingInput {
  return {
    policy: policyWith(scenario.policy ?? {}),
    entries: scenario.entries,
    upcomingSessionDates: scenario.upcoming ?? weekly(12),
    today,
    completeBy: scenario.completeBy,
  };
}

describe('standing: scenarios', () => {
  it.each(Object.entries(scenarios))('%s', (_name, scenario) => {
    expect(computeStanding(inputOf(scenario))).toMatchObject(scenario.expected);
  });

  it('cover every standing and every reason code', () => {
    const expectations = Object.values(scenarios).map((scenario) => scenario.expected);
    const standingsSeen = new Set(expectations.map((expected) => expected.standing));
    const reasonsSeen = new Set(expectations.flatMap((expected) => expected.reasons ?? []));
    expect([...standingsBySeverity].filter((standing) => !standingsSeen.has(standing))).toEqual([]);
    expect(standingReasons.filter((reason) => !reasonsSeen.has(reason))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Credit for one mark, every status, own group and make-up, under the policies that matter.

const mustMakeUp = defaultStreamPolicy;
const excusedCounts = policyWith({ absencesMustBeMadeUp: false });
const noMakeUps = policyWith({ makeUpsAllowed: false });
const doubleCredit = policyWith({ sessionCredit: 2 });

const credits: [string, AttendanceEntry, StreamPolicy, number][] = [
  ['present', { sessionDate: today, status: 'present', makeUp: false }, mustMakeUp, 1],
  ['present, session credit 2', { sessionDate: today, status: 'present', makeUp: false }, doubleCredit, 2],
  ['late 15 min', { sessionDate: today, status: 'late', minutesLate: 15, makeUp: false }, mustMakeUp, 1],
  ['late 15 min, session credit 2', { sessionDate: today, status: 'late', minutesLate: 15, makeUp: false }, doubleCredit, 2],
  ['late 30 min (refused)', { sessionDate: today, status: 'late', minutesLate: 30, makeUp: false }, mustMakeUp, 0],
  ['left early', { sessionDate: today, status: 'left_early', makeUp: false }, mustMakeUp, 0],
  ['left early, absences need not be made up', { sessionDate: today, status: 'left_early', makeUp: false }, excusedCounts, 0],
  ['excused, must be made up', { sessionDate: today, status: 'excused', makeUp: false }, mustMakeUp, 0],
  ['excused, need not be made up', { sessionDate: today, status: 'excused', makeUp: false }, excusedCounts, 1],
  ['excused make-up, need not be made up', { sessionDate: today, status: 'excused', makeUp: true }, excusedCounts, 0],
  ['unexcused', { sessionDate: today, status: 'unexcused', makeUp: false }, excusedCounts, 0],
  ['refused entry', { sessionDate: today, status: 'refused_entry', makeUp: false }, excusedCounts, 0],
  ['present make-up, allowed', { sessionDate: today, status: 'present', makeUp: true }, mustMakeUp, 1],
  ['late make-up, allowed', { sessionDate: today, status: 'late', minutesLate: 12, makeUp: true }, mustMakeUp, 1],
  ['present make-up, not allowed', { sessionDate: today, status: 'present', makeUp: true }, noMakeUps, 0],
  ['late make-up, not allowed', { sessionDate: today, status: 'late', minutesLate: 12, makeUp: true }, noMakeUps, 0],
];

describe('creditFor', () => {
  it.each(credits)('%s', (_name, entry, policy, expected) => {
    expect(creditFor(entry, policy)).toBe(expected);
  });
});

describe('standingSeverity', () => {
  it('orders standings from eligible to pending discharge', () => {
    const order: Standing[] = ['eligible_to_complete', 'on_track', 'at_risk', 'pending_discharge'];
    expect(order.map(standingSeverity)).toEqual([0, 1, 2, 3]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over generated histories and generated policies.

type IntSetting = {
  [K in keyof StreamPolicy]: StreamPolicy[K] extends number ? K : never;
}[keyof StreamPolicy];

/** Any value the schema allows for an integer setting: the bounds come from the schema itself. */
function settingArb(setting: IntSetting): fc.Arbitrary<number> {
  const field = StreamPolicy.shape[setting].unwrap();
  return fc.integer({ min: field.minValue ?? 0, max: field.maxValue ?? 1_000 });
}

const policyArb: fc.Arbitrary<StreamPolicy> = fc
  .record({
    sessionsRequired: settingArb('sessionsRequired'),
    sessionCredit: settingArb('sessionCredit'),
    pendingDischargeAtUnexcused: settingArb('pendingDischargeAtUnexcused'),
    pendingDischargeAtExcused: settingArb('pendingDischargeAtExcused'),
    absencesMustBeMadeUp: fc.boolean(),
    lateAfterMinutes: settingArb('lateAfterMinutes'),
    latesPerUnexcusedAbsence: settingArb('latesPerUnexcusedAbsence'),
    refuseEntryAfterMinutes: settingArb('refuseEntryAfterMinutes'),
    makeUpsAllowed: fc.boolean(),
  })
  .map((settings) => StreamPolicy.parse(settings));

/** Dates within about four months of today, so that marks and sessions often share a day. */
const dateArb = fc.integer({ min: -70, max: 70 }).map(day);

const entryArb: fc.Arbitrary<AttendanceEntry> = fc.record({
  sessionDate: dateArb,
  status: fc.constantFrom(...attendanceStatuses),
  minutesLate: fc.option(
    fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)),
    { nil: undefined },
  ),
  makeUp: fc.boolean(),
});

const inputArb: fc.Arbitrary<StandingInput> = fc.record({
  policy: policyArb,
  entries: fc.array(entryArb, { maxLength: 40 }),
  upcomingSessionDates: fc.array(dateArb, { maxLength: 40 }),
  today: dateArb,
  completeBy: fc.option(dateArb, { nil: undefined }),
});

const runs = { numRuns: 400 };

/** A mark of the given status, on a generated date, own group or make-up. */
const markArb = (status: AttendanceStatus) =>
  fc.record({ sessionDate: dateArb, status: fc.constant(status), makeUp: fc.boolean() });

/**
 * How the policy judges a mark, written out independently of the rules file: the count it goes
 * into. A late at or after the refuse-entry minute is a refused entry; under the late minute it is
 * present; unknown minutes leave it a late.
 */
function judged(entry: AttendanceEntry, policy: StreamPolicy): AttendanceStatus {
  if (entry.status !== 'late' || entry.minutesLate === undefined || Number.isNaN(entry.minutesLate)) {
    return entry.status;
  }
  if (entry.minutesLate >= policy.refuseEntryAfterMinutes) return 'refused_entry';
  if (entry.minutesLate < policy.lateAfterMinutes) return 'present';
  return 'late';
}

describe('standing: properties', () => {
  it('credits at most sessionCredit per mark, in whole sessions, the sum of creditFor', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        const { sessionCredit } = input.policy;
        expect(result.creditedSessions).toBeLessThanOrEqual(input.entries.length * sessionCredit);
        expect(result.creditedSessions % sessionCredit).toBe(0);
        const sum = input.entries.reduce((total, entry) => total + creditFor(entry, input.policy), 0);
        expect(result.creditedSessions).toBe(sum);
        expect(result.madeUp).toBeLessThanOrEqual(input.entries.filter((entry) => entry.makeUp).length);
      }),
      runs,
    );
  });

  it('never leaves a negative remainder, and remaining + credited covers the requirement', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        expect(result.remaining).toBeGreaterThanOrEqual(0);
        expect(result.remaining + result.creditedSessions).toBeGreaterThanOrEqual(input.policy.sessionsRequired);
        expect(result.remaining).toBe(Math.max(0, input.policy.sessionsRequired - result.creditedSessions));
        expect(result.sessionsRequired).toBe(input.policy.sessionsRequired);
      }),
      runs,
    );
  });

  it('adding a present mark never lowers credit nor worsens standing; eligible stays eligible', () => {
    fc.assert(
      fc.property(inputArb, markArb('present'), (input, mark) => {
        const before = computeStanding(input);
        const after = computeStanding({ ...input, entries: [...input.entries, mark] });
        expect(after.creditedSessions).toBeGreaterThanOrEqual(before.creditedSessions);
        expect(standingSeverity(after.standing)).toBeLessThanOrEqual(standingSeverity(before.standing));
        if (before.standing === 'eligible_to_complete') expect(after.standing).toBe('eligible_to_complete');
      }),
      runs,
    );
  });

  it('adding an unexcused mark never improves standing nor adds credit', () => {
    fc.assert(
      fc.property(inputArb, markArb('unexcused'), (input, mark) => {
        const before = computeStanding(input);
        const after = computeStanding({ ...input, entries: [...input.entries, mark] });
        expect(standingSeverity(after.standing)).toBeGreaterThanOrEqual(standingSeverity(before.standing));
        expect(after.creditedSessions).toBe(before.creditedSessions);
        expect(after.unexcusedTotal).toBe(before.unexcusedTotal + 1);
      }),
      runs,
    );
  });

  it('is pending discharge exactly when a limit is reached', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        const { policy } = input;
        const limitReached =
          result.unexcusedTotal >= policy.pendingDischargeAtUnexcused ||
          result.absences.excused >= policy.pendingDischargeAtExcused;
        expect(result.standing === 'pending_discharge').toBe(limitReached);
      }),
      runs,
    );
  });

  it('is eligible exactly when no limit is reached and the requirement is met', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        const pending = result.standing === 'pending_discharge';
        expect(result.standing === 'eligible_to_complete').toBe(
          !pending && result.creditedSessions >= input.policy.sessionsRequired,
        );
      }),
      runs,
    );
  });

  it('explains every standing but on track, with reasons of that standing only', () => {
    const reasonsOf: Record<Standing, StandingReason[]> = {
      pending_discharge: ['unexcused_limit_reached', 'excused_limit_reached'],
      eligible_to_complete: ['sessions_complete'],
      at_risk: ['one_more_unexcused', 'one_more_excused', 'deadline_at_risk', 'not_enough_sessions_scheduled'],
      on_track: [],
    };
    fc.assert(
      fc.property(inputArb, (input) => {
        const { standing, reasons } = computeStanding(input);
        expect(reasons.length === 0).toBe(standing === 'on_track');
        for (const reason of reasons) expect(reasonsOf[standing]).toContain(reason);
        expect(new Set(reasons).size).toBe(reasons.length);
      }),
      runs,
    );
  });

  it('does not depend on the order of marks or of scheduled dates', () => {
    const shuffledArb = inputArb.chain((input) =>
      fc.record({
        input: fc.constant(input),
        entries: fc.shuffledSubarray(input.entries, {
          minLength: input.entries.length,
          maxLength: input.entries.length,
        }),
        upcoming: fc.shuffledSubarray(input.upcomingSessionDates, {
          minLength: input.upcomingSessionDates.length,
          maxLength: input.upcomingSessionDates.length,
        }),
      }),
    );
    fc.assert(
      fc.property(shuffledArb, ({ input, entries, upcoming }) => {
        const shuffled = computeStanding({ ...input, entries, upcomingSessionDates: upcoming });
        expect(shuffled).toEqual(computeStanding(input));
      }),
      runs,
    );
  });

  it('anticipates completion on a credited mark, a scheduled session from today, or not at all', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        const date = result.anticipatedCompletionDate;
        if (result.remaining === 0) {
          const creditedDates = input.entries
            .filter((entry) => creditFor(entry, input.policy) > 0)
            .map((entry) => entry.sessionDate)
            .sort();
          expect(date).toBe(creditedDates.at(-1));
        } else if (date !== null) {
          expect(input.upcomingSessionDates).toContain(date);
          expect(date >= input.today).toBe(true);
          const before = input.upcomingSessionDates.filter((d) => d >= input.today && d <= date).length;
          expect(before * input.policy.sessionCredit).toBeGreaterThanOrEqual(result.remaining);
        } else {
          const usable = input.upcomingSessionDates.filter((d) => d >= input.today).length;
          expect(usable * input.policy.sessionCredit).toBeLessThan(result.remaining);
        }
      }),
      runs,
    );
  });

  it('counts every mark exactly once, as the policy judges it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeStanding(input);
        const { absences } = result;
        expect(
          result.attended + absences.excused + absences.unexcused + absences.refusedEntry + absences.leftEarly,
        ).toBe(input.entries.length);

        const count = (status: AttendanceStatus) =>
          input.entries.filter((entry) => judged(entry, input.policy) === status).length;
        expect(result.attended).toBe(count('present') + count('late'));
        expect(result.lates).toBe(count('late'));
        expect(absences).toEqual({
          excused: count('excused'),
          unexcused: count('unexcused'),
          refusedEntry: count('refused_entry'),
          leftEarly: count('left_early'),
        });
        const per = input.policy.latesPerUnexcusedAbsence;
        expect(result.latesCountedAsUnexcused).toBe(per === 0 ? 0 : Math.floor(result.lates / per));
        expect(result.unexcusedTotal).toBe(absences.unexcused + absences.refusedEntry + result.latesCountedAsUnexcused);
      }),
      runs,
    );
  });
});
