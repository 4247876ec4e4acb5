import type { Permission } from './permissions.js';
import type { Role } from './roles.js';

/**
 * The one map from role to permissions. Reading it is reading the policy: a role has nothing
 * that is not listed here.
 * - Partner information is for partner_contact and partner_contact_lead only.
 * - The partner-contact team records disclosures and follows them (a worker tells the partner
 *   what was disclosed and to whom); the lead also sees the team's figures.
 * - The manager approves, signs and sees disclosures and aggregate figures, not partner files;
 *   only the manager decides discharges and signs off completions.
 * - admin runs accounts and settings and reads no case data.
 * - auditor: nothing but the agency's name until a manager grants access for a time; then the
 *   log, the figures, the staff list and the sample of files the grant names, read-only
 *   (`auditGrantPermissions`, core/audit-access). No write permission is ever an auditor's.
 * - intake and partner-contact staff can pass partner details on (the drop box) without reading them.
 * - Declared income is for intake and finance only (it sets fees).
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  intake: [
    'agency.read', 'participant.read', 'participant.write', 'income.read', 'income.write', 'referral.read', 'referral.write',
    'partner.create', 'group.read', 'fee.read', 'fee.assess', 'resource.read', 'resource.refer',
  ],
  facilitator: [
    'agency.read', 'participant.read', 'group.read', 'attendance.record', 'report.draft',
    'disclosure.create', 'resource.read', 'resource.refer',
  ],
  partner_contact: ['agency.read', 'partner.create', 'partner.read', 'partner.write', 'disclosure.create', 'disclosure.read', 'resource.read'],
  partner_contact_lead: [
    'agency.read', 'partner.create', 'partner.read', 'partner.write', 'disclosure.create', 'disclosure.read',
    'audit.read_views', 'statistics.read', 'resource.read', 'audit.open_partner_identity',
  ],
  manager: [
    'agency.read', 'participant.read', 'participant.write', 'referral.read', 'referral.write', 'partner.create', 'group.read',
    'group.manage', 'program.manage', 'case.sign_off', 'fee.read', 'report.draft', 'report.sign', 'disclosure.create', 'disclosure.read',
    'disclosure.approve', 'statistics.read', 'audit.read_views', 'resource.read', 'resource.manage', 'resource.refer', 'fee.schedule',
    'audit.grant_access',
  ],
  finance: ['agency.read', 'participant.read', 'income.read', 'income.write', 'fee.read', 'fee.manage', 'fee.schedule', 'fee.assess', 'resource.read'],
  admin: ['agency.read', 'setting.manage', 'program.manage', 'user.read', 'user.manage', 'resource.manage', 'resource.read'],
  auditor: ['agency.read'],
};

/** What an auditor holds while a manager's grant is in force: reads only. */
export const auditGrantPermissions: readonly Permission[] = ['audit.read', 'audit.read_views', 'statistics.read', 'user.read', 'resource.read', 'audit.read_sample'];
