import type { Kysely } from 'kysely';
import { can, partnerContactTeam, type Role, roles } from '../../core/access/index.js';
import type { DB } from '../../db/schema.js';
import type { DeclaredRoute } from '../enforce-access.js';
import { givenStaffSession } from './given-staff-session.js';
import type { SecurityWorld } from './security-world.js';

/** Who calls a route in the API fuzz: headers, and whether partner data may appear in the answers. */
export interface FuzzCaller {
  label: string;
  headers: () => Promise<Record<string, string>>;
  /** Called when an answer is 401: the session may have ended itself (sign-out) and is made again. */
  renew: () => void;
  seesPartnerData: boolean;
}

const stages = { any: 'active', active: 'active', enrol: 'enrol_second_factor', second_factor: 'second_factor' } as const;

/**
 * A caller that gets past access control to validation and the use case: for a permission, a
 * role of the world that holds it (outside the partner-contact team when one does, so canaries
 * are checked); for a session stage, a session of its own in that stage, renewed when it ends.
 */
export function callerFor(route: DeclaredRoute, world: SecurityWorld, db: Kysely<DB>, now: Date): FuzzCaller {
  const rule = route.access;
  if ('public' in rule) return { label: 'nobody signed in', headers: async () => ({}), renew: () => undefined, seesPartnerData: false };
  if ('session' in rule) {
    let made: Promise<Record<string, string>> | undefined;
    const make = async () => {
      const session = await givenStaffSession(db, world.agencyId, ['intake'], now);
      await db.updateTable('staff_session').set({ stage: stages[rule.session] }).where('user_id', '=', session.userId).execute();
      return session.headers;
    };
    return { label: `own session (${stages[rule.session]})`, headers: () => (made ??= make()), renew: () => (made = undefined), seesPartnerData: false };
  }
  const holders = roles.filter((role) => can(actorFor(role), rule.permission));
  const role = holders.find((one) => !partnerContactTeam.includes(one) && one !== 'auditor') ?? holders.find((one) => !partnerContactTeam.includes(one)) ?? holders[0];
  if (!role) throw new Error(`No role holds ${rule.permission} (${route.method} ${route.url})`);
  return { label: role, headers: async () => world.sessions[role].headers, renew: () => undefined, seesPartnerData: partnerContactTeam.includes(role) };
}

// The world's auditor works under a grant in force (see security-world.ts).
function actorFor(role: Role) {
  const auditAccess = role === 'auditor' ? { auditAccess: { grantId: 'g', endsAt: new Date(8.64e15) } } : {};
  return { kind: 'staff' as const, userId: 'u', agencyId: 'a', sessionId: 's', roles: [role], ...auditAccess };
}
