import { actingIn } from '../access/acting-in.js';
import type { Ctx } from '../shared/ctx.js';
import { applyTransition } from './apply-transition.js';
import type { CaseState, CaseTransition } from './case-lifecycle.rules.js';

/** A staff decision on a case (waitlist, find unsuitable, withdraw, transfer …), with its reason. */
export async function transitionCase(
  ctx: Ctx,
  participantId: string,
  input: { transition: CaseTransition; reason?: string | undefined; version: number },
): Promise<{ from: CaseState; to: CaseState; version: number }> {
  actingIn(ctx, 'participant.write');
  return ctx.db.transaction((trx) => applyTransition(ctx, trx, { participantId, ...input }));
}
