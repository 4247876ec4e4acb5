import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findSettings } from '../agencies/settings.queries.js';
import { findHolidaySet, readStreamPolicy } from '../programs/index.js';
import { dueOnFor, findReportClocks } from '../reports/reports.queries.js';
import { ackDueOn } from '../reports/reports.rules.js';
import { addDays } from '../shared/business-days.js';
import { resolvePeriod, type Period } from '../statistics/statistics-period.js';
import { clockDefinitions } from './compliance-clocks.js';
import { groupSizeStanding, isInScope, standingOf, type EvaluatedItem, type Evaluation } from './compliance.rules.js';
import type { ClockId, ComplianceQuery } from './compliance.schema.js';
import { findPartnerClockFacts } from './partner-clocks.js';
import { findGroupSizeFacts, findIntakeClockFacts, findReportClockFacts } from './participant-clocks.queries.js';

export interface EvaluatedClocks {
  period: Period;
  /** Each asked clock's items in the period's scope (unordered). */
  items: Map<ClockId, EvaluatedItem[]>;
}

/** All of an agency's holidays: an item long overdue still needs the business days from its start. */
const allHolidaysFrom = '1900-01-01';

/**
 * One agency's clocks for a period, evaluated from the records now. `owner` is the server's
 * handle: the participant-side clocks are read in a transaction scoped to the agency and the
 * participant compartment alone, the partner clocks in one with the partner compartment alone
 * (opened only when a partner clock is asked for), whoever asks: the roles that see compliance
 * hold neither or one of them. Only ids, days and group names come back; callers check the
 * permission and decide what of each subject the reader may see.
 */
export async function evaluateClocks(owner: Kysely<DB>, agencyId: string, query: ComplianceQuery, now: Date, wanted: readonly ClockId[]): Promise<EvaluatedClocks> {
  const scope = (compartment: 'participant' | 'partner') => scopeToAgency(owner, agencyId, { compartments: [compartment] });
  const asked = new Set(wanted);
  const items = new Map<ClockId, EvaluatedItem[]>();
  const keep = (clock: ClockId, list: EvaluatedItem[], period: Period) => items.set(clock, list.filter((item) => isInScope(item, period)));

  const { period, at } = await scope('participant').transaction(async (trx) => {
    const { today, timeZone } = await agencyToday(trx, now);
    const period = resolvePeriod(query, today);
    const at: Evaluation = { today, now, timeZone };
    if (asked.has('referral_to_intake')) {
      const { intakeDueDays } = await findSettings(trx);
      const facts = await findIntakeClockFacts(trx, timeZone);
      keep('referral_to_intake', facts.map((fact) => ({
        subject: { kind: 'participant', id: fact.participantId },
        ...standingOf({ dueIs: 'day', dueOn: addDays(fact.receivedOn, intakeDueDays), metOn: fact.assessedOn }, at),
        groupSize: null,
      })), period);
    }
    if (asked.has('report_sent') || asked.has('report_acknowledged')) {
      const [facts, clocks, holidays] = await Promise.all([findReportClockFacts(trx, timeZone), findReportClocks(trx), findHolidaySet(trx, allHolidaysFrom)]);
      const sent: EvaluatedItem[] = [];
      const acknowledged: EvaluatedItem[] = [];
      for (const fact of facts) {
        const subject = { kind: 'participant' as const, id: fact.participantId };
        sent.push({ subject, ...standingOf({ dueIs: 'day', dueOn: dueOnFor(fact, clocks, holidays), metOn: fact.sentOn }, at), groupSize: null });
        const ackDue = ackDueOn(fact.sentOn, clocks.ackEscalationBusinessDays, holidays);
        if (ackDue) acknowledged.push({ subject, ...standingOf({ dueIs: 'day', dueOn: ackDue, metOn: fact.acknowledgedOn }, at), groupSize: null });
      }
      if (asked.has('report_sent')) keep('report_sent', sent, period);
      if (asked.has('report_acknowledged')) keep('report_acknowledged', acknowledged, period);
    }
    if (asked.has('group_size')) {
      const facts = await findGroupSizeFacts(trx, period, now);
      keep('group_size', facts.map((fact) => {
        const policy = readStreamPolicy(fact.policy);
        return { subject: { kind: 'group', id: fact.groupId, name: fact.groupName }, ...groupSizeStanding(fact.sessionDay, fact.enrolled, { min: policy.groupSizeMin, max: policy.groupSizeMax }, at) };
      }), period);
    }
    return { period, at };
  });

  const partnerClocks = clockDefinitions.filter((clock) => clock.compartment === 'partner' && asked.has(clock.id)).map((clock) => clock.id as 'first_partner_contact' | 'minimum_partner_contacts' | 'partner_notices');
  if (partnerClocks.length > 0) {
    const facts = await scope('partner').transaction((trx) => findPartnerClockFacts(trx, now));
    for (const clock of partnerClocks) {
      keep(clock, facts[clock].map((fact) => ({ subject: { kind: 'partner', id: fact.partnerId }, ...standingOf(fact.clock, at), groupSize: null })), period);
    }
  }
  return { period, items };
}
