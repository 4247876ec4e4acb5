import { type Kysely, sql } from 'kysely';
import { enableTenantIsolation, grantToApp } from '../migration-helpers.js';

/**
 * Ministry auditors' access (issue #9): a manager grants one auditor account read-only access to
 * the agency for a bounded time (at most 92 days), for a stated purpose, with a chosen sample of
 * participant files. The session reads the grant in force on every request (so ending it stops
 * access at once); the auditor role opens nothing without one. Tenant data, not a compartment:
 * the session must read it before it knows any compartment. The sample holds ids only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_grant (
      agency_id uuid not null references agency (id),
      id uuid not null,
      auditor_user_id uuid not null,
      purpose text not null check (length(trim(purpose)) between 1 and 300),
      starts_on date not null,
      ends_on date not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      granted_by uuid not null,
      granted_at timestamptz not null,
      ended_at timestamptz,
      ended_by uuid,
      idempotency_key text not null check (length(idempotency_key) between 8 and 100),
      version integer not null default 1,
      primary key (agency_id, id),
      unique (agency_id, idempotency_key),
      foreign key (agency_id, auditor_user_id) references app_user (agency_id, id),
      foreign key (agency_id, granted_by) references app_user (agency_id, id),
      check (ends_on >= starts_on and ends_on <= starts_on + 91),
      check (ends_at > starts_at),
      check ((ended_at is null) = (ended_by is null))
    )`.execute(db);
  await sql`create index audit_grant_auditor on audit_grant (agency_id, auditor_user_id, ends_at)`.execute(db);
  await enableTenantIsolation(db, 'audit_grant');
  await grantToApp(db, 'audit_grant', ['select', 'insert', 'update']);

  await sql`
    create table audit_grant_file (
      agency_id uuid not null references agency (id),
      grant_id uuid not null,
      participant_id uuid not null,
      primary key (agency_id, grant_id, participant_id),
      foreign key (agency_id, grant_id) references audit_grant (agency_id, id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableTenantIsolation(db, 'audit_grant_file');
  await grantToApp(db, 'audit_grant_file', ['select', 'insert']);
}
