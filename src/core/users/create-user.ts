import { actingIn } from '../access/acting-in.js';
import { teamConflict } from '../access/roles.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from './db-errors.js';
import { hashPassword } from './hash-password.js';
import { checkPassword } from './password-policy.js';
import type { CreateUserInput, UserSummary } from './users.schema.js';
import { findUserSummary } from './users.queries.js';

/** Creates a staff account with its roles, refusing the partner-contact/group-program mix. */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<UserSummary> {
  const actor = actingIn(ctx, 'user.manage');
  const conflict = teamConflict(input.roles);
  if (conflict) throw new AppError('rule_violation', 'users.team_conflict', { team: conflict[0], program: conflict[1] });
  const problem = checkPassword(input.password, input);
  if (problem) throw new AppError('invalid', 'users.password_weak', { problem });
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (trx) => {
      const { id } = await trx
        .insertInto('app_user')
        .values({
          agency_id: actor.agencyId,
          email: input.email.trim().toLowerCase(),
          display_name: input.displayName,
          preferred_locale: input.preferredLocale,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.roles.length > 0) {
        await trx
          .insertInto('role_grant')
          .values([...new Set(input.roles)].map((role) => ({ agency_id: actor.agencyId, user_id: id, role, granted_by: actor.userId })))
          .execute();
      }
      await recordAudit(ctx, trx, { type: 'user.created', subject: { type: 'user', id }, details: { roles: [...input.roles] } });
      return (await findUserSummary(trx, id))!;
    });
  } catch (error) {
    if (isDbError(error, '23505')) throw new AppError('conflict', 'users.email_taken', {});
    if (isDbError(error, '23514', 'role_grant_team_rule')) throw new AppError('rule_violation', 'users.team_conflict', { team: 'partner_contact', program: 'group_program' });
    throw error;
  }
}
