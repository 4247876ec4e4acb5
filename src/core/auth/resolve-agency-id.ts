import type { Ctx } from '../shared/ctx.js';

/**
 * The agency a sign-in is for: the one named, or the one the installation presents. Looking an
 * agency up by its public short name is an operator-level read (ctx.db is the system scope).
 */
export async function resolveAgencyId(ctx: Ctx, slug: string | undefined): Promise<string | undefined> {
  return ctx.db.transaction(async (trx) => {
    if (slug) {
      return (await trx.selectFrom('agency').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
    }
    const rows = await trx.selectFrom('agency').select('id').limit(2).execute();
    return rows.length === 1 ? rows[0]!.id : undefined;
  });
}
