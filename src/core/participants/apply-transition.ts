import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { findCaseFacts } from './case-facts.queries.js';
import { afterTransition } from './case-notices.js';

/** Decisions the partner is told the reason of: a coded reason is required (the words stay here). */
const needsReasonCode: readonly CaseTransition[] = ['warn_pending_discharge', 'discharge'];
import { type CaseState, type CaseTransition, checkTransition } from './case-lifecycle.rules.js';

/**
 * Moves a case through one transition inside the caller's transaction: checks the state and
 * the preconditions against the records, refuses with the precondition's own message, then
 * records the new state (version-checked), the transition row (who, when, why), the partner
 * notice it calls for, the end of the placement when the case leaves its group, and an audit event.
 */
export async function applyTransition(
  ctx: Ctx,
  trx: Transaction<DB>,
  input: { participantId: string; transition: CaseTransition; reason?: string | undefined; reasonCode?: string | undefined; version?: number | undefined },
): Promise<{ from: CaseState; to: CaseState; version: number }> {
  const current = await trx.selectFrom('participant').select(['case_state', 'version']).where('id', '=', input.participantId).forUpdate().executeTakeFirst();
  if (!current) throw new AppError('not_found', 'participants.not_found', {});
  if (input.version !== undefined && current.version !== input.version) throw new AppError('conflict', 'participants.stale_version', {});
  const from = current.case_state as CaseState;
  const facts = await findCaseFacts(trx, input.participantId, ctx.now, input.reason);
  const check = checkTransition(from, input.transition, facts);
  if (!check.ok) {
    throw new AppError('rule_violation', `case.${check.reason}`, { transition: input.transition, state: from, sessionsRequired: facts.sessionsRequired });
  }
  const updated = await trx
    .updateTable('participant')
    .set((eb) => ({ case_state: check.to, updated_at: ctx.now, version: eb('version', '+', 1) }))
    .where('id', '=', input.participantId)
    .returning('version')
    .executeTakeFirstOrThrow();
  if (needsReasonCode.includes(input.transition) && !input.reasonCode) {
    throw new AppError('rule_violation', 'case.reason_code_required', { transition: input.transition });
  }
  const agencyId = agencyOf(ctx);
  const row = await trx
    .insertInto('case_transition')
    .values({
      agency_id: agencyId,
      participant_id: input.participantId,
      transition: input.transition,
      from_state: from,
      to_state: check.to,
      reason: input.reason?.trim() || null,
      reason_code: input.reasonCode ?? null,
      occurred_at: ctx.now,
      by_user: ctx.actor.kind === 'staff' ? ctx.actor.userId : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await afterTransition(trx, { agencyId, participantId: input.participantId, transitionId: row.id, transition: input.transition, to: check.to, reasonCode: input.reasonCode ?? null, now: ctx.now });
  await recordAudit(ctx, trx, { type: 'case.transitioned', subject: { type: 'participant', id: input.participantId }, details: { transition: input.transition, from, to: check.to } });
  return { from, to: check.to, version: updated.version };
}

/** The agency a transition is written in: the staff member's, or the operator's scope. */
export function agencyOf(ctx: Ctx): string {
  if (ctx.actor.kind === 'staff') return ctx.actor.agencyId;
  if (ctx.db.scope.kind === 'agency') return ctx.db.scope.agencyId;
  throw new AppError('unexpected', 'system.unexpected', {});
}
