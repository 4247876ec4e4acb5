import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * The 12-week program itself: streams with their policy and curriculum, the agency's holidays,
 * group cycles and their sessions, enrolments, attendance marks (one row per person and session,
 * so two facilitators entering one roster never overwrite each other), concerns raised in
 * session, encrypted session notes, and the completion check-out. Also: partner notices learn
 * urgency and an event key (each participant-side event leaves exactly one notice), case
 * transitions a reason code, and the transactional outbox for reminders.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table holiday (
      agency_id uuid not null references agency (id),
      day date not null,
      name text not null check (length(trim(name)) between 1 and 200),
      name_fr text check (name_fr is null or length(trim(name_fr)) between 1 and 200),
      primary key (agency_id, day)
    )`.execute(db);
  await enableTenantIsolation(db, 'holiday');
  await grantToApp(db, 'holiday', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table program_stream (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
      name text not null check (length(trim(name)) between 1 and 200),
      name_fr text not null check (length(trim(name_fr)) between 1 and 200),
      policy jsonb not null,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, code)
    )`.execute(db);
  await enableTenantIsolation(db, 'program_stream');
  await grantToApp(db, 'program_stream', ['select', 'insert', 'update']);

  await sql`
    create table curriculum_topic (
      agency_id uuid not null,
      stream_id uuid not null,
      position integer not null check (position between 1 and 52),
      title text not null check (length(trim(title)) between 1 and 200),
      title_fr text not null check (length(trim(title_fr)) between 1 and 200),
      summary text check (summary is null or length(summary) <= 2000),
      summary_fr text check (summary_fr is null or length(summary_fr) <= 2000),
      primary key (agency_id, stream_id, position),
      foreign key (agency_id, stream_id) references program_stream (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'curriculum_topic');
  await grantToApp(db, 'curriculum_topic', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table group_cycle (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      stream_id uuid not null,
      name text not null check (length(trim(name)) between 1 and 200),
      site_id uuid,
      room text check (room is null or length(room) <= 200),
      bridge text check (bridge is null or length(bridge) <= 500),
      weekday integer not null check (weekday between 1 and 7),
      start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      time_zone text not null check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'),
      start_date date not null,
      capacity integer not null check (capacity between 1 and 40),
      facilitator_1 uuid,
      facilitator_2 uuid,
      status text not null default 'open' check (status in ('open', 'closed')),
      created_at timestamptz not null default now(),
      created_by uuid,
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, name),
      foreign key (agency_id, stream_id) references program_stream (agency_id, id),
      foreign key (agency_id, site_id) references site (agency_id, id),
      foreign key (agency_id, facilitator_1) references app_user (agency_id, id),
      foreign key (agency_id, facilitator_2) references app_user (agency_id, id),
      check (facilitator_1 is null or facilitator_2 is null or facilitator_1 <> facilitator_2)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'group_cycle', 'participant');
  await grantToApp(db, 'group_cycle', ['select', 'insert', 'update']);

  await sql`
    create table group_session (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      group_id uuid not null,
      number integer not null check (number between 1 and 200),
      topic_position integer,
      starts_at timestamptz not null,
      local_date date not null,
      minutes integer not null check (minutes between 30 and 480),
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
      cancel_reason text check (cancel_reason is null or length(cancel_reason) <= 1000),
      rescheduled_from timestamptz,
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, group_id, number),
      foreign key (agency_id, group_id) references group_cycle (agency_id, id),
      check (status <> 'cancelled' or cancel_reason is not null)
    )`.execute(db);
  await sql`create index group_session_day on group_session (agency_id, local_date)`.execute(db);
  await enableCompartmentIsolation(db, 'group_session', 'participant');
  await grantToApp(db, 'group_session', ['select', 'insert', 'update']);

  await sql`
    create table enrolment (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      participant_id uuid not null,
      group_id uuid not null,
      enrolled_at timestamptz not null,
      enrolled_by uuid,
      first_session_number integer not null default 1,
      status text not null default 'active' check (status in ('active', 'ended')),
      ended_at timestamptz,
      end_reason text check (end_reason is null or end_reason ~ '^[a-z_]{1,60}$'),
      primary key (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      foreign key (agency_id, group_id) references group_cycle (agency_id, id),
      check ((status = 'active') = (ended_at is null))
    )`.execute(db);
  // One active placement per person; the group's members are read by group.
  await sql`create unique index enrolment_one_active on enrolment (agency_id, participant_id) where status = 'active'`.execute(db);
  await sql`create index enrolment_group on enrolment (agency_id, group_id, status)`.execute(db);
  await enableCompartmentIsolation(db, 'enrolment', 'participant');
  await grantToApp(db, 'enrolment', ['select', 'insert', 'update']);

  await sql`
    create table attendance_mark (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      session_id uuid not null,
      participant_id uuid not null,
      status text not null check (status in ('present', 'late', 'left_early', 'excused', 'unexcused', 'refused_entry')),
      minutes_late integer check (minutes_late is null or minutes_late between 1 and 480),
      minutes_left_early integer check (minutes_left_early is null or minutes_left_early between 1 and 480),
      reason text check (reason is null or length(reason) <= 1000),
      make_up boolean not null default false,
      recorded_at timestamptz not null,
      recorded_by uuid,
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, session_id, participant_id),
      foreign key (agency_id, session_id) references group_session (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      check (status <> 'late' or minutes_late is not null),
      check (status <> 'excused' or reason is not null)
    )`.execute(db);
  await sql`create index attendance_mark_participant on attendance_mark (agency_id, participant_id)`.execute(db);
  await enableCompartmentIsolation(db, 'attendance_mark', 'participant');
  await grantToApp(db, 'attendance_mark', ['select', 'insert', 'update']);

  await sql`
    create table session_concern (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      session_id uuid not null,
      participant_id uuid not null,
      kind text not null check (kind in ('disruptive_behaviour', 'threat', 'safety_concern', 'impaired', 'non_compliance', 'homework_not_done')),
      threat_target text check (threat_target is null or threat_target in ('partner', 'child', 'other')),
      severity text not null check (severity in ('low', 'medium', 'high')),
      urgent boolean not null default false,
      recorded_at timestamptz not null,
      recorded_by uuid,
      acknowledged_at timestamptz,
      acknowledged_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, session_id) references group_session (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id),
      check ((kind = 'threat') = (threat_target is not null))
    )`.execute(db);
  await sql`create index session_concern_open on session_concern (agency_id, urgent) where acknowledged_at is null`.execute(db);
  await enableCompartmentIsolation(db, 'session_concern', 'participant');
  await grantToApp(db, 'session_concern', ['select', 'insert', 'update']);

  await sql`
    create table session_note (
      agency_id uuid not null,
      id uuid not null,
      session_id uuid not null,
      participant_id uuid,
      note_encrypted text not null,
      written_at timestamptz not null,
      written_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, session_id) references group_session (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'session_note', 'participant');
  await grantToApp(db, 'session_note', ['select', 'insert']);

  await sql`
    create table completion_review (
      agency_id uuid not null,
      enrolment_id uuid not null,
      participant_id uuid not null,
      outcome text not null check (outcome in ('met', 'not_met')),
      comments text check (comments is null or length(comments) <= 4000),
      reviewed_at timestamptz not null,
      reviewed_by uuid,
      primary key (agency_id, enrolment_id),
      foreign key (agency_id, enrolment_id) references enrolment (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'completion_review', 'participant');
  await grantToApp(db, 'completion_review', ['select', 'insert', 'update']);

  await sql`alter table case_transition add column reason_code text check (reason_code is null or reason_code ~ '^[a-z_]{1,60}$')`.execute(db);
  await sql`alter table participant add column reminders_opt_in boolean not null default false`.execute(db);

  // Notices: each participant-side event leaves exactly one (its key), threats are urgent, and
  // the seeds' full list of what the partner is told (lateness, anticipated completion).
  await sql`alter table partner_notice add column urgent boolean not null default false`.execute(db);
  await sql`alter table partner_notice add column event_key text check (event_key is null or event_key ~ '^[a-z_]+:[A-Za-z0-9:_-]{1,120}$')`.execute(db);
  await sql`create unique index partner_notice_event on partner_notice (agency_id, event_key) where event_key is not null`.execute(db);
  await sql`alter table partner_notice drop constraint partner_notice_type_check`.execute(db);
  await sql`alter table partner_notice add constraint partner_notice_type_check check (type in ('new_partner', 'absence', 'lateness', 'threat', 'concern',
    'disruptive_behaviour', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'anticipated_completion', 'fees_paid'))`.execute(db);
  await sql`alter table partner_notice add constraint partner_notice_reason_code check (reason_code is null or reason_code ~ '^[a-z_]{1,60}$')`.execute(db);

  /*
   * The outbox: a message is written in the transaction of the event that causes it and sent
   * later by the worker. Its row follows its payload's compartment: a participant reminder needs
   * the participant compartment to be read; the worker reads with the system scope.
   */
  await sql`
    create table outbox_message (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      compartment text not null check (compartment in ('participant', 'partner')),
      kind text not null check (kind ~ '^[a-z_.]{1,60}$'),
      idempotency_key text not null check (length(idempotency_key) between 1 and 200),
      to_address text not null check (length(to_address) between 3 and 254),
      locale text not null check (locale in ('en-CA', 'fr-CA')),
      subject text not null check (length(subject) between 1 and 300),
      body_text text not null check (length(body_text) between 1 and 20000),
      created_at timestamptz not null,
      send_after timestamptz not null,
      sent_at timestamptz,
      attempts integer not null default 0,
      last_error text check (last_error is null or last_error ~ '^[a-z_.]{1,60}$'),
      primary key (agency_id, id),
      unique (agency_id, idempotency_key)
    )`.execute(db);
  await sql`create index outbox_pending on outbox_message (send_after) where sent_at is null`.execute(db);
  await sql`alter table outbox_message enable row level security`.execute(db);
  await sql`create policy outbox_message_compartment on outbox_message
    using (agency_id = pars_current_agency() and pars_has_compartment(compartment))
    with check (agency_id = pars_current_agency() and pars_has_compartment(compartment))`.execute(db);
  await grantToApp(db, 'outbox_message', ['select', 'insert']);

  // The facilitator's calendar feed: a secret URL a calendar app can fetch without a session.
  await sql`
    create table calendar_feed (
      agency_id uuid not null,
      user_id uuid not null,
      token_hash text not null unique,
      created_at timestamptz not null,
      primary key (agency_id, user_id),
      foreign key (agency_id, user_id) references app_user (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'calendar_feed');
  await grantToApp(db, 'calendar_feed', ['select', 'insert', 'update', 'delete']);
}
