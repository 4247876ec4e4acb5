import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertCan } from './assert-can.js';
import type { Permission } from './permissions.js';

/**
 * The agency (and user) a use case acts in: a staff member holding `permission`, or the
 * operator at the command line working on one agency (`pars user add`), who already holds the
 * database and its keys. Anyone else is refused as `assertCan` would.
 */
export function actingIn(ctx: Ctx, permission: Permission): { agencyId: string; userId: string | null } {
  if (ctx.actor.kind === 'system' && ctx.db.scope.kind === 'agency') return { agencyId: ctx.db.scope.agencyId, userId: null };
  assertCan(ctx.actor, permission);
  if (ctx.actor.kind !== 'staff') throw new AppError('unauthenticated', 'auth.sign_in_required', {});
  return { agencyId: ctx.actor.agencyId, userId: ctx.actor.userId };
}
