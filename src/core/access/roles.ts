/** The roles a staff member can hold in an agency (several at once, within the team rule). */
export const roles = [
  'intake',
  'facilitator',
  'partner_contact',
  'partner_contact_lead',
  'manager',
  'finance',
  'admin',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

/** The partner-contact team: separate staff who do not work in the group program (seeds). */
export const partnerContactTeam: readonly Role[] = ['partner_contact', 'partner_contact_lead'];

/** Roles of the group program that a partner-contact team member may not also hold. */
export const groupProgramRoles: readonly Role[] = ['facilitator', 'intake', 'manager'];

/** The first pair of roles that breaks the team rule, if any. */
export function teamConflict(held: readonly Role[]): [Role, Role] | undefined {
  const team = held.find((role) => partnerContactTeam.includes(role));
  const program = held.find((role) => groupProgramRoles.includes(role));
  return team && program ? [team, program] : undefined;
}
