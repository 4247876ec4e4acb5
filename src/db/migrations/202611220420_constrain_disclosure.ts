import { type Kysely, sql } from 'kysely';

/**
 * The disclosure rules the issue states, held by the database as well as by the use cases
 * (core/disclosures), so no other path can record a disclosure that breaks them:
 * - a disclosure to the Crown or probation notes that the partner was told information given to
 *   the Crown may reach the accused and their lawyer while the case is before the court;
 * - a report to a Children's Aid Society is made on the basis of a child under 16 abused or
 *   neglected, and that basis goes to a Children's Aid Society only;
 * - a Crown or probation disclosure is made only after a manager approved it.
 * New columns: the day the concern happened (what the participant's case is told, with its
 * category) and who refused a disclosure, when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table disclosure
    add column concern_occurred_on date,
    add column refused_at timestamptz,
    add column refused_by uuid,
    add constraint disclosure_crown_warning check (recipient not in ('crown', 'probation') or crown_warning_given),
    add constraint disclosure_child_protection_basis check ((recipient = 'childrens_aid') = (legal_basis = 'child_abuse_or_neglect')),
    add constraint disclosure_approval_gate check (recipient not in ('crown', 'probation') or status not in ('approved', 'made') or approved_at is not null),
    add constraint disclosure_refused check ((status = 'refused') = (refused_at is not null)),
    add constraint disclosure_concern_day check (concern_occurred_on is null or concern_category is not null)`.execute(db);
  await sql`create index disclosure_status on disclosure (agency_id, status, decided_at desc)`.execute(db);
  await sql`create index disclosure_partner on disclosure (agency_id, partner_id) where partner_id is not null`.execute(db);
}
