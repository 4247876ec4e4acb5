import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Locale } from '../shared/locale.js';

/** Where a pack's date is read when the agency has no site yet: PAR programs are Ontario's. */
/** The agency's name in the pack's language and its time zone, under row-level security. */
export async function findPackIssuer(db: Kysely<DB>, locale: Locale): Promise<{ agencyName: string; timeZone: string }> {
  const agency = await db.selectFrom('agency').select(['name', 'name_fr', 'time_zone']).executeTakeFirstOrThrow();
  return { agencyName: locale === 'fr-CA' ? (agency.name_fr ?? agency.name) : agency.name, timeZone: agency.time_zone };
}

/** The stream of the participant's active placement, if they are placed. */
export async function findPlacedStreamId(db: Kysely<DB>, participantId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('enrolment as e')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 'e.agency_id').onRef('g.id', '=', 'e.group_id'))
    .select('g.stream_id')
    .where('e.participant_id', '=', participantId)
    .where('e.status', '=', 'active')
    .executeTakeFirst();
  return row?.stream_id;
}
