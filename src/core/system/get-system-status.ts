import { findPublicAgency } from '../agencies/index.js';
import type { Ctx } from '../shared/index.js';
import { checkDatabase } from './check-database.js';
import type { SystemStatus } from './system.schema.js';

/** The public status: version, database health, and the agency this installation presents. */
export async function getSystemStatus(
  ctx: Ctx,
  input: { version: string; dialect: 'pglite' | 'postgres'; agencySlug?: string | undefined; latestMigration: string },
): Promise<SystemStatus> {
  const ok = await checkDatabase(ctx, { latestMigration: input.latestMigration });
  return {
    product: 'PARS',
    version: input.version,
    time: ctx.now.toISOString(),
    database: { status: ok ? 'ok' : 'unavailable', dialect: input.dialect },
    agency: ok ? await findPublicAgency(ctx, { slug: input.agencySlug }) : null,
  };
}
