import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/**
 * The Partner Contact program (issue #7), all in the partner compartment except disclosures
 * (their own compartment) and the safety concern a disclosure attaches to a participant's case
 * (participant compartment, holding a category and a date, never the partner's words).
 *
 * - `contact_preference`: how the partner may be reached, one row per channel entry (a phone
 *   with its safe times and whether a voicemail may be left, a text number, an email, a mailing
 *   address), each with `safe` (null = not yet confirmed) and the day it was confirmed. The
 *   channel gate (core/partners/channel-gate.ts) reads only this table and `partner_consent`.
 *   The drop box may insert rows (details given at referral arrive unconfirmed) but not read them.
 * - `partner_consent`: every "wishes contact" / "declined" the partner said, with the day and
 *   how; the latest decides. History is kept (insert only).
 * - `contact_record`: every contact and attempt, insert only (a correction is a new record);
 *   notes encrypted; an idempotency key makes a double submit one record.
 * - `notice_delivery`: which contact delivered which notice to which partner (a notice is about
 *   the participant, so each partner who wishes contact is told separately).
 * - `safety_plan`: versioned, one row per save; the content (encrypted JSON) is absent when the
 *   partner does not want a plan.
 * - `partner_letter`: the letters produced (through the gate), with the channel used.
 * - `disclosure`: a disclosure decision; the drop box lets the group program (a facilitator's
 *   concern) insert without reading; manager approval columns for Crown/probation.
 * - `case_safety_concern`: the only thing a disclosure passes to the participant side.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table partner
    add column version integer not null default 1 check (version >= 1),
    add column updated_at timestamptz,
    add column updated_by uuid`.execute(db);
  await sql`create index partner_participant on partner (agency_id, participant_id)`.execute(db);

  await sql`
    create table contact_preference (
      agency_id uuid not null,
      id uuid not null,
      partner_id uuid not null,
      channel text not null check (channel in ('phone', 'text', 'email', 'mail')),
      value_encrypted text not null,
      safe_times_encrypted text,
      safe boolean,
      voicemail_ok boolean not null default false,
      confirmed_on date,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz,
      updated_by uuid,
      version integer not null default 1 check (version >= 1),
      primary key (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      check (voicemail_ok = false or channel = 'phone'),
      check (confirmed_on is not null or safe is null)
    )`.execute(db);
  await dropBoxPolicies(db, 'contact_preference');
  await sql`create index contact_preference_partner on contact_preference (agency_id, partner_id)`.execute(db);

  await sql`
    create table partner_consent (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      partner_id uuid not null,
      decision text not null check (decision in ('wishes_contact', 'declined')),
      decided_on date not null,
      how text not null check (how in ('phone', 'in_person', 'letter', 'email', 'text', 'third_party')),
      note_encrypted text,
      recorded_at timestamptz not null default now(),
      recorded_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'partner_consent', 'partner');
  await grantToApp(db, 'partner_consent', ['select', 'insert']);
  await sql`create index partner_consent_latest on partner_consent (agency_id, partner_id, decided_on desc, recorded_at desc)`.execute(db);

  await sql`
    create table contact_record (
      agency_id uuid not null,
      id uuid not null,
      partner_id uuid not null,
      kind text not null check (kind in ('attempt', 'call', 'letter', 'email', 'text', 'in_person')),
      initiated_by text not null default 'worker' check (initiated_by in ('worker', 'partner')),
      outcome text check (outcome in ('no_answer', 'wrong_number', 'voicemail_left', 'busy', 'not_safe_to_talk')),
      preference_id uuid,
      occurred_at timestamptz not null,
      duration_minutes integer check (duration_minutes between 0 and 600),
      by_user uuid,
      topics text[] not null default '{}',
      notes_encrypted text,
      letter_id uuid,
      follow_up_on date,
      idempotency_key uuid not null,
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      check ((kind = 'attempt') = (outcome is not null))
    )`.execute(db);
  await enableCompartmentIsolation(db, 'contact_record', 'partner');
  await grantToApp(db, 'contact_record', ['select', 'insert']);
  await sql`create index contact_record_partner on contact_record (agency_id, partner_id, occurred_at desc)`.execute(db);

  await sql`
    create table notice_delivery (
      agency_id uuid not null,
      notice_id uuid not null,
      partner_id uuid not null,
      contact_id uuid not null,
      delivered_at timestamptz not null,
      primary key (agency_id, notice_id, partner_id),
      foreign key (agency_id, notice_id) references partner_notice (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      foreign key (agency_id, contact_id) references contact_record (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'notice_delivery', 'partner');
  await grantToApp(db, 'notice_delivery', ['select', 'insert']);
  // The participant's start in a group opens the partner's contact window (the 12 weeks).
  await sql`alter table partner_notice drop constraint partner_notice_type_check`.execute(db);
  await sql`alter table partner_notice add constraint partner_notice_type_check check (type in ('new_partner', 'enrolled', 'absence', 'lateness', 'threat',
    'concern', 'disruptive_behaviour', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'anticipated_completion', 'fees_paid'))`.execute(db);
  await sql`create index partner_notice_participant on partner_notice (agency_id, participant_id, occurred_on)`.execute(db);

  await sql`
    create table safety_plan (
      agency_id uuid not null,
      id uuid not null,
      partner_id uuid not null,
      version integer not null check (version >= 1),
      wanted boolean not null,
      content_encrypted text,
      created_at timestamptz not null default now(),
      created_by uuid,
      primary key (agency_id, id),
      unique (agency_id, partner_id, version),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      check (wanted or content_encrypted is null)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'safety_plan', 'partner');
  await grantToApp(db, 'safety_plan', ['select', 'insert']);

  await sql`
    create table partner_letter (
      agency_id uuid not null,
      id uuid not null,
      partner_id uuid not null,
      preference_id uuid not null,
      kind text not null check (kind in ('introduction')),
      language text not null check (language in ('en', 'fr')),
      produced_at timestamptz not null,
      produced_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      foreign key (agency_id, preference_id) references contact_preference (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'partner_letter', 'partner');
  await grantToApp(db, 'partner_letter', ['select', 'insert']);

  await sql`
    create table disclosure (
      agency_id uuid not null references agency (id),
      id uuid not null,
      participant_id uuid not null,
      partner_id uuid,
      raised_by_team text not null check (raised_by_team in ('partner_contact', 'group_program')),
      recipient text not null check (recipient in ('crown', 'probation', 'police', 'court', 'childrens_aid')),
      legal_basis text not null check (legal_basis in ('risk_to_partner', 'risk_to_child', 'risk_to_other', 'assault',
                                                       'other_criminal_conduct', 'required_by_law', 'child_abuse_or_neglect')),
      summary_encrypted text not null,
      method text check (method in ('phone', 'email', 'fax', 'letter', 'in_person', 'portal')),
      status text not null check (status in ('pending_approval', 'approved', 'refused', 'made')),
      concern_category text check (concern_category in ('threat_to_partner', 'threat_to_child', 'threat_to_other', 'assault',
                                                         'breach_of_order', 'child_protection', 'other_safety')),
      crown_warning_given boolean not null default false,
      partner_told_on date,
      decided_at timestamptz not null,
      decided_by uuid,
      approved_at timestamptz,
      approved_by uuid,
      approval_note_encrypted text,
      made_at timestamptz,
      made_by uuid,
      version integer not null default 1 check (version >= 1),
      primary key (agency_id, id),
      check ((status = 'made') = (made_at is not null))
    )`.execute(db);
  await dropBoxPolicies(db, 'disclosure', 'disclosure');
  await sql`create index disclosure_participant on disclosure (agency_id, participant_id)`.execute(db);

  await sql`
    create table case_safety_concern (
      agency_id uuid not null,
      id uuid not null,
      participant_id uuid not null,
      disclosure_id uuid not null,
      category text not null check (category in ('threat_to_partner', 'threat_to_child', 'threat_to_other', 'assault',
                                                 'breach_of_order', 'child_protection', 'other_safety')),
      occurred_on date not null,
      attached_at timestamptz not null,
      attached_by uuid,
      primary key (agency_id, id),
      unique (agency_id, disclosure_id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await dropBoxPolicies(db, 'case_safety_concern', 'participant');

  await sql`alter table agency_setting
    add column partner_first_contact_days integer not null default 7 check (partner_first_contact_days between 1 and 60),
    add column partner_min_contacts integer not null default 4 check (partner_min_contacts between 1 and 20),
    add column partner_contact_weeks integer not null default 12 check (partner_contact_weeks between 1 and 52),
    add column partner_preference_max_age_days integer not null default 90 check (partner_preference_max_age_days between 7 and 730),
    add column partner_letter_after_attempts integer not null default 3 check (partner_letter_after_attempts between 1 and 10)`.execute(db);
}

/**
 * A table the other side may write into but never read back (the drop box): reading, changing
 * and removing need the agency and the compartment; inserting needs only the agency.
 */
async function dropBoxPolicies(db: Kysely<unknown>, table: string, compartment = 'partner'): Promise<void> {
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`create policy ${sql.id(`${table}_read`)} on ${sql.table(table)} for select
    using (agency_id = pars_current_agency() and pars_has_compartment(${sql.lit(compartment)}))`.execute(db);
  await sql`create policy ${sql.id(`${table}_change`)} on ${sql.table(table)} for update
    using (agency_id = pars_current_agency() and pars_has_compartment(${sql.lit(compartment)}))
    with check (agency_id = pars_current_agency() and pars_has_compartment(${sql.lit(compartment)}))`.execute(db);
  await sql`create policy ${sql.id(`${table}_drop_box`)} on ${sql.table(table)} for insert
    with check (agency_id = pars_current_agency())`.execute(db);
  await grantToApp(db, table, ['select', 'insert', 'update']);
}
