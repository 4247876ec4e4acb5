import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import type { UserSummary } from './users.schema.js';
import { selectUserSummaries, toUserSummary } from './users.queries.js';

/** The agency's staff accounts, by name. */
export async function listUsers(ctx: Ctx): Promise<UserSummary[]> {
  assertCan(ctx.actor, 'user.read');
  return ctx.db.transaction(async (trx) => {
    const rows = await selectUserSummaries(trx).orderBy('u.display_name').orderBy('u.email').execute();
    return rows.map(toUserSummary);
  });
}
