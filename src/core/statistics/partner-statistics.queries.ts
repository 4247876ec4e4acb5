import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Period } from './statistics-period.js';
import type { Statistics } from './statistics.schema.js';

/**
 * The Partner Contact program's counts for the period, read in a transaction that holds the
 * partner compartment alone (see compute-statistics.ts): aggregate SQL only, so no row, name or
 * id is ever loaded into the process.
 * - offered: partners whose file was opened in the period (each is offered partner contact);
 * - reached / contacts: partners reached, and contacts made, by any way but an attempt or a letter;
 * - attempts: attempts to reach a partner;
 * - declined: partners who declined contact in the period (a decision dated in it);
 * - safetyPlans: partners with a safety plan written (a version they wanted) in the period.
 */
export async function findPartnerContactCounts(trx: Transaction<DB>, tz: string, period: Period): Promise<Statistics['partnerContact']> {
  const inPeriod = (column: string) => sql`(${sql.ref(column)} at time zone ${tz})::date between ${period.from}::date and ${period.to}::date`;
  const result = await sql<Statistics['partnerContact']>`
    select
      (select count(*) from partner p where ${inPeriod('p.created_at')})::int as offered,
      (select count(distinct c.partner_id) from contact_record c where c.kind not in ('attempt', 'letter') and ${inPeriod('c.occurred_at')})::int as reached,
      (select count(*) from contact_record c where c.kind not in ('attempt', 'letter') and ${inPeriod('c.occurred_at')})::int as contacts,
      (select count(*) from contact_record c where c.kind = 'attempt' and ${inPeriod('c.occurred_at')})::int as attempts,
      (select count(distinct pc.partner_id) from partner_consent pc
         where pc.decision = 'declined' and pc.decided_on between ${period.from}::date and ${period.to}::date)::int as declined,
      (select count(distinct sp.partner_id) from safety_plan sp where sp.wanted and ${inPeriod('sp.created_at')})::int as "safetyPlans"`.execute(trx);
  return result.rows[0]!;
}

/**
 * Disclosures made in the period (the day they reached the Crown, probation, the police, a court
 * or a Children's Aid Society), by legal basis and by recipient, read in a transaction that holds
 * the disclosure compartment alone: counts only.
 */
export async function findDisclosureCounts(trx: Transaction<DB>, tz: string, period: Period): Promise<{ basis: string; recipient: string; count: number }[]> {
  const result = await sql<{ basis: string; recipient: string; count: number }>`
    select d.legal_basis as basis, d.recipient, count(*)::int as count from disclosure d
    where d.status = 'made' and (d.made_at at time zone ${tz})::date between ${period.from}::date and ${period.to}::date
    group by 1, 2`.execute(trx);
  return result.rows;
}
