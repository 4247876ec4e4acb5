import { type Kysely, sql } from 'kysely';

/**
 * The agency's own time zone: the day its records are dated by (payments, contacts, deadlines).
 * It was read from the "first" site, but sites made together tie on created_at and fell to the
 * name, so an agency with a Kenora site lived on Winnipeg's day (docs/decisions/012). Existing
 * agencies keep the zone they were on; a manager may change it in Settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table agency add column time_zone text not null default 'America/Toronto'
    check (time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$')`.execute(db);
  await sql`update agency set time_zone = first_site.time_zone
    from (select distinct on (agency_id) agency_id, time_zone from site order by agency_id, created_at, name) as first_site
    where first_site.agency_id = agency.id`.execute(db);
  await sql`grant update (time_zone) on agency to pars_app`.execute(db);
}
