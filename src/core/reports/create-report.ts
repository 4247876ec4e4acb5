import { randomUUID } from 'node:crypto';
import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findCaseClosing } from './report-content.queries.js';
import { toCourtReport } from './reports.queries.js';
import type { CourtReport, CreateReportInput } from './reports.schema.js';

/**
 * Starts the report on a completed or discharged case (a facilitator or the manager): one per
 * closing. Any other case is refused in words; a second report on the same closing is a conflict.
 */
export async function createReport(ctx: Ctx, participantId: string, input: CreateReportInput): Promise<CourtReport> {
  assertCan(ctx.actor, 'report.draft');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const { timeZone } = await agencyToday(trx, ctx.now);
    const closing = await findCaseClosing(trx, participantId, timeZone);
    if (!closing) {
      const state = (await trx.selectFrom('participant').select('case_state').where('id', '=', participantId).executeTakeFirstOrThrow()).case_state;
      throw new AppError('rule_violation', 'reports.not_eligible', { state });
    }
    const existing = await trx.selectFrom('court_report').select('id').where('transition_id', '=', closing.transitionId).executeTakeFirst();
    if (existing) throw new AppError('conflict', 'reports.already_exists', {});
    const id = randomUUID();
    const row = await trx
      .insertInto('court_report')
      .values({
        agency_id: actor.agencyId,
        id,
        participant_id: participantId,
        transition_id: closing.transitionId,
        kind: closing.kind,
        language: input.language,
        observations_encrypted: null,
        content_encrypted: null,
        signed_name: null,
        signed_on: null,
        signed_at: null,
        signed_by: null,
        created_at: ctx.now,
        created_by: actor.userId,
        updated_at: ctx.now,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'report.created', subject: { type: 'participant', id: participantId }, details: { reportId: id, kind: closing.kind } });
    return toCourtReport(trx, ctx.keyring, row, closing, { showConcerns: can(ctx.actor, 'report.sign') });
  });
}
