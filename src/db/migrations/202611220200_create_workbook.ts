import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/**
 * The participant's workbook (issue #6 item 6): their relationship values (for the wallet
 * card), their warning signs (behaviour, physical, thoughts), and their accountability actions
 * (planned or done), each an ordered list per participant. One `workbook` row per participant
 * carries the version every save is checked against, so two people editing at once conflict
 * instead of one silently overwriting the other. Participant compartment throughout.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workbook (
      agency_id uuid not null,
      participant_id uuid not null,
      version integer not null default 1 check (version >= 1),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (agency_id, participant_id),
      foreign key (agency_id, participant_id) references participant (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'workbook', 'participant');
  await grantToApp(db, 'workbook', ['select', 'insert', 'update']);

  await sql`
    create table relationship_value (
      agency_id uuid not null,
      participant_id uuid not null,
      position integer not null check (position between 1 and 20),
      text text not null check (length(trim(text)) between 1 and 200),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (agency_id, participant_id, position),
      foreign key (agency_id, participant_id) references workbook (agency_id, participant_id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'relationship_value', 'participant');
  await grantToApp(db, 'relationship_value', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table warning_sign (
      agency_id uuid not null,
      participant_id uuid not null,
      position integer not null check (position between 1 and 40),
      kind text not null check (kind in ('behaviour', 'physical', 'thoughts')),
      text text not null check (length(trim(text)) between 1 and 200),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (agency_id, participant_id, position),
      foreign key (agency_id, participant_id) references workbook (agency_id, participant_id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'warning_sign', 'participant');
  await grantToApp(db, 'warning_sign', ['select', 'insert', 'update', 'delete']);

  await sql`
    create table accountability_action (
      agency_id uuid not null,
      participant_id uuid not null,
      position integer not null check (position between 1 and 30),
      text text not null check (length(trim(text)) between 1 and 500),
      status text not null check (status in ('planned', 'done')),
      updated_at timestamptz not null,
      updated_by uuid,
      primary key (agency_id, participant_id, position),
      foreign key (agency_id, participant_id) references workbook (agency_id, participant_id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'accountability_action', 'participant');
  await grantToApp(db, 'accountability_action', ['select', 'insert', 'update', 'delete']);
}
