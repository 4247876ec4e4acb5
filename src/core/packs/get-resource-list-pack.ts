import { assertCan } from '../access/assert-can.js';
import type { ResourceRecord } from '../resources/resource-record.js';
import type { Ctx } from '../shared/ctx.js';
import type { Locale } from '../shared/locale.js';
import { packText } from './pack-text.js';
import { findPackIssuer } from './packs.queries.js';
import type { PdfFile } from './packs.schema.js';
import { renderPack } from './render-pack.js';
import { resourceListPack } from './resource-list.js';

/**
 * The resource list a worker chose, in `locale`, in the order given. Confidential addresses are
 * printed only with `includeConfidentialAddresses: true`: the worker's explicit choice.
 */
export async function getResourceListPack(
  ctx: Ctx,
  input: { locale: Locale; resources: readonly ResourceRecord[]; includeConfidentialAddresses: boolean },
): Promise<PdfFile> {
  assertCan(ctx.actor, 'resource.read');
  const issuer = await ctx.db.transaction((trx) => findPackIssuer(trx, input.locale));
  const text = packText(input.locale);
  const pack = resourceListPack(text, issuer.agencyName, input.resources, { includeConfidentialAddresses: input.includeConfidentialAddresses });
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `community-resources-${input.locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
