import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Fees (issue #8): each stream's sliding-scale schedule in versions (a version is never changed:
 * a new one applies to assessments made from its effective date), the participant's fee
 * assessments (history kept, the newest is current), the ledger (insert only: corrections are
 * new entries), the agency's unbroken receipt sequence, its fee settings and its closed periods.
 * Schedules, settings, periods and the sequence are tenant data; assessments and ledger entries
 * are in the participant compartment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table fee_schedule (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      stream_id uuid not null,
      version integer not null check (version >= 1),
      effective_from date not null,
      private_session_fee_cents integer not null check (private_session_fee_cents between 0 and 10000000),
      created_at timestamptz not null default now(),
      created_by uuid,
      primary key (agency_id, id),
      unique (agency_id, stream_id, version),
      foreign key (agency_id, stream_id) references program_stream (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'fee_schedule');
  await grantToApp(db, 'fee_schedule', ['select', 'insert']);

  await sql`
    create table fee_band (
      agency_id uuid not null,
      schedule_id uuid not null,
      position integer not null check (position between 1 and 200),
      min_household_size integer not null check (min_household_size between 1 and 20),
      max_income_cents bigint check (max_income_cents is null or max_income_cents >= 0),
      total_fee_cents integer not null check (total_fee_cents between 0 and 10000000),
      primary key (agency_id, schedule_id, position),
      foreign key (agency_id, schedule_id) references fee_schedule (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'fee_band');
  await grantToApp(db, 'fee_band', ['select', 'insert']);

  await sql`
    create table fee_assessment (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      stream_id uuid not null,
      schedule_id uuid not null,
      household_size integer not null check (household_size between 1 and 20),
      annual_income_cents bigint not null check (annual_income_cents >= 0),
      schedule_fee_cents integer not null check (schedule_fee_cents >= 0),
      kind text not null check (kind in ('computed', 'negotiated', 'waived', 'subsidized')),
      total_fee_cents integer not null check (total_fee_cents >= 0),
      sessions_required integer not null check (sessions_required >= 1),
      private_session_fee_cents integer not null check (private_session_fee_cents >= 0),
      reason text check (reason is null or reason ~ '^[a-z_]{1,60}$'),
      approver_id uuid,
      assessed_at timestamptz not null,
      assessed_by uuid,
      -- The order assessments were made in: the newest is current.
      seq bigint generated always as identity,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      foreign key (agency_id, schedule_id) references fee_schedule (agency_id, id),
      check ((kind = 'computed') = (approver_id is null and reason is null)),
      check (kind <> 'waived' or total_fee_cents = 0)
    )`.execute(db);
  await sql`create index fee_assessment_participant on fee_assessment (agency_id, participant_id, assessed_at)`.execute(db);
  await enableCompartmentIsolation(db, 'fee_assessment', 'participant');
  await grantToApp(db, 'fee_assessment', ['select', 'insert']);

  await sql`
    create table ledger_entry (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      kind text not null check (kind in ('charge', 'payment', 'refund', 'correction')),
      charge_type text check (charge_type in ('program_fee', 'private_session')),
      method text check (method in ('cash', 'debit', 'credit', 'e_transfer', 'third_party')),
      payer_name text check (payer_name is null or length(trim(payer_name)) between 1 and 200),
      amount_cents integer not null check (amount_cents <> 0),
      effective_on date not null,
      receipt_number integer check (receipt_number >= 1),
      corrects_entry_id uuid,
      correction_reason text check (correction_reason is null or correction_reason ~ '^[a-z_]{1,60}$'),
      assessment_id uuid,
      idempotency_key text not null check (length(idempotency_key) between 8 and 100),
      recorded_at timestamptz not null,
      recorded_by uuid,
      -- The order entries were written in (a receipt's balance counts the entries up to it).
      seq bigint generated always as identity,
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      unique (agency_id, receipt_number),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      foreign key (agency_id, corrects_entry_id) references ledger_entry (agency_id, id),
      foreign key (agency_id, assessment_id) references fee_assessment (agency_id, id),
      check ((kind = 'charge') = (charge_type is not null)),
      check ((kind in ('payment', 'refund')) = (method is not null and receipt_number is not null)),
      check ((kind = 'correction') = (corrects_entry_id is not null and correction_reason is not null)),
      check (kind not in ('charge', 'refund') or amount_cents > 0),
      check (kind <> 'payment' or amount_cents < 0)
    )`.execute(db);
  await sql`create index ledger_entry_participant on ledger_entry (agency_id, participant_id, effective_on)`.execute(db);
  await sql`create index ledger_entry_day on ledger_entry (agency_id, effective_on) where receipt_number is not null`.execute(db);
  await enableCompartmentIsolation(db, 'ledger_entry', 'participant');
  // Insert only: a mistake is corrected by a new entry, never by an edit.
  await grantToApp(db, 'ledger_entry', ['select', 'insert']);

  await sql`
    create table receipt_sequence (
      agency_id uuid not null references agency (id),
      last_number integer not null default 0 check (last_number >= 0),
      primary key (agency_id)
    )`.execute(db);
  await enableTenantIsolation(db, 'receipt_sequence');
  await grantToApp(db, 'receipt_sequence', ['select', 'insert', 'update']);

  await sql`
    create table fee_setting (
      agency_id uuid not null references agency (id),
      allowed_credit_cents integer not null default 0 check (allowed_credit_cents between 0 and 10000000),
      updated_at timestamptz not null default now(),
      updated_by uuid,
      primary key (agency_id)
    )`.execute(db);
  await enableTenantIsolation(db, 'fee_setting');
  await grantToApp(db, 'fee_setting', ['select', 'insert', 'update']);

  await sql`
    create table fee_period_close (
      agency_id uuid not null references agency (id),
      closed_through date not null,
      closed_at timestamptz not null,
      closed_by uuid,
      primary key (agency_id, closed_through)
    )`.execute(db);
  await enableTenantIsolation(db, 'fee_period_close');
  await grantToApp(db, 'fee_period_close', ['select', 'insert']);
}
