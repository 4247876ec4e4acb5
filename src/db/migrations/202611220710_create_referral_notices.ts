import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Interim non-compliance notices to the referral source (issue #9): while the case is open, the
 * manager tells the court, probation or the Crown of a threat made in the program or of a pending
 * discharge. A notice is written, signed and sent in one act: its content is frozen at once
 * (encrypted: it may hold the manager's details), with how it was delivered. Participant
 * compartment; never partner data. Insert only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referral_notice (
      agency_id uuid not null references agency (id),
      id uuid not null,
      participant_id uuid not null,
      reason text not null check (reason in ('threat', 'pending_discharge')),
      event_on date not null,
      language text not null check (language in ('en', 'fr')),
      content_encrypted text not null,
      signed_name text not null check (length(trim(signed_name)) between 1 and 200),
      signed_on date not null,
      signed_at timestamptz not null,
      signed_by uuid,
      method text not null check (method in ('email', 'fax', 'portal', 'hand', 'mail')),
      to_address text check (to_address is null or length(to_address) <= 254),
      delivered_on date not null,
      idempotency_key text not null check (length(idempotency_key) between 8 and 100),
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      check ((method = 'email') = (to_address is not null))
    )`.execute(db);
  await sql`create index referral_notice_participant on referral_notice (agency_id, participant_id, signed_at)`.execute(db);
  await enableCompartmentIsolation(db, 'referral_notice', 'participant');
  await grantToApp(db, 'referral_notice', ['select', 'insert']);
}
