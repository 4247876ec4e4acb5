import { type Kysely, sql } from 'kysely';

/**
 * Indexes for reading one participant's (or partner's) rows within an agency (issue #10, found by
 * the benchmarks' EXPLAIN: bench/results/explain-1x-before-indexes.txt). Without them each lookup
 * scanned all of the agency's rows of the table: the intake worklist read every referral of the
 * agency once per waiting person (207 × 2,454 rows at Toronto's size), the participant file and
 * each mark of a roster read consents, assessments, transitions and referrals the same way, so
 * their cost grew with the agency. agency_id leads every index (row-level security filters on it
 * and a Citus cluster distributes by it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index referral_participant on referral (agency_id, participant_id, received_at desc)`.execute(db);
  await sql`create index case_transition_participant on case_transition (agency_id, participant_id, occurred_at)`.execute(db);
  await sql`create index consent_participant on consent (agency_id, participant_id)`.execute(db);
  await sql`create index intake_assessment_participant on intake_assessment (agency_id, participant_id, completed_at desc)`.execute(db);
  await sql`create index intake_appointment_participant on intake_appointment (agency_id, participant_id)`.execute(db);
  await sql`create index session_note_participant on session_note (agency_id, participant_id)`.execute(db);
  await sql`create index partner_handoff_participant on partner_handoff (agency_id, participant_id)`.execute(db);
  await sql`create index partner_notice_partner on partner_notice (agency_id, partner_id)`.execute(db);
  await sql`create index notice_delivery_partner on notice_delivery (agency_id, partner_id)`.execute(db);
}
