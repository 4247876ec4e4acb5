import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Program completion / non-completion reports to the referral source (issue #9), in the
 * participant compartment: nothing here ever holds partner data (only the categories and days of
 * the case's safety concerns the manager ticks, copied into the signed snapshot).
 *
 * - `court_report`: one per closing of a case (the `complete` or `discharge` transition):
 *   draft → signed → sent, version-checked. The facilitator's observations are encrypted; at
 *   signing the whole content is frozen as an encrypted JSON snapshot, so what was signed is what
 *   is printed and sent, whatever changes later.
 * - `report_delivery`: each sending (by email through the outbox, or recorded by hand: fax,
 *   portal, hand, mail); an idempotency key makes a double submit one delivery.
 * - `report_ack`: the referral source's acknowledgement, one per report.
 * - `report_setting`, `report_stream_deadline` (tenant): business days to send a report after the
 *   case closes (per stream, else the agency's, default 5) and before an unacknowledged report is
 *   escalated (default 10).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table court_report (
      agency_id uuid not null references agency (id),
      id uuid not null,
      participant_id uuid not null,
      transition_id uuid not null,
      kind text not null check (kind in ('completion', 'non_completion')),
      status text not null default 'draft' check (status in ('draft', 'signed', 'sent')),
      language text not null check (language in ('en', 'fr')),
      observations_encrypted text,
      concern_ids text[] not null default '{}',
      content_encrypted text,
      signed_name text check (signed_name is null or length(trim(signed_name)) between 1 and 200),
      signed_on date,
      signed_at timestamptz,
      signed_by uuid,
      created_at timestamptz not null,
      created_by uuid,
      updated_at timestamptz not null,
      updated_by uuid,
      version integer not null default 1 check (version >= 1),
      primary key (agency_id, id),
      unique (agency_id, transition_id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      foreign key (agency_id, transition_id) references case_transition (agency_id, id),
      check ((status = 'draft') = (content_encrypted is null)),
      check (status = 'draft' or (signed_name is not null and signed_on is not null and signed_at is not null))
    )`.execute(db);
  await sql`create index court_report_participant on court_report (agency_id, participant_id)`.execute(db);
  await enableCompartmentIsolation(db, 'court_report', 'participant');
  await grantToApp(db, 'court_report', ['select', 'insert', 'update']);

  await sql`
    create table report_delivery (
      agency_id uuid not null,
      id uuid not null,
      report_id uuid not null,
      method text not null check (method in ('email', 'fax', 'portal', 'hand', 'mail')),
      to_address text check (to_address is null or length(to_address) <= 254),
      delivered_on date not null,
      idempotency_key text not null check (length(idempotency_key) between 8 and 100),
      recorded_at timestamptz not null,
      recorded_by uuid,
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      foreign key (agency_id, report_id) references court_report (agency_id, id),
      check ((method = 'email') = (to_address is not null))
    )`.execute(db);
  await sql`create index report_delivery_report on report_delivery (agency_id, report_id)`.execute(db);
  await enableCompartmentIsolation(db, 'report_delivery', 'participant');
  await grantToApp(db, 'report_delivery', ['select', 'insert']);

  await sql`
    create table report_ack (
      agency_id uuid not null,
      report_id uuid not null,
      acknowledged_on date not null,
      acknowledged_by text check (acknowledged_by is null or length(trim(acknowledged_by)) between 1 and 200),
      method text not null check (method in ('email', 'phone', 'fax', 'portal', 'letter', 'in_person')),
      recorded_at timestamptz not null,
      recorded_by uuid,
      primary key (agency_id, report_id),
      foreign key (agency_id, report_id) references court_report (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'report_ack', 'participant');
  await grantToApp(db, 'report_ack', ['select', 'insert']);

  await sql`
    create table report_setting (
      agency_id uuid not null references agency (id),
      due_business_days integer not null default 5 check (due_business_days between 1 and 60),
      ack_escalation_business_days integer not null default 10 check (ack_escalation_business_days between 1 and 60),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (agency_id)
    )`.execute(db);
  await enableTenantIsolation(db, 'report_setting');
  await grantToApp(db, 'report_setting', ['select', 'insert', 'update']);

  await sql`
    create table report_stream_deadline (
      agency_id uuid not null,
      stream_id uuid not null,
      due_business_days integer not null check (due_business_days between 1 and 60),
      primary key (agency_id, stream_id),
      foreign key (agency_id, stream_id) references program_stream (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'report_stream_deadline');
  await grantToApp(db, 'report_stream_deadline', ['select', 'insert', 'update', 'delete']);
}
