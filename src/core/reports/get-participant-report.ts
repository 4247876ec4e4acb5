import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { findCaseClosing } from './report-content.queries.js';
import { dueOnFor, findReportClocks, holidaysFrom, toCourtReport } from './reports.queries.js';
import type { ParticipantReportState } from './reports.schema.js';

/**
 * A participant's completion report for the participant's page: whether the case calls for one,
 * when it is due, the referral source's email on file, and the report (its read audited).
 */
export async function getParticipantReport(ctx: Ctx, participantId: string): Promise<ParticipantReportState> {
  assertCan(ctx.actor, 'report.draft');
  return ctx.db.transaction(async (trx) => {
    const { timeZone } = await agencyToday(trx, ctx.now);
    const closing = await findCaseClosing(trx, participantId, timeZone);
    if (!closing) return { eligible: false, kind: null, dueOn: null, referralEmail: null, report: null };
    const clocks = await findReportClocks(trx);
    const dueOn = dueOnFor(closing, clocks, await holidaysFrom(trx, closing.closedOn));
    const referral = await trx
      .selectFrom('referral')
      .select('officer_email')
      .where('participant_id', '=', participantId)
      .where('status', 'in', ['accepted', 'received'])
      .orderBy('received_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const row = await trx.selectFrom('court_report').selectAll().where('transition_id', '=', closing.transitionId).executeTakeFirst();
    if (row) await recordAudit(ctx, trx, { type: 'report.viewed', subject: { type: 'participant', id: participantId }, details: { reportId: row.id, format: 'record' } });
    return {
      eligible: true,
      kind: closing.kind,
      dueOn,
      referralEmail: referral?.officer_email ?? null,
      report: row ? await toCourtReport(trx, ctx.keyring, row, closing, { showConcerns: can(ctx.actor, 'report.sign') }) : null,
    };
  });
}
