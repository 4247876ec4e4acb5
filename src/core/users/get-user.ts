import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { UserSummary } from './users.schema.js';
import { findUserSummary } from './users.queries.js';

/** One staff account, for the admin's account page; the view is audited like any record's. */
export async function getUser(ctx: Ctx, userId: string): Promise<UserSummary> {
  assertCan(ctx.actor, 'user.read');
  return ctx.db.transaction(async (trx) => {
    const user = await findUserSummary(trx, userId);
    if (!user) throw new AppError('not_found', 'users.not_found', {});
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'user', id: userId }, details: {} });
    return user;
  });
}
