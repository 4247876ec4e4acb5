import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Intake: the appointment (a site's time zone decides its local time), the assessment as a
 * versioned form, and the consents, each signed and dated. Plus the agency's intake clock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table agency_setting add column intake_due_days integer not null default 14
    check (intake_due_days between 1 and 120)`.execute(db);

  await sql`
    create table intake_appointment (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      site_id uuid,
      mode text not null check (mode in ('in_person', 'phone', 'virtual')),
      starts_at timestamptz not null,
      time_zone text not null,
      duration_minutes integer not null default 60 check (duration_minutes between 15 and 240),
      status text not null default 'booked' check (status in ('booked', 'attended', 'missed', 'cancelled')),
      booked_at timestamptz not null,
      booked_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      foreign key (agency_id, site_id) references site (agency_id, id),
      check (mode <> 'in_person' or site_id is not null)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'intake_appointment', 'participant');
  await grantToApp(db, 'intake_appointment', ['select', 'insert', 'update']);

  await sql`
    create table intake_assessment (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      form_version text not null,
      answers jsonb not null,
      suitability text not null check (suitability in ('suitable', 'unsuitable')),
      reasons text check (reasons is null or length(reasons) <= 4000),
      completed_at timestamptz not null,
      completed_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'intake_assessment', 'participant');
  await grantToApp(db, 'intake_assessment', ['select', 'insert']);

  await sql`
    create table consent (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      kind text not null check (kind in ('limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement')),
      form_version text not null,
      method text not null check (method in ('typed_name', 'drawn', 'ticked')),
      signed_name text not null check (length(trim(signed_name)) between 1 and 200),
      signature_svg text check (signature_svg is null or length(signature_svg) <= 200000),
      signed_at timestamptz not null,
      witnessed_by uuid,
      withdrawn_at timestamptz,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'consent', 'participant');
  await grantToApp(db, 'consent', ['select', 'insert', 'update']);
}
