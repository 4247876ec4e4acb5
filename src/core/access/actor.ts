import type { Role } from './roles.js';

/**
 * Who is acting. Staff actors carry their agency, roles and session; `system` is the
 * operator's CLI or the server itself (migrations, seeding, readiness), never a person's request.
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'system'; reason: string }
  | { kind: 'staff'; userId: string; agencyId: string; roles: readonly Role[]; sessionId: string; auditAccess?: AuditAccess };

/**
 * A Ministry auditor's access to the agency, granted by a manager for a time (core/audit-access):
 * present only while a grant is in force, read fresh on every request like the roles. Without
 * it the auditor role opens nothing but the agency's name.
 */
export interface AuditAccess {
  grantId: string;
  endsAt: Date;
}
