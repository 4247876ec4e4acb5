import type { Compartment } from '../../db/scoped-database.js';
import type { Actor } from './actor.js';
import { compartmentOf, type Permission } from './permissions.js';
import { rolePermissions } from './role-permissions.js';
import type { Role } from './roles.js';

/** The permissions a set of roles holds. */
export function permissionsOf(held: readonly Role[]): Set<Permission> {
  return new Set(held.flatMap((role) => rolePermissions[role] ?? []));
}

/**
 * Deny by default: true only for a staff actor whose roles grant the permission and, when a
 * resource is named, only within the actor's own agency. Pure; the web uses it to show controls.
 */
export function can(actor: Actor, permission: Permission, resource?: { agencyId: string }): boolean {
  if (actor.kind !== 'staff') return false;
  if (resource && resource.agencyId !== actor.agencyId) return false;
  return actor.roles.some((role) => (rolePermissions[role] ?? []).includes(permission));
}

/** The record spaces a set of roles may see; the database's policies read this list. */
export function compartmentsFor(held: readonly Role[]): Compartment[] {
  const open = new Set<Compartment>();
  for (const permission of permissionsOf(held)) {
    const compartment = compartmentOf(permission);
    if (compartment) open.add(compartment);
  }
  return [...open].sort();
}
