import { assertCan } from '../access/assert-can.js';
import { findResources, recordOf } from '../resources/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { packText } from './pack-text.js';
import { findPackIssuer } from './packs.queries.js';
import type { PdfFile, ResourceListInput } from './packs.schema.js';
import { renderPack } from './render-pack.js';
import { resourceListPack } from './resource-list.js';

/**
 * The resource list a worker chose from the agency's directory, in the language asked for and
 * the order given. A resource that is not in the directory (another agency's, unknown, retired)
 * is `resources.not_found`, the whole list refused rather than printed short. Confidential
 * addresses are printed only with `includeConfidentialAddresses: true`: the worker's explicit
 * choice. It names no one, so it is not audited as an export.
 */
export async function getResourceListPack(ctx: Ctx, input: ResourceListInput): Promise<PdfFile> {
  assertCan(ctx.actor, 'resource.read');
  const locale = input.lang === 'fr' ? 'fr-CA' : 'en-CA';
  const ids = [...new Set(input.resourceIds)];
  const { issuer, found } = await ctx.db.transaction(async (trx) => ({
    issuer: await findPackIssuer(trx, locale),
    found: (await findResources(trx, { ids })).items,
  }));
  const byId = new Map(found.map((resource) => [resource.id, resource]));
  const resources = ids.map((id) => {
    const resource = byId.get(id);
    if (!resource) throw new AppError('not_found', 'resources.not_found', {});
    return recordOf(resource);
  });
  const text = packText(locale);
  const pack = resourceListPack(text, issuer.agencyName, resources, { includeConfidentialAddresses: input.includeConfidentialAddresses });
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `community-resources-${input.lang}.pdf` };
}
