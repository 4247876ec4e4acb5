import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { computeStanding } from '../attendance/standing.rules.js';
import { readStreamPolicy } from '../programs/stream-policy.js';
import type { ReportContent } from './reports.schema.js';

/** The participant's latest group placement (ended when the case closed), with its stream. */
export async function latestPlacement(db: Kysely<DB>, participantId: string) {
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

/** What every document to the referral source says of the case, up to a day. */
export interface CaseBasics {
  agency: ReportContent['agency'];
  participant: ReportContent['participant'];
  referral: ReportContent['referral'];
  program: Omit<ReportContent['program'], 'endedOn'>;
  attendance: ReportContent['attendance'];
}

/**
 * The case as the referral source knows it, from the records that prove it: the participant's
 * identifiers, the latest referral's order details, the program, and attendance up to `today`
 * under the stream's policy (the standing rules). Nothing from the partner side.
 */
export async function gatherCaseBasics(db: Kysely<DB>, participantId: string, today: string): Promise<CaseBasics> {
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
    .where('s.local_date', '<=', today)
    .execute();
  const standing = computeStanding({
    policy: readStreamPolicy(placement?.policy),
    entries: marks.map((m) => ({ sessionDate: m.local_date, status: m.status, minutesLate: m.minutes_late ?? undefined, makeUp: m.make_up })),
    upcomingSessionDates: [],
    today,
  });
  const attendedDays = marks.filter((m) => m.status === 'present' || m.status === 'late').map((m) => m.local_date).sort();
  return {
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
    program: { name: placement?.name ?? '', nameFr: placement?.name_fr ?? placement?.name ?? '', groupName: placement?.group_name ?? null, startedOn: attendedDays[0] ?? null },
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
  };
}
