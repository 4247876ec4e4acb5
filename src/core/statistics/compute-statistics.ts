import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findPartnerContactCounts, findDisclosureCounts } from './partner-statistics.queries.js';
import { findDischargeReasons, findEventCells, findFeeCounts, findReferralCounts, findStreams, findWaits } from './participant-statistics.queries.js';
import { resolvePeriod } from './statistics-period.js';
import { breakdownsOf, emptyStatistics, totalsOf } from './statistics.rules.js';
import type { Statistics, StatisticsQuery } from './statistics.schema.js';

/** Statistics run long queries on big agencies: a minute each, not the request default. */
const statementTimeoutMs = 60_000;

/**
 * One agency's statistics for a period (default: the current quarter on the agency's calendar).
 *
 * `owner` is the server's (or the operator's) database handle. Each part is read in its own
 * transaction scoped to the agency and to the one compartment it needs, whoever asks: the
 * participant side with `participant` alone, the Partner Contact counts with `partner` alone,
 * the disclosures with `disclosure` alone. Every query aggregates in SQL, so only counts come
 * back; nothing here decrypts, and no name or id of a person is returned. Callers check the
 * permission (getStatistics) or are the operator (the CLI's provincial view).
 */
export async function computeAgencyStatistics(owner: Kysely<DB>, agencyId: string, query: StatisticsQuery, now: Date): Promise<Statistics> {
  const scope = (compartment: 'participant' | 'partner' | 'disclosure') => scopeToAgency(owner, agencyId, { compartments: [compartment], statementTimeoutMs });
  const participantSide = await scope('participant').transaction(async (trx) => {
    const { today, timeZone } = await agencyToday(trx, now);
    const period = resolvePeriod(query, today);
    const [cells, referrals, waits, discharges, fees, streams] = await Promise.all([
      findEventCells(trx, timeZone, period),
      findReferralCounts(trx, timeZone, period),
      findWaits(trx, timeZone, period),
      findDischargeReasons(trx, timeZone, period),
      findFeeCounts(trx, timeZone, period),
      findStreams(trx),
    ]);
    return { period, timeZone, cells, referrals, waits, discharges, fees, streams };
  });
  const { period, timeZone } = participantSide;
  const partnerContact = await scope('partner').transaction((trx) => findPartnerContactCounts(trx, timeZone, period));
  const disclosures = await scope('disclosure').transaction((trx) => findDisclosureCounts(trx, timeZone, period));

  const statistics = emptyStatistics(period);
  statistics.agencies = 1;
  for (const { source, stream, count } of participantSide.referrals) {
    statistics.referrals.total += count;
    statistics.referrals.bySource[source as keyof Statistics['referrals']['bySource']] += count;
    statistics.referrals.byStream[stream as keyof Statistics['referrals']['byStream']] += count;
  }
  const totals = totalsOf(participantSide.cells);
  statistics.intakes = totals.intakes;
  statistics.enrolments = totals.enrolments;
  statistics.completions = totals.completions;
  statistics.attendance = { marks: totals.marks, attended: totals.attended };
  statistics.waits = participantSide.waits;
  for (const { reason, count } of participantSide.discharges) {
    const byReason = statistics.discharges.byReason;
    const key = reason === null ? 'unspecified' : reason in byReason ? (reason as keyof typeof byReason) : 'other';
    byReason[key] += count;
    statistics.discharges.total += count;
  }
  statistics.fees = participantSide.fees;
  statistics.partnerContact = partnerContact;
  for (const { basis, recipient, count } of disclosures) {
    statistics.disclosures.total += count;
    statistics.disclosures.byBasis[basis as keyof Statistics['disclosures']['byBasis']] += count;
    statistics.disclosures.byRecipient[recipient as keyof Statistics['disclosures']['byRecipient']] += count;
  }
  statistics.breakdowns = breakdownsOf(participantSide.cells, participantSide.streams);
  return statistics;
}
