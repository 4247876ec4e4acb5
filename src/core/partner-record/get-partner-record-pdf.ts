import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { packText } from '../packs/pack-text.js';
import { findPackIssuer } from '../packs/packs.queries.js';
import type { PdfFile } from '../packs/packs.schema.js';
import { renderPack } from '../packs/render-pack.js';
import { partnerLocale } from '../safety-plans/index.js';
import type { Ctx } from '../shared/ctx.js';
import { partnerRecordPack } from './partner-record-pack.js';
import { loadPartnerRecord } from './partner-record.queries.js';

/**
 * Everything PARS holds about a partner, as one PDF in the partner's language, for the partner
 * who asks for it (the partner-contact team makes it; 404 for anyone else). The export is
 * audited as `partner.record_exported` with counts only, in the same transaction as the read.
 */
export async function getPartnerRecordPdf(ctx: Ctx, partnerId: string): Promise<PdfFile> {
  assertCan(ctx.actor, 'partner.read');
  const { record, issuer, locale } = await ctx.db.transaction(async (trx) => {
    const record = await loadPartnerRecord(trx, ctx.keyring, partnerId);
    const locale = partnerLocale(record.language);
    const issuer = await findPackIssuer(trx, locale);
    await recordAudit(ctx, trx, {
      type: 'partner.record_exported',
      subject: { type: 'partner', id: partnerId },
      details: {
        language: locale === 'fr-CA' ? 'fr' : 'en',
        contacts: record.contacts.length,
        consents: record.consents.length,
        safetyPlanVersions: record.safetyPlans.length,
        letters: record.letters.length,
        resources: record.resources.length,
        disclosures: record.disclosures.length,
      },
    });
    return { record, issuer, locale };
  });
  const text = packText(locale);
  const bytes = await renderPack(partnerRecordPack(text, record, issuer.timeZone), { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `partner-record-${locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
