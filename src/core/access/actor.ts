import type { Role } from './roles.js';

/**
 * Who is acting. Staff actors carry their agency, roles and session; `system` is the
 * operator's CLI or the server itself (migrations, seeding, readiness), never a person's request.
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; reason: string }
  | { kind: 'staff'; userId: string; agencyId: string; roles: readonly Role[]; sessionId: string };
