import { actingIn } from '../access/acting-in.js';
import { teamConflict } from '../access/roles.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from './db-errors.js';
import type { SetRolesInput, UserSummary } from './users.schema.js';
import { findRoles, findUserSummary, updateUserVersioned } from './users.queries.js';

/**
 * Replaces a user's roles (optimistic version check), auditing each grant and revocation.
 * An admin cannot take away their own admin role, so an agency is never left without one.
 */
export async function setUserRoles(ctx: Ctx, userId: string, input: SetRolesInput): Promise<UserSummary> {
  const actor = actingIn(ctx, 'user.manage');
  const wanted = [...new Set(input.roles)];
  const conflict = teamConflict(wanted);
  if (conflict) throw new AppError('rule_violation', 'users.team_conflict', { team: conflict[0], program: conflict[1] });
  if (userId === actor.userId && !wanted.includes('admin')) throw new AppError('rule_violation', 'users.cannot_remove_own_admin', {});
  try {
    return await ctx.db.transaction(async (trx) => {
      await updateUserVersioned(trx, userId, input.version, { updated_at: ctx.now });
      const held = await findRoles(trx, userId);
      const revoked = held.filter((role) => !wanted.includes(role));
      const granted = wanted.filter((role) => !held.includes(role));
      if (revoked.length > 0) await trx.deleteFrom('role_grant').where('user_id', '=', userId).where('role', 'in', revoked).execute();
      if (granted.length > 0) {
        await trx
          .insertInto('role_grant')
          .values(granted.map((role) => ({ agency_id: actor.agencyId, user_id: userId, role, granted_by: actor.userId })))
          .execute();
      }
      for (const role of revoked) await recordAudit(ctx, trx, { type: 'role.revoked', subject: { type: 'user', id: userId }, details: { role } });
      for (const role of granted) await recordAudit(ctx, trx, { type: 'role.granted', subject: { type: 'user', id: userId }, details: { role } });
      return (await findUserSummary(trx, userId))!;
    });
  } catch (error) {
    if (isDbError(error, '23514', 'role_grant_team_rule')) throw new AppError('rule_violation', 'users.team_conflict', { team: 'partner_contact', program: 'group_program' });
    throw error;
  }
}
