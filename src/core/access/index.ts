export type { Actor, AuditAccess } from './actor.js';
export { assertCan } from './assert-can.js';
export { requireStaff } from './require-staff.js';
export { actingIn } from './acting-in.js';
export { can, compartmentsFor, permissionsOf, readsAsAuditor } from './can.js';
export { compartmentOf, permissions, type Permission } from './permissions.js';
export { auditGrantPermissions, rolePermissions } from './role-permissions.js';
export { groupProgramRoles, partnerContactTeam, roles, teamConflict, type Role } from './roles.js';
export { accessErrors } from './access.errors.js';
