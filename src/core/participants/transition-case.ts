import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import type { Permission } from '../access/permissions.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { applyTransition } from './apply-transition.js';
import type { CaseState, CaseTransition } from './case-lifecycle.rules.js';
import type { CompletionReviewInput, PendingDischargeInput, TransitionInput } from './participants.schema.js';
import type { z } from 'zod';

/**
 * Who may take a decision beyond changing the file: a discharge, taking back a pending
 * discharge, and a completion are the manager's (they go to the court); the rest are intake's.
 */
const signOff: readonly CaseTransition[] = ['revoke_pending_discharge', 'discharge', 'complete'];

/** The permission a transition needs, on top of `participant.write`. */
export function permissionFor(transition: CaseTransition): Permission {
  return signOff.includes(transition) ? 'case.sign_off' : 'participant.write';
}

/** A staff decision on a case (waitlist, find unsuitable, withdraw, discharge, complete …), with its reason. */
export async function transitionCase(
  ctx: Ctx,
  participantId: string,
  input: TransitionInput,
): Promise<{ from: CaseState; to: CaseState; version: number }> {
  actingIn(ctx, 'participant.write');
  const needed = permissionFor(input.transition);
  if (needed !== 'participant.write') actingIn(ctx, needed);
  return ctx.db.transaction((trx) => applyTransition(ctx, trx, { participantId, ...input }));
}

/**
 * A facilitator (or manager) warns that a case is heading to discharge, with a coded reason and
 * their words: the case goes to pending discharge, the partner-contact team gets a notice with
 * the code only, and the manager decides.
 */
export async function warnPendingDischarge(ctx: Ctx, participantId: string, input: z.infer<typeof PendingDischargeInput>): Promise<{ from: CaseState; to: CaseState; version: number }> {
  assertCan(ctx.actor, 'attendance.record');
  requireStaff(ctx.actor);
  return ctx.db.transaction((trx) => applyTransition(ctx, trx, { participantId, transition: 'warn_pending_discharge', ...input }));
}

/**
 * The facilitator's final check-out for the current placement: were the program's goals met?
 * Recorded once per placement (a second check-out replaces the first), before the manager signs
 * the completion off.
 */
export async function recordCompletionReview(ctx: Ctx, participantId: string, input: z.infer<typeof CompletionReviewInput>): Promise<{ outcome: 'met' | 'not_met'; reviewedAt: string }> {
  assertCan(ctx.actor, 'attendance.record');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const person = await trx.selectFrom('participant').select(['id', 'case_state']).where('id', '=', participantId).executeTakeFirst();
    if (!person) throw new AppError('not_found', 'participants.not_found', {});
    const placement = await trx.selectFrom('enrolment').select('id').where('participant_id', '=', participantId).where('status', '=', 'active').executeTakeFirst();
    if (!placement) throw new AppError('rule_violation', 'case.not_in_a_group', {});
    if (person.case_state !== 'active') throw new AppError('rule_violation', 'case.not_from_this_state', { transition: 'complete', state: person.case_state, sessionsRequired: 0 });
    const values = { outcome: input.outcome, comments: input.comments ?? null, reviewed_at: ctx.now, reviewed_by: actor.userId };
    await trx
      .insertInto('completion_review')
      .values({ agency_id: actor.agencyId, enrolment_id: placement.id, participant_id: participantId, ...values })
      .onConflict((oc) => oc.columns(['agency_id', 'enrolment_id']).doUpdateSet(values))
      .execute();
    await recordAudit(ctx, trx, { type: 'completion.reviewed', subject: { type: 'participant', id: participantId }, details: { outcome: input.outcome } });
    return { outcome: input.outcome, reviewedAt: ctx.now.toISOString() };
  });
}
