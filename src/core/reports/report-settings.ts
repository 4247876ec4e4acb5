import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { findReportClocks } from './reports.queries.js';
import type { ReportSettings } from './reports.schema.js';

/** The report clocks: business days to send after a case closes (agency, per stream) and before escalating. */
export async function getReportSettings(ctx: Ctx): Promise<ReportSettings> {
  assertCan(ctx.actor, 'report.sign');
  return ctx.db.transaction(async (trx) => {
    const clocks = await findReportClocks(trx);
    return {
      dueBusinessDays: clocks.dueBusinessDays,
      ackEscalationBusinessDays: clocks.ackEscalationBusinessDays,
      streams: [...clocks.streams].map(([streamId, dueBusinessDays]) => ({ streamId, dueBusinessDays })),
    };
  });
}

/** Sets the report clocks; a stream left out of `streams` follows the agency's deadline. Audited. */
export async function updateReportSettings(ctx: Ctx, input: ReportSettings): Promise<ReportSettings> {
  assertCan(ctx.actor, 'report.sign');
  const actor = requireStaff(ctx.actor);
  await ctx.db.transaction(async (trx) => {
    const values = { due_business_days: input.dueBusinessDays, ack_escalation_business_days: input.ackEscalationBusinessDays, updated_at: ctx.now, updated_by: actor.userId };
    await trx
      .insertInto('report_setting')
      .values({ agency_id: actor.agencyId, ...values })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
      .execute();
    await trx.deleteFrom('report_stream_deadline').execute();
    if (input.streams.length > 0) {
      await trx
        .insertInto('report_stream_deadline')
        .values(input.streams.map((s) => ({ agency_id: actor.agencyId, stream_id: s.streamId, due_business_days: s.dueBusinessDays })))
        .execute();
    }
    await recordAudit(ctx, trx, {
      type: 'report.settings_updated',
      details: { dueBusinessDays: input.dueBusinessDays, ackEscalationBusinessDays: input.ackEscalationBusinessDays, streams: input.streams.length },
    });
  });
  return getReportSettings(ctx);
}
