import { type Kysely, sql } from 'kysely';

/**
 * The app role and the settings row-level security reads. Queries from staff requests run as
 * `pars_app` (no superuser, no BYPASSRLS, owns nothing), so the policies always apply.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists citext`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);

  // Roles are cluster-wide: another database on the same server may have created it already,
  // possibly at the same moment.
  await sql`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = 'pars_app') then
        create role pars_app nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
      end if;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  // The connecting (owner) role must be able to SET ROLE to it when it is not a superuser.
  await sql`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = current_user and rolsuper) then
        execute format('grant pars_app to %I', current_user);
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to pars_app`.execute(db);

  await sql`
    create function pars_current_agency() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.agency_id', true), '')::uuid $$`.execute(db);
  await sql`
    create function pars_has_compartment(name text) returns boolean
    language sql stable
    as $$ select name = any(string_to_array(coalesce(current_setting('app.compartments', true), ''), ',')) $$`.execute(db);
}
