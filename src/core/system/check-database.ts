import { sql } from 'kysely';
import type { Ctx } from '../shared/index.js';

/**
 * True when the database answers and carries the latest migration this build knows, so a
 * load balancer only sends traffic to an instance that can serve it.
 */
export async function checkDatabase(ctx: Ctx, input: { latestMigration: string }): Promise<boolean> {
  try {
    return await ctx.db.transaction(async (trx) => {
      const result = await sql<{ applied: boolean }>`
        select exists (select 1 from kysely_migration where name = ${input.latestMigration}) as applied`.execute(trx);
      return result.rows[0]?.applied === true;
    });
  } catch {
    return false;
  }
}
