import { type Kysely, sql } from 'kysely';
import { enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Staff accounts, role grants, sessions, second factors and the agency's security settings.
 * The team rule (partner-contact staff hold no group-program role) is checked by the use case
 * and again by a constraint trigger, so no path can store the forbidden combination.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agency_setting (
      agency_id uuid primary key references agency (id),
      mfa_required boolean not null default true,
      session_idle_minutes integer not null default 30 check (session_idle_minutes between 5 and 240),
      session_absolute_hours integer not null default 12 check (session_absolute_hours between 1 and 24),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    )`.execute(db);
  await enableTenantIsolation(db, 'agency_setting');
  await grantToApp(db, 'agency_setting', ['select', 'insert', 'update']);

  await sql`
    create table app_user (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      email citext not null check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length(email) <= 254),
      display_name text not null check (length(trim(display_name)) between 1 and 120),
      preferred_locale text not null default 'en-CA' check (preferred_locale in ('en-CA', 'fr-CA')),
      password_hash text not null,
      status text not null default 'active' check (status in ('active', 'disabled')),
      failed_sign_ins integer not null default 0,
      lockout_level integer not null default 0,
      locked_until timestamptz,
      password_changed_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, email)
    )`.execute(db);
  await enableTenantIsolation(db, 'app_user');
  await grantToApp(db, 'app_user', ['select', 'insert', 'update']);

  await sql`
    create table role_grant (
      agency_id uuid not null,
      user_id uuid not null,
      role text not null check (role in ('intake', 'facilitator', 'partner_contact', 'partner_contact_lead',
                                          'manager', 'finance', 'admin', 'auditor')),
      granted_at timestamptz not null default now(),
      granted_by uuid,
      primary key (agency_id, user_id, role),
      foreign key (agency_id, user_id) references app_user (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'role_grant');
  await grantToApp(db, 'role_grant', ['select', 'insert', 'delete']);
  await sql`
    create function pars_check_team_rule() returns trigger language plpgsql as $$
    begin
      if exists (
        select 1 from role_grant team join role_grant program
          on program.agency_id = team.agency_id and program.user_id = team.user_id
        where team.agency_id = new.agency_id and team.user_id = new.user_id
          and team.role in ('partner_contact', 'partner_contact_lead')
          and program.role in ('facilitator', 'intake', 'manager')
      ) then
        raise exception 'partner-contact staff may not hold a group-program role'
          using errcode = '23514', constraint = 'role_grant_team_rule';
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger role_grant_team_rule after insert or update on role_grant
    for each row execute function pars_check_team_rule()`.execute(db);

  await sql`
    create table staff_session (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      token_hash text not null,
      user_id uuid not null,
      stage text not null check (stage in ('second_factor', 'enrol_second_factor', 'active')),
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      ended_at timestamptz,
      end_reason text check (end_reason in ('signed_out', 'idle', 'expired', 'disabled', 'replaced', 'second_factor_reset')),
      client_ip text,
      user_agent text,
      primary key (agency_id, id),
      unique (agency_id, token_hash),
      foreign key (agency_id, user_id) references app_user (agency_id, id)
    )`.execute(db);
  await sql`create index staff_session_user on staff_session (agency_id, user_id) where ended_at is null`.execute(db);
  await enableTenantIsolation(db, 'staff_session');
  await grantToApp(db, 'staff_session', ['select', 'insert', 'update']);

  await sql`
    create table mfa_secret (
      agency_id uuid not null,
      user_id uuid not null,
      secret_encrypted text not null,
      confirmed_at timestamptz,
      last_used_step bigint,
      created_at timestamptz not null default now(),
      primary key (agency_id, user_id),
      foreign key (agency_id, user_id) references app_user (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'mfa_secret');
  await grantToApp(db, 'mfa_secret', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table recovery_code (
      agency_id uuid not null,
      user_id uuid not null,
      id uuid not null default gen_random_uuid(),
      code_hash text not null,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (agency_id, user_id, id),
      foreign key (agency_id, user_id) references app_user (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'recovery_code');
  await grantToApp(db, 'recovery_code', ['select', 'insert', 'update', 'delete']);
}
