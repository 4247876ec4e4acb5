import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * The community resource directory (issue #6): the agency's resources with their numbers, a
 * revision per change (the old values, who and when: retired resources are never deleted), and
 * the referrals staff give. The directory itself is tenant data that every role may read; a
 * referral row takes the compartment of the person it is for: `resource_referral_participant`
 * (participant compartment) and `resource_referral_partner` (partner compartment, for every read
 * AND write: only partner-contact staff record which resources a partner was given).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated column
  // or an index. Naming the dictionary makes the call immutable in practice; the wrapper says so.
  await sql`
    create function pars_search_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`.execute(db);
  await sql`grant execute on function pars_search_fold(text) to pars_app`.execute(db);

  await sql`
    create table resource (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      key text not null check (key ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
      name text not null check (length(trim(name)) between 1 and 300),
      name_fr text check (name_fr is null or length(trim(name_fr)) between 1 and 300),
      provider text check (provider is null or length(trim(provider)) between 1 and 300),
      description text check (description is null or length(trim(description)) between 1 and 4000),
      description_fr text check (description_fr is null or length(trim(description_fr)) between 1 and 4000),
      great_for text check (great_for is null or length(trim(great_for)) between 1 and 2000),
      great_for_fr text check (great_for_fr is null or length(trim(great_for_fr)) between 1 and 2000),
      categories text[] not null check (cardinality(categories) between 1 and 10),
      audiences text[] not null default '{}' check (cardinality(audiences) <= 6),
      languages text[] not null default '{}' check (cardinality(languages) <= 40),
      hours text check (hours is null or length(trim(hours)) between 1 and 300),
      hours_fr text check (hours_fr is null or length(trim(hours_fr)) between 1 and 300),
      region text check (region is null or length(trim(region)) between 1 and 120),
      url text check (url is null or length(url) <= 2000),
      email text check (email is null or length(email) <= 254),
      address text check (address is null or length(trim(address)) between 1 and 500),
      confidential boolean not null default false,
      free boolean,
      -- What a name search weighs most, and everything a search reads, folded (no accents, lower case).
      search_name text generated always as (pars_search_fold(name || ' ' || coalesce(name_fr, ''))) stored,
      search_text text generated always as (pars_search_fold(
        name || ' ' || coalesce(name_fr, '') || ' ' || coalesce(provider, '') || ' ' || coalesce(description, '') || ' ' ||
        coalesce(description_fr, '') || ' ' || coalesce(great_for, '') || ' ' || coalesce(great_for_fr, '') || ' ' || coalesce(region, ''))) stored,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      updated_by uuid,
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, key)
    )`.execute(db);
  await sql`create index resource_search_text on resource using gin (search_text gin_trgm_ops)`.execute(db);
  await enableTenantIsolation(db, 'resource');
  await grantToApp(db, 'resource', ['select', 'insert', 'update']);

  await sql`
    create table resource_phone (
      agency_id uuid not null,
      resource_id uuid not null,
      position integer not null check (position between 1 and 10),
      kind text not null check (kind in ('voice', 'tty', 'text', 'fax')),
      dial text not null check (dial ~ '^(\\+[1-9][0-9]{7,14}|[0-9*#]{3,10})$'),
      display text not null check (length(trim(display)) between 1 and 40),
      keyword text check (keyword is null or length(trim(keyword)) between 1 and 40),
      note text check (note is null or length(trim(note)) between 1 and 200),
      note_fr text check (note_fr is null or length(trim(note_fr)) between 1 and 200),
      primary key (agency_id, resource_id, position),
      foreign key (agency_id, resource_id) references resource (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'resource_phone');
  // A resource's numbers are replaced as a whole when it is saved (the revision keeps the old ones).
  await grantToApp(db, 'resource_phone', ['select', 'insert', 'delete']);

  await sql`
    create table resource_revision (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      resource_id uuid not null,
      version integer not null,
      change text not null check (change in ('updated', 'retired', 'restored', 'imported')),
      changed_fields text[] not null default '{}',
      previous jsonb not null,
      revised_at timestamptz not null,
      revised_by uuid,
      primary key (agency_id, id),
      unique (agency_id, resource_id, version),
      foreign key (agency_id, resource_id) references resource (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'resource_revision');
  await grantToApp(db, 'resource_revision', ['select', 'insert']);

  await sql`
    create table resource_referral_participant (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      resource_id uuid not null,
      participant_id uuid not null,
      given_on date not null,
      given_by uuid,
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, participant_id, resource_id, given_on),
      foreign key (agency_id, resource_id) references resource (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'resource_referral_participant', 'participant');
  await grantToApp(db, 'resource_referral_participant', ['select', 'insert']);

  // Unlike partner_notice (a drop box the participant side fills), inserting needs the partner
  // compartment too: only the partner-contact team records what a partner was given.
  await sql`
    create table resource_referral_partner (
      agency_id uuid not null,
      id uuid not null default gen_random_uuid(),
      resource_id uuid not null,
      partner_id uuid not null,
      given_on date not null,
      given_by uuid,
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, partner_id, resource_id, given_on),
      foreign key (agency_id, resource_id) references resource (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'resource_referral_partner', 'partner');
  await grantToApp(db, 'resource_referral_partner', ['select', 'insert']);
}
