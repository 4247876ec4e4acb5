import { assertCan } from '../access/assert-can.js';
import { agencyToday } from '../agencies/agency-day.js';
import type { Ctx } from '../shared/ctx.js';
import { closingOfTransition } from './report-content.queries.js';
import { dueOnFor, findReportClocks, holidaysFrom } from './reports.queries.js';
import { ackDueOn, worklistStanding } from './reports.rules.js';
import type { ReportWorklistItem, ReportWorklistQuery } from './reports.schema.js';

/**
 * The manager's list: every completed or discharged case with where its report stands (not
 * started, draft, signed, sent, acknowledged), its due day, and the two alarms: overdue (not sent
 * by its due day) and unacknowledged past the escalation day. `open` leaves out acknowledged ones.
 * Most urgent first: alarms, then the due day.
 */
export async function listReportWorklist(ctx: Ctx, query: ReportWorklistQuery): Promise<ReportWorklistItem[]> {
  assertCan(ctx.actor, 'report.sign');
  return ctx.db.transaction(async (trx) => {
    const { today, timeZone } = await agencyToday(trx, ctx.now);
    const participants = await trx.selectFrom('participant').select(['id', 'given_name', 'family_name', 'case_state']).where('case_state', 'in', ['completed', 'discharged']).execute();
    const clocks = await findReportClocks(trx);
    const items: ReportWorklistItem[] = [];
    for (const p of participants) {
      const transition = await trx
        .selectFrom('case_transition')
        .select('id')
        .where('participant_id', '=', p.id)
        .where('to_state', '=', p.case_state)
        .orderBy('occurred_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!transition) continue;
      const closing = await closingOfTransition(trx, transition.id, timeZone);
      const holidays = await holidaysFrom(trx, closing.closedOn);
      const report = await trx.selectFrom('court_report').select(['id', 'status']).where('transition_id', '=', transition.id).executeTakeFirst();
      const sent = report
        ? await trx.selectFrom('report_delivery').select('delivered_on').where('report_id', '=', report.id).orderBy('recorded_at').limit(1).executeTakeFirst()
        : undefined;
      const ack = report ? await trx.selectFrom('report_ack').select('report_id').where('report_id', '=', report.id).executeTakeFirst() : undefined;
      if (query.show === 'open' && ack) continue;
      const dueOn = dueOnFor(closing, clocks, holidays);
      const sentOn = sent?.delivered_on ?? null;
      const ackDue = ackDueOn(sentOn, clocks.ackEscalationBusinessDays, holidays);
      items.push({
        participantId: p.id,
        participantName: `${p.given_name} ${p.family_name}`,
        kind: closing.kind,
        closedOn: closing.closedOn,
        dueOn,
        reportId: report?.id ?? null,
        sentOn,
        ackDueOn: ackDue,
        ...worklistStanding({ closedOn: closing.closedOn, dueOn, status: report?.status ?? null, sentOn, acknowledged: ack !== undefined, ackDueOn: ackDue, today }),
      });
    }
    const alarm = (item: ReportWorklistItem) => (item.isOverdue || item.isAckOverdue ? 0 : 1);
    return items.sort((a, b) => alarm(a) - alarm(b) || a.dueOn.localeCompare(b.dueOn) || a.participantName.localeCompare(b.participantName));
  });
}
