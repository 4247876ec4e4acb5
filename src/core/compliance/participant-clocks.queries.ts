import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { terminalStates } from '../participants/case-lifecycle.rules.js';
import type { Period } from '../statistics/statistics-period.js';

/*
 * The participant-side clocks' facts, read in a transaction that holds the participant
 * compartment alone (row-level security keeps it to the agency; the joins still name the
 * agency, as the tables are keyed by it). Ids and days only: no name is read here.
 */

export interface IntakeClockFact {
  participantId: string;
  receivedOn: string;
  /** The day of the first intake assessment completed on or after the referral. */
  assessedOn: string | null;
}

/**
 * Each referral on the intake clock — received or accepted; a returned referral and a duplicate
 * are not, as on the intake worklist — and the intake that stopped its clock. A referral whose
 * case closed without an intake stopped without one and is left out.
 */
export async function findIntakeClockFacts(db: Kysely<DB>, timeZone: string): Promise<IntakeClockFact[]> {
  const rows = await sql<{ participant_id: string; received_on: string; assessed_on: string | null; case_state: string }>`
    select r.participant_id, timezone(${timeZone}, r.received_at)::date::text as received_on, p.case_state,
      (select min(timezone(${timeZone}, a.completed_at)::date)::text from intake_assessment a
        where a.agency_id = r.agency_id and a.participant_id = r.participant_id and a.completed_at >= r.received_at) as assessed_on
    from referral r join participant p on p.agency_id = r.agency_id and p.id = r.participant_id
    where r.status in ('received', 'accepted')`.execute(db);
  const closed = new Set<string>(terminalStates);
  return rows.rows
    .filter((row) => row.assessed_on !== null || !closed.has(row.case_state))
    .map((row) => ({ participantId: row.participant_id, receivedOn: row.received_on, assessedOn: row.assessed_on }));
}

export interface ReportClockFact {
  participantId: string;
  closedOn: string;
  /** The stream of the latest placement (a stream may have its own report deadline). */
  streamId: string | null;
  /** The day the report was first delivered, and the day it was acknowledged. */
  sentOn: string | null;
  acknowledgedOn: string | null;
}

/** Every completed or discharged case's latest closing, with its report's first delivery and acknowledgement. */
export async function findReportClockFacts(db: Kysely<DB>, timeZone: string): Promise<ReportClockFact[]> {
  const rows = await sql<{ participant_id: string; closed_on: string; stream_id: string | null; sent_on: string | null; acknowledged_on: string | null }>`
    select p.id as participant_id, timezone(${timeZone}, t.occurred_at)::date::text as closed_on, pl.stream_id,
      d.delivered_on::text as sent_on, k.acknowledged_on::text as acknowledged_on
    from participant p
    join lateral (select id, occurred_at from case_transition ct where ct.agency_id = p.agency_id and ct.participant_id = p.id and ct.to_state = p.case_state order by ct.occurred_at desc limit 1) t on true
    left join lateral (select g.stream_id from enrolment e join group_cycle g on g.agency_id = e.agency_id and g.id = e.group_id
      where e.agency_id = p.agency_id and e.participant_id = p.id order by e.enrolled_at desc limit 1) pl on true
    left join court_report cr on cr.agency_id = p.agency_id and cr.transition_id = t.id
    left join lateral (select rd.delivered_on from report_delivery rd where rd.agency_id = cr.agency_id and rd.report_id = cr.id order by rd.recorded_at limit 1) d on true
    left join report_ack k on k.agency_id = cr.agency_id and k.report_id = cr.id
    where p.case_state in ('completed', 'discharged')`.execute(db);
  return rows.rows.map((row) => ({ participantId: row.participant_id, closedOn: row.closed_on, streamId: row.stream_id, sentOn: row.sent_on, acknowledgedOn: row.acknowledged_on }));
}

export interface GroupSizeFact {
  groupId: string;
  groupName: string;
  policy: unknown;
  sessionDay: string;
  enrolled: number;
}

/**
 * Each group that held a session in the period (not cancelled, started by now): its latest such
 * session and how many participants were enrolled at its start.
 */
export async function findGroupSizeFacts(db: Kysely<DB>, period: Period, now: Date): Promise<GroupSizeFact[]> {
  const rows = await sql<{ group_id: string; group_name: string; policy: unknown; session_day: string; enrolled: number }>`
    select g.id as group_id, g.name as group_name, ps.policy, s.local_date::text as session_day,
      (select count(*) from enrolment e where e.agency_id = g.agency_id and e.group_id = g.id and e.enrolled_at <= s.starts_at
        and (e.ended_at is null or e.ended_at > s.starts_at))::int as enrolled
    from group_cycle g
    join program_stream ps on ps.agency_id = g.agency_id and ps.id = g.stream_id
    join lateral (select gs.local_date, gs.starts_at from group_session gs where gs.agency_id = g.agency_id and gs.group_id = g.id
      and gs.status = 'scheduled' and gs.starts_at <= ${now} and gs.local_date >= ${period.from}::date and gs.local_date <= ${period.to}::date
      order by gs.starts_at desc limit 1) s on true`.execute(db);
  return rows.rows.map((row) => ({ groupId: row.group_id, groupName: row.group_name, policy: row.policy, sessionDay: row.session_day, enrolled: Number(row.enrolled) }));
}

/** Participants' names and court file numbers (latest referral's), for the items about to be shown. */
export async function findParticipantNames(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, { name: string; fileNumber: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: string; name: string; file_number: string | null }>`
    select p.id, p.given_name || ' ' || p.family_name as name,
      (select r.court_file_number from referral r where r.agency_id = p.agency_id and r.participant_id = p.id and r.court_file_number is not null order by r.received_at desc limit 1) as file_number
    from participant p where p.id = any(${sql.val([...ids])}::uuid[])`.execute(db);
  return new Map(rows.rows.map((row) => [row.id, { name: row.name, fileNumber: row.file_number }]));
}
