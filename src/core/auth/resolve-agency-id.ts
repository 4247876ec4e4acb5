import { findAgencyBySlug, findFirstAgencies } from '../agencies/index.js';
import type { Ctx } from '../shared/ctx.js';

/**
 * The agency a sign-in is for: the one named, or the one the installation presents. Looking an
 * agency up by its public short name is an operator-level read (ctx.db is the system scope).
 */
export async function resolveAgencyId(ctx: Ctx, slug: string | undefined): Promise<string | undefined> {
  return ctx.db.transaction(async (trx) => {
    if (slug) return (await findAgencyBySlug(trx, slug))?.id;
    const rows = await findFirstAgencies(trx);
    return rows.length === 1 ? rows[0]!.id : undefined;
  });
}
