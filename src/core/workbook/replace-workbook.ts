import { sql } from 'kysely';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { ReplaceWorkbookInput, Workbook } from './workbook.schema.js';
import { findWorkbook } from './workbook.queries.js';

interface Stamped {
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * Keeps the stamp of an entry saved unchanged (same content, wherever it moved in the list), so
 * "last changed" stays true when someone only reorders or adds; anything else is stamped now.
 */
function stamps<T>(incoming: readonly T[], previous: readonly (T & Stamped)[], same: (a: T, b: T) => boolean, now: Date, userId: string) {
  const unused = [...previous];
  return incoming.map((entry) => {
    const index = unused.findIndex((old) => same(old, entry));
    if (index < 0) return { updated_at: now, updated_by: userId };
    const [old] = unused.splice(index, 1);
    return { updated_at: new Date(old!.updatedAt), updated_by: old!.updatedBy };
  });
}

/**
 * Replaces the participant's whole workbook (`attendance.record`: the facilitator, with the
 * participant), against the version read. The version moves by one per save in a single
 * conditional write, so of two saves from the same version exactly one wins and the other is
 * refused (`workbook.stale_workbook`, 409) rather than overwriting it. The audit event carries
 * counts only, never the participant's words.
 */
export async function replaceWorkbook(ctx: Ctx, participantId: string, input: ReplaceWorkbookInput): Promise<Workbook> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const previous = await findWorkbook(trx, participantId);
    const saved =
      input.version === 0
        ? await trx
            .insertInto('workbook')
            .values({ agency_id: actor.agencyId, participant_id: participantId, version: 1, updated_at: ctx.now, updated_by: actor.userId })
            .onConflict((conflict) => conflict.columns(['agency_id', 'participant_id']).doNothing())
            .returning('version')
            .executeTakeFirst()
        : await trx
            .updateTable('workbook')
            .set({ version: sql<number>`version + 1`, updated_at: ctx.now, updated_by: actor.userId })
            .where('participant_id', '=', participantId)
            .where('version', '=', input.version)
            .returning('version')
            .executeTakeFirst();
    if (!saved) throw new AppError('conflict', 'workbook.stale_workbook', {});

    const key = { agency_id: actor.agencyId, participant_id: participantId };
    for (const table of ['relationship_value', 'warning_sign', 'accountability_action'] as const) {
      await trx.deleteFrom(table).where('participant_id', '=', participantId).execute();
    }
    const valueStamps = stamps(input.relationshipValues, previous.relationshipValues, (a, b) => a.text === b.text, ctx.now, actor.userId);
    if (input.relationshipValues.length > 0) {
      await trx
        .insertInto('relationship_value')
        .values(input.relationshipValues.map((value, index) => ({ ...key, position: index + 1, text: value.text, ...valueStamps[index]! })))
        .execute();
    }
    const signStamps = stamps(input.warningSigns, previous.warningSigns, (a, b) => a.kind === b.kind && a.text === b.text, ctx.now, actor.userId);
    if (input.warningSigns.length > 0) {
      await trx
        .insertInto('warning_sign')
        .values(input.warningSigns.map((sign, index) => ({ ...key, position: index + 1, kind: sign.kind, text: sign.text, ...signStamps[index]! })))
        .execute();
    }
    const actionStamps = stamps(input.accountabilityActions, previous.accountabilityActions, (a, b) => a.text === b.text && a.status === b.status, ctx.now, actor.userId);
    if (input.accountabilityActions.length > 0) {
      await trx
        .insertInto('accountability_action')
        .values(input.accountabilityActions.map((action, index) => ({ ...key, position: index + 1, text: action.text, status: action.status, ...actionStamps[index]! })))
        .execute();
    }
    await recordAudit(ctx, trx, {
      type: 'workbook.updated',
      subject: { type: 'participant', id: participantId },
      details: {
        values: input.relationshipValues.length,
        warningSigns: input.warningSigns.length,
        actions: input.accountabilityActions.length,
        actionsDone: input.accountabilityActions.filter((action) => action.status === 'done').length,
      },
    });
    return findWorkbook(trx, participantId);
  });
}
