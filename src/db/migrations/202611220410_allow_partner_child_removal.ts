import { type Kysely, sql } from 'kysely';

/**
 * The partner file's children are saved as a whole list (ages): an edit replaces the rows, so the
 * partner-contact team may now remove a child row. Removing needs the agency AND the partner
 * compartment, like reading; the participant side (drop box) still cannot see or remove any.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create policy partner_child_remove on partner_child for delete
    using (agency_id = pars_current_agency() and pars_has_compartment('partner'))`.execute(db);
  await sql`grant delete on partner_child to pars_app`.execute(db);
}
