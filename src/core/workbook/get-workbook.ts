import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import type { Ctx } from '../shared/ctx.js';
import type { Workbook } from './workbook.schema.js';
import { findWorkbook } from './workbook.queries.js';

/**
 * A participant's workbook (`participant.read`), audited as a view of their record. Outside the
 * participant compartment the participant does not exist: 404, from row-level security.
 */
export async function getWorkbook(ctx: Ctx, participantId: string): Promise<Workbook> {
  assertCan(ctx.actor, 'participant.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const workbook = await findWorkbook(trx, participantId);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return workbook;
  });
}
