import type { Database } from '../src/db/database.js';
import { scopeToAgency } from '../src/db/scoped-database.js';
import { medianRatio } from './measure.js';

/**
 * What row-level scoping costs each unit of work: `scopeToAgency` (two set_config calls, SET
 * LOCAL ROLE, the policy) against a plain transaction whose query filters by agency by hand.
 */
export async function benchScopedTransaction(database: Database): Promise<string> {
  const db = database.kysely;
  const agencies = await db
    .insertInto('agency')
    .values(Array.from({ length: 20 }, (_, i) => ({ slug: `bench-${Date.now()}-${i}`, name: `Bench ${i}` })))
    .returning('id')
    .execute();
  for (const agency of agencies) {
    await db
      .insertInto('site')
      .values(Array.from({ length: 50 }, (_, i) => ({ agency_id: agency.id, name: `Site ${i}`, time_zone: 'America/Toronto' })))
      .execute();
  }
  const target = agencies[7]!.id;
  const scoped = scopeToAgency(db, target);
  const query = (trx: typeof db) => trx.selectFrom('site').select(['id', 'name']).where('agency_id', '=', target).execute();
  const result = await medianRatio(
    15,
    100,
    () => db.transaction().execute((trx) => query(trx)),
    () => scoped.transaction((trx) => query(trx)),
  );
  return `scoped transaction vs plain transaction (${database.dialect}): ratio ${result.ratio.toFixed(2)} (baseline ${result.baselineMs.toFixed(3)} ms, scoped ${result.subjectMs.toFixed(3)} ms per unit of work)`;
}
