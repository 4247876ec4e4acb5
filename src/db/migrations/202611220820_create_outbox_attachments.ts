import { type Kysely, sql } from 'kysely';
import { grantToApp } from '../migration-helpers.js';

/**
 * Files attached to an outbox message (issue #9 item 2: a signed completion report leaves as a
 * PDF). Written in the transaction that writes the message, read by the worker (owner scope).
 * The bytes are stored encrypted, as text, so that `pars keys rotate` re-encrypts them like every
 * other field. An attachment has its message's compartment, enforced by the foreign key on
 * (agency, message, compartment): an attachment of a participant message is readable and writable
 * only with the participant compartment, one of a partner message only with the partner one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table outbox_message add constraint outbox_message_compartment_key unique (agency_id, id, compartment)`.execute(db);
  await sql`
    create table outbox_attachment (
      agency_id uuid not null references agency (id),
      id uuid not null,
      message_id uuid not null,
      compartment text not null check (compartment in ('participant', 'partner')),
      position integer not null check (position between 1 and 10),
      file_name text not null check (length(file_name) between 1 and 200 and file_name !~ '[[:cntrl:]/\\\\]'),
      media_type text not null check (media_type ~ '^[a-z]+/[a-z0-9.+-]{1,100}$'),
      size_bytes integer not null check (size_bytes between 1 and 10485760),
      content_encrypted text not null,
      primary key (agency_id, id),
      unique (agency_id, message_id, position),
      foreign key (agency_id, message_id, compartment) references outbox_message (agency_id, id, compartment)
    )`.execute(db);
  await sql`alter table outbox_attachment enable row level security`.execute(db);
  await sql`create policy outbox_attachment_compartment on outbox_attachment
    using (agency_id = pars_current_agency() and pars_has_compartment(compartment))
    with check (agency_id = pars_current_agency() and pars_has_compartment(compartment))`.execute(db);
  await grantToApp(db, 'outbox_attachment', ['select', 'insert']);
}
