import { describe, expect, it } from 'vitest';
import { compartmentsFor, permissionsOf } from './can.js';
import { permissions } from './permissions.js';
import { auditGrantPermissions, rolePermissions } from './role-permissions.js';
import { type Role, roles, teamConflict } from './roles.js';

/** The policy itself, stated as facts a program manager or auditor would check. */
describe('the role policy', () => {
  const partnerTeam: Role[] = ['partner_contact', 'partner_contact_lead'];

  it('opens the partner compartment to the partner-contact team and nobody else', () => {
    for (const role of roles) {
      expect({ role, partner: compartmentsFor([role]).includes('partner') }).toEqual({ role, partner: partnerTeam.includes(role) });
    }
  });

  it('gives the manager disclosures and aggregate figures but not partner files', () => {
    const manager = permissionsOf(['manager']);
    expect(manager.has('disclosure.read') && manager.has('disclosure.approve') && manager.has('report.sign') && manager.has('statistics.read')).toBe(true);
    expect(manager.has('partner.read')).toBe(false);
  });

  it('lets the admin run accounts and settings but read no case data', () => {
    expect(compartmentsFor(['admin'])).toEqual([]);
    expect(permissionsOf(['admin']).has('user.manage')).toBe(true);
  });

  it('keeps the auditor read-only, and shut out until a grant is in force', () => {
    const grant = { grantId: 'g', endsAt: new Date('2030-01-01') };
    expect([...permissionsOf(['auditor'])]).toEqual(['agency.read']);
    for (const permission of permissionsOf(['auditor'], grant)) expect(permission).toMatch(/\.read(_views|_sample)?$/);
    expect(permissionsOf(['auditor'], grant).has('statistics.read')).toBe(true);
    expect(compartmentsFor(['auditor'], grant)).toEqual(['audit']);
    // A grant means nothing to a role that is not the auditor's.
    expect(permissionsOf(['facilitator'], grant).has('audit.read')).toBe(false);
  });

  it('shows declared income to intake and finance only', () => {
    for (const role of roles) {
      expect({ role, income: compartmentsFor([role]).includes('income') }).toEqual({ role, income: role === 'intake' || role === 'finance' });
    }
  });

  it('lets intake pass partner details on without reading them', () => {
    const intake = permissionsOf(['intake']);
    expect(intake.has('partner.create')).toBe(true);
    expect(intake.has('partner.read')).toBe(false);
  });

  it('grants only registered permissions', () => {
    for (const granted of [...Object.values(rolePermissions), auditGrantPermissions]) for (const permission of granted) expect(permissions).toHaveProperty([permission]);
  });

  it.each([
    [['partner_contact', 'facilitator'], true],
    [['partner_contact_lead', 'manager'], true],
    [['partner_contact', 'intake'], true],
    [['partner_contact', 'finance'], false],
    [['facilitator', 'intake', 'manager'], false],
    [['partner_contact', 'partner_contact_lead'], false],
  ] as [Role[], boolean][])('team rule for %j: conflict %s', (held, conflict) => {
    expect(teamConflict(held) !== undefined).toBe(conflict);
  });
});
