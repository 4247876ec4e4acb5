import type { Compartment } from '../../db/scoped-database.js';
import type { Actor, AuditAccess } from './actor.js';
import { compartmentOf, type Permission } from './permissions.js';
import { auditGrantPermissions, rolePermissions } from './role-permissions.js';
import type { Role } from './roles.js';

/** The permissions a set of roles holds, with an auditor's grant when one is in force. */
export function permissionsOf(held: readonly Role[], auditAccess?: AuditAccess): Set<Permission> {
  const granted = auditAccess && held.includes('auditor') ? auditGrantPermissions : [];
  return new Set([...held.flatMap((role) => rolePermissions[role] ?? []), ...granted]);
}

/**
 * Deny by default: true only for a staff actor whose roles grant the permission and, when a
 * resource is named, only within the actor's own agency. Pure; the web uses it to show controls.
 */
export function can(actor: Actor, permission: Permission, resource?: { agencyId: string }): boolean {
  if (actor.kind !== 'staff') return false;
  if (resource && resource.agencyId !== actor.agencyId) return false;
  return permissionsOf(actor.roles, actor.auditAccess).has(permission);
}

/** True when the actor reads as a Ministry auditor through a grant (figures leave suppressed). */
export function readsAsAuditor(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.auditAccess !== undefined && actor.roles.includes('auditor');
}

/** The record spaces a set of roles (and an auditor's grant) may see; the database's policies read this list. */
export function compartmentsFor(held: readonly Role[], auditAccess?: AuditAccess): Compartment[] {
  const open = new Set<Compartment>();
  for (const permission of permissionsOf(held, auditAccess)) {
    const compartment = compartmentOf(permission);
    if (compartment) open.add(compartment);
  }
  return [...open].sort();
}
