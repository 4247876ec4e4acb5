import type { Role } from '../../core/access/index.js';
import type { MessageId } from './messages';

/** The message of each role's name; the roles themselves come from core/access. */
const roleMessageIds: Record<Role, MessageId> = {
  intake: 'role.intake',
  facilitator: 'role.facilitator',
  partner_contact: 'role.partner_contact',
  partner_contact_lead: 'role.partner_contact_lead',
  manager: 'role.manager',
  finance: 'role.finance',
  admin: 'role.admin',
  auditor: 'role.auditor',
};

/** The message id of a role's name, or undefined for a role this app does not know yet. */
export function roleMessageId(role: string): MessageId | undefined {
  return Object.hasOwn(roleMessageIds, role) ? roleMessageIds[role as Role] : undefined;
}
