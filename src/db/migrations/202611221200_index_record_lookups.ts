import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the remaining reads of a record's rows by the record they belong to (issue #10).
 * Found on a hundred times Toronto's yearly volume in one agency (`pars seed --scale 100`): the
 * participant file read a referral's conditions by scanning every condition of the agency (84,000
 * rows, 6 ms, growing with the agency's history). A test (migrate.test.ts) now requires an index
 * for every foreign key to a record that grows with an agency (participant, partner, referral,
 * session, contact), so the next such table cannot be added without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index referral_condition_referral on referral_condition (agency_id, referral_id)`.execute(db);
  await sql`create index case_safety_concern_participant on case_safety_concern (agency_id, participant_id)`.execute(db);
  await sql`create index completion_review_participant on completion_review (agency_id, participant_id)`.execute(db);
  await sql`create index session_concern_session on session_concern (agency_id, session_id)`.execute(db);
  await sql`create index session_concern_participant on session_concern (agency_id, participant_id)`.execute(db);
  await sql`create index session_note_session on session_note (agency_id, session_id)`.execute(db);
  await sql`create index partner_child_partner on partner_child (agency_id, partner_id)`.execute(db);
  await sql`create index partner_letter_partner on partner_letter (agency_id, partner_id)`.execute(db);
  await sql`create index notice_delivery_contact on notice_delivery (agency_id, contact_id)`.execute(db);
  await sql`create index audit_grant_file_participant on audit_grant_file (agency_id, participant_id)`.execute(db);
  await sql`create index audit_partner_opening_partner on audit_partner_opening (agency_id, partner_id)`.execute(db);
}
