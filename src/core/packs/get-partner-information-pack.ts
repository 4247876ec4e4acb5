import { assertCan } from '../access/assert-can.js';
import type { ResourceRecord } from '../resources/resource-record.js';
import type { Ctx } from '../shared/ctx.js';
import { packText } from './pack-text.js';
import { findPackIssuer } from './packs.queries.js';
import type { PdfFile } from './packs.schema.js';
import { partnerInformationPack } from './partner-information.js';
import { renderPack } from './render-pack.js';
import { seedCrisisLines } from './seed-crisis-lines.js';

/**
 * The partner information pack in the request's language. Permission `resource.read`, not
 * `partner.read`: the pack holds no partner or participant data (only the program's promises,
 * the limits of confidentiality, rights and crisis lines), and intake staff hand it out too.
 * `crisisLines`: the directory's crisis lines; without any, the seeds' three lines.
 */
export async function getPartnerInformationPack(ctx: Ctx, options: { crisisLines?: readonly ResourceRecord[] } = {}): Promise<PdfFile> {
  assertCan(ctx.actor, 'resource.read');
  const issuer = await ctx.db.transaction((trx) => findPackIssuer(trx, ctx.locale));
  const text = packText(ctx.locale);
  const crisisLines = options.crisisLines && options.crisisLines.length > 0 ? options.crisisLines : seedCrisisLines;
  const pack = partnerInformationPack(text, issuer.agencyName, crisisLines);
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `partner-contact-information-${ctx.locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
