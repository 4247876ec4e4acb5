import { assertCan } from '../access/assert-can.js';
import { findResources, recordOf } from '../resources/index.js';
import type { Ctx } from '../shared/ctx.js';
import { crisisLinesForPartners, defaultCrisisLines } from './crisis-lines.js';
import { packText } from './pack-text.js';
import { findPackIssuer } from './packs.queries.js';
import type { PdfFile } from './packs.schema.js';
import { partnerInformationPack } from './partner-information.js';
import { renderPack } from './render-pack.js';

/**
 * The partner information pack in the request's language. Permission `resource.read`, not
 * `partner.read`: the pack holds no partner or participant data (only the program's promises,
 * the limits of confidentiality, rights and crisis lines), and intake staff hand it out too.
 * Crisis lines are the agency directory's (`crisis_line`, for people harmed, children or anyone);
 * the seeds' when the directory has none.
 */
export async function getPartnerInformationPack(ctx: Ctx): Promise<PdfFile> {
  assertCan(ctx.actor, 'resource.read');
  const { issuer, lines } = await ctx.db.transaction(async (trx) => ({
    issuer: await findPackIssuer(trx, ctx.locale),
    lines: (await findResources(trx, { category: 'crisis_line', locale: ctx.locale })).items.map(recordOf),
  }));
  const text = packText(ctx.locale);
  const crisisLines = crisisLinesForPartners(lines);
  const pack = partnerInformationPack(text, issuer.agencyName, crisisLines.length > 0 ? crisisLines : defaultCrisisLines);
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `partner-contact-information-${ctx.locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
