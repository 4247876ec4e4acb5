import { AppError } from '../shared/app-error.js';
import type { Actor } from './actor.js';

/** The staff actor of a use case that only staff may run (anyone else must sign in). */
export function requireStaff(actor: Actor): Extract<Actor, { kind: 'staff' }> {
  if (actor.kind !== 'staff') throw new AppError('unauthenticated', 'auth.sign_in_required');
  return actor;
}
