import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { loadReport } from './load-report.js';
import { toCourtReport } from './reports.queries.js';
import type { AcknowledgeReportInput, CourtReport } from './reports.schema.js';

/** The referral source acknowledged a sent report: the day, how, and (optionally) who. Once. */
export async function acknowledgeReport(ctx: Ctx, id: string, input: AcknowledgeReportInput): Promise<CourtReport> {
  assertCan(ctx.actor, 'report.sign');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const { row, closing, today } = await loadReport(trx, id, ctx.now);
    if (row.status !== 'sent') throw new AppError('rule_violation', 'reports.not_sent', {});
    const existing = await trx.selectFrom('report_ack').select('acknowledged_on').where('report_id', '=', id).executeTakeFirst();
    if (existing) throw new AppError('conflict', 'reports.already_acknowledged', { day: existing.acknowledged_on });
    if (input.acknowledgedOn > today) throw new AppError('invalid', 'reports.future_day', {}, { issues: [{ path: 'body.acknowledgedOn', code: 'report_future' }] });
    await trx
      .insertInto('report_ack')
      .values({
        agency_id: actor.agencyId,
        report_id: id,
        acknowledged_on: input.acknowledgedOn,
        acknowledged_by: input.acknowledgedBy ?? null,
        method: input.method,
        recorded_at: ctx.now,
        recorded_by: actor.userId,
      })
      .execute();
    await recordAudit(ctx, trx, { type: 'report.acknowledged', subject: { type: 'participant', id: row.participant_id }, details: { reportId: id, method: input.method } });
    return toCourtReport(trx, ctx.keyring, row, closing, { showConcerns: true });
  });
}
