import { type Kysely, sql } from 'kysely';
import { enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/** The tenant (`agency`) and where its groups meet (`site`, with an IANA time zone). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table agency (
      id uuid primary key default gen_random_uuid(),
      slug citext not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text not null check (length(trim(name)) between 1 and 200),
      name_fr text check (name_fr is null or length(trim(name_fr)) between 1 and 200),
      created_at timestamptz not null default now()
    )`.execute(db);
  // An agency sees only itself; creating agencies is an operator's act (CLI), not the app's.
  await sql`alter table agency enable row level security`.execute(db);
  await sql`create policy agency_self on agency
    using (id = pars_current_agency()) with check (id = pars_current_agency())`.execute(db);
  await grantToApp(db, 'agency', ['select']);
  await sql`grant update (name, name_fr) on agency to pars_app`.execute(db);

  await sql`
    create table site (
      agency_id uuid not null references agency (id),
      id uuid not null default gen_random_uuid(),
      name text not null check (length(trim(name)) between 1 and 200),
      name_fr text check (name_fr is null or length(trim(name_fr)) between 1 and 200),
      time_zone text not null check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'),
      created_at timestamptz not null default now(),
      primary key (agency_id, id),
      unique (agency_id, name)
    )`.execute(db);
  await enableTenantIsolation(db, 'site');
  await grantToApp(db, 'site', ['select', 'insert', 'update', 'delete']);
}
