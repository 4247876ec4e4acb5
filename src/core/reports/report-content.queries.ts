import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeStanding } from '../attendance/standing.rules.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import { AppError } from '../shared/app-error.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { ReportContent } from './reports.schema.js';
import { reportKindFor } from './reports.rules.js';
import type { ReportKind } from './reports.tables.js';

/** The closing of a case a report is about: the transition that completed or discharged it. */
export interface CaseClosing {
  transitionId: string;
  kind: ReportKind;
  state: 'completed' | 'discharged';
  reasonCode: string | null;
  closedOn: string;
  streamId: string | null;
}

/**
 * The participant's closing, or null when the case is not completed or discharged now (the
 * newest transition into the current state). 404 when row-level security hides the participant.
 */
export async function findCaseClosing(db: Kysely<DB>, participantId: string, timeZone: string): Promise<CaseClosing | null> {
  const participant = await db.selectFrom('participant').select(['case_state']).where('id', '=', participantId).executeTakeFirst();
  if (!participant) throw new AppError('not_found', 'participants.not_found', {});
  if (!reportKindFor(participant.case_state)) return null;
  const transition = await db
    .selectFrom('case_transition')
    .select('id')
    .where('participant_id', '=', participantId)
    .where('to_state', '=', participant.case_state)
    .orderBy('occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return transition ? closingOfTransition(db, transition.id, timeZone) : null;
}

/** The closing a report is about, from its transition (a closed case never reopens). */
export async function closingOfTransition(db: Kysely<DB>, transitionId: string, timeZone: string): Promise<CaseClosing> {
  const transition = await db
    .selectFrom('case_transition')
    .select(['id', 'participant_id', 'to_state', 'reason_code', 'occurred_at'])
    .where('id', '=', transitionId)
    .executeTakeFirstOrThrow();
  const kind = reportKindFor(transition.to_state);
  if (!kind) throw new AppError('rule_violation', 'reports.not_eligible', { state: transition.to_state });
  const stream = await latestPlacement(db, transition.participant_id);
  return {
    transitionId: transition.id,
    kind,
    state: transition.to_state as 'completed' | 'discharged',
    reasonCode: transition.reason_code,
    closedOn: instantToZonedTime(transition.occurred_at, timeZone).slice(0, 10),
    streamId: stream?.stream_id ?? null,
  };
}

/** The participant's latest group placement (ended when the case closed), with its stream. */
async function latestPlacement(db: Kysely<DB>, participantId: string) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 'e.agency_id').onRef('g.id', '=', 'e.group_id'))
    .innerJoin('program_stream as ps', (join) => join.onRef('ps.agency_id', '=', 'g.agency_id').onRef('ps.id', '=', 'g.stream_id'))
    .select(['g.name as group_name', 'ps.id as stream_id', 'ps.name', 'ps.name_fr', 'ps.policy'])
    .where('e.participant_id', '=', participantId)
    .orderBy('e.enrolled_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Gathers what a report says from the records that prove it: the participant's identifiers, the
 * latest referral's order details, the program and its dates, attendance under the stream's
 * policy (the standing rules), the outcome and its coded reason, the observations and the ticked
 * concerns (category and day only: `case_safety_concern` never holds more).
 */
export async function gatherReportContent(
  db: Kysely<DB>,
  input: { participantId: string; closing: CaseClosing; observations: string | null; concernIds: readonly string[]; signature: ReportContent['signature'] },
): Promise<ReportContent> {
  const { participantId, closing } = input;
  const agency = await db.selectFrom('agency').select(['name', 'name_fr']).executeTakeFirstOrThrow();
  const person = await db.selectFrom('participant').select(['given_name', 'family_name', 'date_of_birth']).where('id', '=', participantId).executeTakeFirstOrThrow();
  const referral = await db
    .selectFrom('referral')
    .select(['source', 'stream', 'court_file_number', 'court_location', 'charges', 'order_date', 'complete_by', 'officer_name', 'officer_office'])
    .where('participant_id', '=', participantId)
    .where('status', 'in', ['accepted', 'received'])
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const placement = await latestPlacement(db, participantId);
  const marks = await db
    .selectFrom('attendance_mark as m')
    .innerJoin('group_session as s', (join) => join.onRef('s.agency_id', '=', 'm.agency_id').onRef('s.id', '=', 'm.session_id'))
    .select(['s.local_date', 'm.status', 'm.minutes_late', 'm.make_up'])
    .where('m.participant_id', '=', participantId)
    .where('s.status', '<>', 'cancelled')
    .execute();
  const standing = computeStanding({
    policy: readStreamPolicy(placement?.policy),
    entries: marks.map((m) => ({ sessionDate: m.local_date, status: m.status, minutesLate: m.minutes_late ?? undefined, makeUp: m.make_up })),
    upcomingSessionDates: [],
    today: closing.closedOn,
  });
  const attendedDays = marks.filter((m) => m.status === 'present' || m.status === 'late').map((m) => m.local_date).sort();
  const concerns = input.concernIds.length
    ? await db
        .selectFrom('case_safety_concern')
        .select(['category', 'occurred_on'])
        .where('participant_id', '=', participantId)
        .where('id', 'in', [...input.concernIds])
        .orderBy('occurred_on')
        .execute()
    : [];
  return {
    kind: closing.kind,
    agency: { name: agency.name, nameFr: agency.name_fr ?? agency.name },
    participant: { name: `${person.given_name} ${person.family_name}`, dateOfBirth: person.date_of_birth },
    referral: referral
      ? {
          source: referral.source,
          stream: referral.stream,
          courtFileNumber: referral.court_file_number,
          courtLocation: referral.court_location,
          charges: referral.charges,
          orderDate: referral.order_date,
          completeBy: referral.complete_by,
          officerName: referral.officer_name,
          officerOffice: referral.officer_office,
        }
      : null,
    program: {
      name: placement?.name ?? '',
      nameFr: placement?.name_fr ?? placement?.name ?? '',
      groupName: placement?.group_name ?? null,
      startedOn: attendedDays[0] ?? null,
      endedOn: closing.closedOn,
    },
    attendance: {
      attended: standing.attended,
      credited: standing.creditedSessions,
      required: standing.sessionsRequired,
      excused: standing.absences.excused,
      unexcused: standing.absences.unexcused,
      refusedEntry: standing.absences.refusedEntry,
      leftEarly: standing.absences.leftEarly,
      lates: standing.lates,
      madeUp: standing.madeUp,
    },
    outcome: { state: closing.state, reasonCode: closing.state === 'discharged' ? closing.reasonCode : null },
    observations: input.observations,
    concerns: concerns.map((c) => ({ category: c.category, occurredOn: c.occurred_on })),
    signature: input.signature,
  };
}
