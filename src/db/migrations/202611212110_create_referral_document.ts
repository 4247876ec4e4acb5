import { type Kysely, sql } from 'kysely';
import { grantToApp } from '../migration-helpers.js';

/**
 * Court and probation orders attached to a referral, in the participant compartment (the same
 * policy as `referral`). The file is stored encrypted, as text so that `pars keys rotate`
 * re-encrypts it like every other field; its SHA-256 proves on each download that the bytes
 * served are the bytes received. Insert and read only: an order on file is never edited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referral_document (
      agency_id uuid not null references agency (id),
      id uuid not null,
      referral_id uuid not null,
      kind text not null check (kind in ('court_order', 'probation_order', 'other')),
      file_name text not null check (length(file_name) between 1 and 200),
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null check (size_bytes between 1 and 10485760),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content_encrypted text not null,
      uploaded_at timestamptz not null,
      uploaded_by uuid,
      primary key (agency_id, id),
      foreign key (agency_id, referral_id) references referral (agency_id, id)
    )`.execute(db);
  await sql`create index referral_document_referral on referral_document (agency_id, referral_id, uploaded_at)`.execute(db);
  await sql`alter table referral_document enable row level security`.execute(db);
  await sql`create policy referral_document_compartment on referral_document
    using (agency_id = pars_current_agency() and pars_has_compartment('participant'))
    with check (agency_id = pars_current_agency() and pars_has_compartment('participant'))`.execute(db);
  await grantToApp(db, 'referral_document', ['select', 'insert']);
}
