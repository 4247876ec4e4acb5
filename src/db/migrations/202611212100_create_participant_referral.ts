import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/** Participant-side tables: agency AND the participant compartment for every read and write. */
/**
 * The participant's case (referral, person, conditions, lifecycle) in the participant
 * compartment; income in its own `income` compartment (intake and finance only); and the
 * drop-box side of the partner compartment: partner contact details, children and the
 * "new partner to contact" notice, insertable by the agency, readable only by the partner team.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table participant (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      given_name text not null check (length(trim(given_name)) between 1 and 100),
      family_name text not null check (length(trim(family_name)) between 1 and 100),
      preferred_name text check (preferred_name is null or length(preferred_name) <= 100),
      date_of_birth date not null,
      gender text not null check (gender in ('man', 'woman', 'non_binary', 'two_spirit', 'another')),
      group_gender text not null check (group_gender in ('men', 'women')),
      pronouns text check (pronouns is null or length(pronouns) <= 40),
      language text not null check (language in ('en', 'fr', 'other')),
      language_other text check (language_other is null or length(language_other) <= 60),
      interpreter_needed boolean not null default false,
      indigenous_identity boolean not null default false,
      phone text check (phone is null or phone ~ '^\\+[1-9][0-9]{7,14}$'),
      email citext,
      safe_to_leave_messages boolean not null default false,
      street text, city text, province text, postal_code text check (postal_code is null or postal_code ~ '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'),
      accessibility_needs text check (accessibility_needs is null or length(accessibility_needs) <= 1000),
      case_state text not null default 'referred',
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (agency_id, id)
    )`.execute(db);
  await sql`create index participant_name_trgm on participant using gin ((given_name || ' ' || family_name) gin_trgm_ops)`.execute(db);
  await sql`create index participant_dob on participant (agency_id, date_of_birth)`.execute(db);
  await enableCompartmentIsolation(db, 'participant', 'participant');
  await grantToApp(db, 'participant', ['select', 'insert', 'update']);

  await sql`
    create table participant_income (
      agency_id uuid not null,
      participant_id uuid not null,
      household_size integer not null check (household_size between 1 and 20),
      annual_income_cents bigint not null check (annual_income_cents between 0 and 100000000000),
      declared_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (agency_id, participant_id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'participant_income', 'income');
  await grantToApp(db, 'participant_income', ['select', 'insert', 'update']);

  await sql`
    create table referral (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      source text not null check (source in ('court', 'probation', 'crown', 'central_intake', 'self', 'other')),
      stream text not null check (stream in ('early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary')),
      court_file_number text check (court_file_number is null or length(court_file_number) <= 60),
      court_location text check (court_location is null or length(court_location) <= 120),
      charges text[] not null default '{}',
      order_date date,
      complete_by date check (complete_by is null or order_date is null or complete_by >= order_date),
      officer_name text, officer_office text,
      officer_phone text check (officer_phone is null or officer_phone ~ '^\\+[1-9][0-9]{7,14}$'),
      officer_email citext,
      status text not null default 'received' check (status in ('received', 'accepted', 'returned', 'duplicate')),
      return_reason text,
      duplicate_of uuid,
      received_at timestamptz not null,
      decided_at timestamptz,
      decided_by uuid,
      created_by uuid,
      idempotency_key text not null,
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await sql`create index referral_court_file on referral (agency_id, court_file_number)`.execute(db);
  await enableCompartmentIsolation(db, 'referral', 'participant');
  await grantToApp(db, 'referral', ['select', 'insert', 'update']);

  await sql`
    create table referral_condition (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      referral_id uuid not null,
      kind text not null check (kind in ('no_contact', 'no_go', 'weapons', 'abstain', 'other')),
      with_whom text check (with_whom is null or length(with_whom) <= 200),
      exceptions text check (exceptions is null or length(exceptions) <= 500),
      expires_on date,
      primary key (agency_id, id),
      foreign key (agency_id, referral_id) references referral (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'referral_condition', 'participant');
  await grantToApp(db, 'referral_condition', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table case_transition (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      transition text not null,
      from_state text not null,
      to_state text not null,
      reason text check (reason is null or length(reason) <= 1000),
      occurred_at timestamptz not null,
      by_user uuid,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'case_transition', 'participant');
  await grantToApp(db, 'case_transition', ['select', 'insert']);

  // What the participant side keeps of a drop-box hand-off: that it happened, when, how many.
  await sql`
    create table partner_handoff (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      referral_id uuid not null,
      partners_count integer not null check (partners_count between 1 and 10),
      passed_at timestamptz not null,
      passed_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'partner_handoff', 'participant');
  await grantToApp(db, 'partner_handoff', ['select', 'insert']);

  // The partner compartment grows: contact details (encrypted), children, the notice.
  await sql`alter table partner
    add column participant_id uuid,
    add column relationship text check (relationship is null or relationship in ('victim', 'current_partner', 'former_partner', 'other')),
    add column language text check (language is null or language in ('en', 'fr', 'other')),
    add column phone_encrypted text,
    add column address_encrypted text`.execute(db);
  await sql`
    create table partner_child (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      partner_id uuid not null,
      age integer not null check (age between 0 and 25),
      primary key (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id)
    )`.execute(db);
  await sql`
    create table partner_notice (
      agency_id uuid not null references agency (id),
      id uuid not null,
      participant_id uuid not null,
      partner_id uuid,
      type text not null check (type in ('new_partner', 'absence', 'threat', 'concern', 'disruptive_behaviour', 'non_compliance',
                                          'pending_discharge', 'discharge', 'completion', 'fees_paid')),
      reason_code text,
      occurred_on date not null,
      due_at timestamptz not null,
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      primary key (agency_id, id)
    )`.execute(db);
  for (const table of ['partner_child', 'partner_notice']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_read`)} on ${sql.table(table)} for select
      using (agency_id = pars_current_agency() and pars_has_compartment('partner'))`.execute(db);
    await sql`create policy ${sql.id(`${table}_change`)} on ${sql.table(table)} for update
      using (agency_id = pars_current_agency() and pars_has_compartment('partner'))
      with check (agency_id = pars_current_agency() and pars_has_compartment('partner'))`.execute(db);
    await sql`create policy ${sql.id(`${table}_drop_box`)} on ${sql.table(table)} for insert
      with check (agency_id = pars_current_agency())`.execute(db);
    await sql`grant select, insert, update on ${sql.table(table)} to pars_app`.execute(db);
  }
}
