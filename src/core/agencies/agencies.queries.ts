import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** The agency with this slug, if any. */
export function findAgencyBySlug(db: Kysely<DB>, slug: string) {
  return db.selectFrom('agency').select(['id', 'slug', 'name', 'name_fr']).where('slug', '=', slug).executeTakeFirst();
}

/** Up to two agencies, enough to tell whether exactly one exists. */
export function findFirstAgencies(db: Kysely<DB>) {
  return db.selectFrom('agency').select(['id', 'slug', 'name', 'name_fr']).orderBy('created_at').limit(2).execute();
}

/** An agency's sites, by name. */
export function findSites(db: Kysely<DB>, agencyId: string) {
  return db
    .selectFrom('site')
    .select(['id', 'name', 'name_fr', 'time_zone'])
    .where('agency_id', '=', agencyId)
    .orderBy('name')
    .execute();
}
