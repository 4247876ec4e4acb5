import { permissionsOf } from '../access/can.js';
import { requireStaff } from '../access/require-staff.js';
import type { Ctx } from '../shared/ctx.js';
import type { SessionInfo } from './auth.schema.js';
import type { ResolvedSession } from './resolve-session.js';

/** What the web app needs about the signed-in staff member: who, where, which permissions. */
export async function getSessionInfo(ctx: Ctx, session: ResolvedSession): Promise<SessionInfo> {
  const actor = requireStaff(ctx.actor);
  const agency = await ctx.db.transaction((trx) =>
    trx.selectFrom('agency').select(['name', 'name_fr', 'time_zone']).where('id', '=', actor.agencyId).executeTakeFirstOrThrow(),
  );
  return {
    stage: session.stage,
    user: { id: actor.userId, email: session.user.email, displayName: session.user.displayName, preferredLocale: session.user.preferredLocale },
    agency: { name: agency.name, nameFr: agency.name_fr, timeZone: agency.time_zone },
    roles: [...actor.roles],
    permissions: session.stage === 'active' ? [...permissionsOf(actor.roles, actor.auditAccess)].sort() : [],
    auditAccess: session.stage === 'active' && actor.auditAccess ? { endsAt: actor.auditAccess.endsAt.toISOString() } : null,
    csrfToken: session.csrfToken,
    mfaRequired: session.settings.mfaRequired,
    hasSecondFactor: session.user.hasSecondFactor,
    idleMinutes: session.settings.sessionIdleMinutes,
    expiresAt: session.expiresAt.toISOString(),
  };
}
