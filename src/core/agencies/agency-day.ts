import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { instantToZonedTime } from '../shared/zoned-time.js';

/** Where an agency row cannot be read (never under a scoped session): Ontario's eastern zone. */
const fallbackTimeZone = 'America/Toronto';

/** The current agency's time zone (row-level security scopes the agency). */
export async function findAgencyTimeZone(db: Kysely<DB>): Promise<string> {
  const agency = await db.selectFrom('agency').select('time_zone').executeTakeFirst();
  return agency?.time_zone ?? fallbackTimeZone;
}

/**
 * The agency's day now (`YYYY-MM-DD`) and its time zone: what "today" means for its ledger, its
 * contact clocks, its disclosures and its deadlines, whichever site a worker sits at.
 */
export async function agencyToday(db: Kysely<DB>, now: Date): Promise<{ today: string; timeZone: string }> {
  const timeZone = await findAgencyTimeZone(db);
  return { today: instantToZonedTime(now, timeZone).slice(0, 10), timeZone };
}
