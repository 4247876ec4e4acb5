import { type Kysely, sql } from 'kysely';
import { enableTenantIsolation } from '../migration-helpers.js';

/**
 * The audit log (docs/decisions/006-audit-log.md): one hash chain per agency. `audit_event` is
 * append-only for everyone (the app role has no UPDATE/DELETE grant, and triggers refuse even
 * the owner); staff may add events to their own agency but read them only with the `audit`
 * compartment. `audit_chain_head` holds each chain's last link; its row lock serialises writers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_chain_head (
      agency_id uuid primary key references agency (id),
      last_seq bigint not null default 0 check (last_seq >= 0),
      last_hash text not null
    )`.execute(db);
  await enableTenantIsolation(db, 'audit_chain_head');
  await sql`grant select, insert, update on audit_chain_head to pars_app`.execute(db);
  // A head only moves forward and is never removed: cutting a chain's tail must take more than
  // one careless statement (a superuser can still do it; the ADR says how that is caught).
  await sql`
    create function pars_audit_head_forward_only() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'UPDATE' or new.agency_id <> old.agency_id or new.last_seq <= old.last_seq then
        raise exception 'audit_chain_head only moves forward' using errcode = '55000';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger audit_chain_head_forward_only before update or delete on audit_chain_head
    for each row execute function pars_audit_head_forward_only()`.execute(db);
  await sql`create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function pars_audit_head_forward_only()`.execute(db);

  await sql`
    create table audit_event (
      agency_id uuid not null references agency (id),
      seq bigint not null check (seq > 0),
      id uuid not null default gen_random_uuid(),
      occurred_at timestamptz not null,
      type text not null check (type ~ '^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$'),
      actor_kind text not null check (actor_kind in ('staff', 'system', 'anonymous')),
      actor_user_id uuid,
      session_id uuid,
      subject_type text,
      subject_id text,
      details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
      request_id text,
      key_id text not null,
      prev_hash text not null,
      hash text not null,
      primary key (agency_id, seq),
      unique (agency_id, id)
    )`.execute(db);
  // "Who viewed this record", newest first, without touching the rest of the log.
  await sql`create index audit_event_record_views
    on audit_event (agency_id, subject_type, subject_id, occurred_at desc)
    where type = 'record.viewed'`.execute(db);

  await sql`alter table audit_event enable row level security`.execute(db);
  await sql`create policy audit_event_append on audit_event for insert
    with check (agency_id = pars_current_agency())`.execute(db);
  await sql`create policy audit_event_read on audit_event for select
    using (agency_id = pars_current_agency() and pars_has_compartment('audit'))`.execute(db);
  await sql`grant select, insert on audit_event to pars_app`.execute(db);

  // Append-only for everyone, the owner included (only a superuser can skip these triggers).
  await sql`
    create function pars_audit_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_event is append-only' using errcode = '55000';
    end $$`.execute(db);
  await sql`create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function pars_audit_append_only()`.execute(db);
  await sql`create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function pars_audit_append_only()`.execute(db);
}
