import type { Permission } from '../core/access/index.js';

/**
 * What a route requires, declared when it is registered (a route without it cannot be
 * registered: see enforce-access.ts). Deny by default: anything beyond `public` needs a session.
 */
export type RouteAccess =
  | { public: true }
  /** Any signed-in session, whatever its stage (session info, sign-out). */
  | { session: 'any' }
  /** A sign-in waiting for its second factor. */
  | { session: 'second_factor' }
  /** A sign-in waiting to enrol an authenticator, or a full session enrolling one. */
  | { session: 'enrol' }
  /** A full session, no particular permission (a staff member's own account). */
  | { session: 'active' }
  /** A full session whose roles grant the permission. */
  | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** Shorthands for route options: `{ config: access.permission('user.read') }`. */
export const access = {
  public: { access: { public: true } as RouteAccess },
  session: (stage: 'any' | 'second_factor' | 'enrol' | 'active') => ({ access: { session: stage } as RouteAccess }),
  permission: (permission: Permission) => ({ access: { permission } as RouteAccess }),
};
