import { sql } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertVersion, loadReport } from './load-report.js';
import { toCourtReport } from './reports.queries.js';
import type { CourtReport, UpdateReportInput } from './reports.schema.js';

/**
 * Edits a draft: its language, the facilitator's participation observations (encrypted), and,
 * for a manager only, which of the case's safety concerns it includes (a category and a day each:
 * `case_safety_concern` holds nothing more).
 */
export async function updateReport(ctx: Ctx, id: string, input: UpdateReportInput): Promise<CourtReport> {
  assertCan(ctx.actor, 'report.draft');
  const actor = requireStaff(ctx.actor);
  const isManager = can(ctx.actor, 'report.sign');
  if (input.concernIds !== undefined && !isManager) throw new AppError('forbidden', 'reports.concerns_manager_only', {});
  return ctx.db.transaction(async (trx) => {
    const { row, closing } = await loadReport(trx, id, ctx.now);
    assertVersion(row, input.version);
    if (row.status !== 'draft') throw new AppError('rule_violation', 'reports.not_draft', {});
    const concernIds = input.concernIds === undefined ? row.concern_ids : [...new Set(input.concernIds)];
    if (input.concernIds !== undefined && concernIds.length > 0) {
      const found = await trx.selectFrom('case_safety_concern').select('id').where('participant_id', '=', row.participant_id).where('id', 'in', concernIds).execute();
      if (found.length !== concernIds.length) throw new AppError('invalid', 'reports.unknown_concern', {});
    }
    const observations =
      input.observations === undefined
        ? row.observations_encrypted
        : input.observations
          ? ctx.keyring.encrypt(input.observations, fieldContext('court_report', 'observations', actor.agencyId, id))
          : null;
    const updated = await trx
      .updateTable('court_report')
      .set({
        language: input.language ?? row.language,
        observations_encrypted: observations,
        concern_ids: concernIds,
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
      type: 'report.updated',
      subject: { type: 'participant', id: row.participant_id },
      details: { reportId: id, version: updated.version, concerns: concernIds.length, hasObservations: observations !== null },
    });
    return toCourtReport(trx, ctx.keyring, updated, closing, { showConcerns: isManager });
  });
}
