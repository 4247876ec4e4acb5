import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/app-error.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { computeAgencyStatistics } from './compute-statistics.js';
import { resolvePeriod } from './statistics-period.js';
import { sumStatistics } from './statistics.rules.js';
import type { Statistics, StatisticsQuery } from './statistics.schema.js';

/**
 * The operator's statistics (`pars stats`): one agency by its slug, or every agency summed (the
 * provincial view). Each agency is read as computeAgencyStatistics does (its own calendar, one
 * compartment per transaction, counts only). The period is resolved once, on Ontario's eastern
 * calendar, and each agency counts those days on its own. Operator path only: no staff request
 * reaches it.
 */
export async function computeOperatorStatistics(owner: Kysely<DB>, scope: { slug: string } | { allAgencies: true }, query: StatisticsQuery, now: Date): Promise<Statistics> {
  const period = resolvePeriod(query, instantToZonedTime(now, 'America/Toronto').slice(0, 10));
  let agencies = owner.selectFrom('agency').select(['id', 'slug']).orderBy('slug');
  if ('slug' in scope) agencies = agencies.where('slug', '=', scope.slug);
  const rows = await agencies.execute();
  if ('slug' in scope && rows.length === 0) throw new AppError('not_found', 'statistics.agency_not_found', { slug: scope.slug });
  const list: Statistics[] = [];
  for (const agency of rows) list.push(await computeAgencyStatistics(owner, agency.id, period, now));
  return sumStatistics(list, period);
}
