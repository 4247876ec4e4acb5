import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

export const demoAgencySlug = 'demo';

/** The demo agency and its two sites, in two Ontario time zones (Toronto is Eastern, Kenora Central). */
const demo = {
  slug: demoAgencySlug,
  name: 'Demo Agency',
  nameFr: 'Agence de démonstration',
  sites: [
    { name: 'Toronto – Downtown', nameFr: 'Toronto – Centre-ville', timeZone: 'America/Toronto' },
    { name: 'Kenora', nameFr: 'Kenora', timeZone: 'America/Winnipeg' },
  ],
};

/**
 * Creates the demo agency with two sites. Idempotent: running it again changes nothing and
 * never touches data that staff entered. Runs as the owner (an operator's act).
 */
export async function seedDemo(kysely: Kysely<DB>): Promise<{ agencyId: string; created: boolean }> {
  return kysely.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('agency')
      .values({ slug: demo.slug, name: demo.name, name_fr: demo.nameFr })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    const agency = inserted ?? (await trx.selectFrom('agency').select('id').where('slug', '=', demo.slug).executeTakeFirstOrThrow());
    for (const site of demo.sites) {
      await trx
        .insertInto('site')
        .values({ agency_id: agency.id, name: site.name, name_fr: site.nameFr, time_zone: site.timeZone })
        .onConflict((oc) => oc.columns(['agency_id', 'name']).doNothing())
        .execute();
    }
    return { agencyId: agency.id, created: inserted !== undefined };
  });
}
