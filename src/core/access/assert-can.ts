import { AppError } from '../shared/app-error.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import { compartmentOf, type Permission } from './permissions.js';

/**
 * Throws unless the actor may. A miss on a compartment permission is `not_found` (404): for
 * someone outside the compartment such records do not exist. Other misses are `forbidden`.
 */
export function assertCan(actor: Actor, permission: Permission, resource?: { agencyId: string }): void {
  if (can(actor, permission, resource)) return;
  if (actor.kind !== 'staff') throw new AppError('unauthenticated', 'auth.sign_in_required');
  // Another agency's record, like a compartment's, does not exist for this actor.
  if (compartmentOf(permission) || (resource && resource.agencyId !== actor.agencyId)) {
    throw new AppError('not_found', 'access.not_found');
  }
  throw new AppError('forbidden', 'access.forbidden', { permission });
}
