import type { Ctx } from '../shared/index.js';
import { AppError } from '../shared/index.js';
import { findAgencyBySlug, findFirstAgencies, findSites } from './agencies.queries.js';
import type { AgencySummary } from './agencies.schema.js';

/**
 * The agency an installation presents before sign-in: the one named by configuration, or the
 * only one when a single agency exists. A multi-agency installation without a configured one
 * presents none, so it never lists its tenants to strangers.
 */
export async function findPublicAgency(ctx: Ctx, input: { slug?: string | undefined }): Promise<AgencySummary | null> {
  if (ctx.db.scope.kind !== 'system') throw new AppError('unexpected', 'system.unexpected', {});
  return ctx.db.transaction(async (trx) => {
    const agency = input.slug
      ? await findAgencyBySlug(trx, input.slug)
      : await findFirstAgencies(trx).then((rows) => (rows.length === 1 ? rows[0] : undefined));
    if (!agency) return null;
    const sites = await findSites(trx, agency.id);
    return {
      name: agency.name,
      nameFr: agency.name_fr,
      sites: sites.map((site) => ({ name: site.name, nameFr: site.name_fr, timeZone: site.time_zone })),
    };
  });
}
