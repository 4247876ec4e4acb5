import { type Kysely, sql } from 'kysely';
import { enableCompartmentIsolation, grantToApp } from '../migration-helpers.js';

/**
 * A partner's identity opened to a Ministry auditor (issue #9): auditors see Partner Contact
 * de-identified unless a recorded legal basis opens it. The partner-contact lead records the
 * basis (an inspection power in statute, a court order, the partner's own consent) and its
 * reference, for one partner within one grant; then, and only while that grant is in force, the
 * auditor's sampled file shows that partner's name. Partner compartment; insert only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_partner_opening (
      agency_id uuid not null references agency (id),
      grant_id uuid not null,
      partner_id uuid not null,
      legal_basis text not null check (legal_basis in ('statutory_inspection', 'court_order', 'partner_consent')),
      reference text not null check (length(trim(reference)) between 1 and 300),
      recorded_by uuid not null,
      recorded_at timestamptz not null,
      primary key (agency_id, grant_id, partner_id),
      foreign key (agency_id, grant_id) references audit_grant (agency_id, id),
      foreign key (agency_id, partner_id) references partner (agency_id, id),
      foreign key (agency_id, recorded_by) references app_user (agency_id, id)
    )`.execute(db);
  await enableCompartmentIsolation(db, 'audit_partner_opening', 'partner');
  await grantToApp(db, 'audit_partner_opening', ['select', 'insert']);
}
