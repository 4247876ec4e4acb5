import { sql } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertVersion, loadReport } from './load-report.js';
import { gatherReportContent } from './report-content.queries.js';
import { decryptObservations, toCourtReport } from './reports.queries.js';
import type { CourtReport, SignReportInput } from './reports.schema.js';

/**
 * The manager signs a draft (typed name, the agency's day, who and when): its content is
 * gathered one last time and frozen, encrypted, so what was signed is what prints and is sent.
 */
export async function signReport(ctx: Ctx, id: string, input: SignReportInput): Promise<CourtReport> {
  assertCan(ctx.actor, 'report.sign');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const { row, closing, today } = await loadReport(trx, id, ctx.now);
    assertVersion(row, input.version);
    if (row.status !== 'draft') throw new AppError('rule_violation', 'reports.not_draft', {});
    const content = await gatherReportContent(trx, {
      participantId: row.participant_id,
      closing,
      observations: decryptObservations(ctx.keyring, row),
      concernIds: row.concern_ids,
      signature: { name: input.signedName, signedOn: today },
    });
    const updated = await trx
      .updateTable('court_report')
      .set({
        status: 'signed',
        content_encrypted: ctx.keyring.encrypt(JSON.stringify(content), fieldContext('court_report', 'content', actor.agencyId, id)),
        signed_name: input.signedName,
        signed_on: today,
        signed_at: ctx.now,
        signed_by: actor.userId,
        updated_at: ctx.now,
        updated_by: actor.userId,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'reports.stale_report', {});
    await recordAudit(ctx, trx, {
      type: 'report.signed',
      subject: { type: 'participant', id: row.participant_id },
      details: { reportId: id, language: row.language, concerns: content.concerns.length },
    });
    return toCourtReport(trx, ctx.keyring, updated, closing, { showConcerns: true });
  });
}
