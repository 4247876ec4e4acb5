import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import type { Ctx } from '../shared/ctx.js';
import type { SafetyConcern } from './disclosures.schema.js';

/**
 * The safety concerns disclosures attached to a participant's case, for the completion report
 * (issue #9): a category and a day each, never the partner's words nor the disclosure itself.
 */
export async function listSafetyConcerns(ctx: Ctx, participantId: string): Promise<SafetyConcern[]> {
  assertCan(ctx.actor, 'participant.read');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const rows = await trx
      .selectFrom('case_safety_concern')
      .select(['category', 'occurred_on', 'attached_at'])
      .where('participant_id', '=', participantId)
      .orderBy('occurred_on', 'desc')
      .orderBy('attached_at', 'desc')
      .execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return rows.map((row) => ({ category: row.category, occurredOn: row.occurred_on, attachedAt: row.attached_at.toISOString() }));
  });
}
