import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { crisisLinesForPartners, defaultCrisisLines } from '../packs/crisis-lines.js';
import { packText } from '../packs/pack-text.js';
import { findPackIssuer } from '../packs/packs.queries.js';
import type { PdfFile } from '../packs/packs.schema.js';
import { renderPack } from '../packs/render-pack.js';
import { findResources, recordOf } from '../resources/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { Locale } from '../shared/locale.js';
import { safetyPlanPack } from './safety-plan-pack.js';
import { findPlanVersion, requirePartner } from './safety-plans.queries.js';

/** The partner's language for what is printed for them: French when it is theirs, English otherwise. */
export function partnerLocale(language: string | null): Locale {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * A version of the partner's safety plan (the current one by default) as a tagged PDF in the
 * partner's language, with the agency directory's crisis lines (the seeds' when it has none).
 * The partner-contact team only; it carries the partner's plan out of PARS, so each one is
 * audited (the version and the language, never the content).
 */
export async function getSafetyPlanPdf(ctx: Ctx, partnerId: string, version?: number): Promise<PdfFile> {
  assertCan(ctx.actor, 'partner.read');
  const { plan, locale, issuer, lines } = await ctx.db.transaction(async (trx) => {
    const partner = await requirePartner(trx, partnerId);
    const plan = await findPlanVersion(trx, ctx.keyring, partnerId, version);
    if (!plan) throw new AppError('not_found', 'safetyPlans.not_found', {});
    if (!plan.wanted || !plan.content) throw new AppError('rule_violation', 'safetyPlans.not_wanted', {});
    const locale = partnerLocale(partner.language);
    const issuer = await findPackIssuer(trx, locale);
    const lines = (await findResources(trx, { category: 'crisis_line', locale })).items.map(recordOf);
    await recordAudit(ctx, trx, { type: 'safety_plan.printed', subject: { type: 'partner', id: partnerId }, details: { version: plan.version, language: locale === 'fr-CA' ? 'fr' : 'en' } });
    return { plan, locale, issuer, lines };
  });
  const text = packText(locale);
  const crisisLines = crisisLinesForPartners(lines);
  const savedOn = text.day(new Date(plan.savedAt), issuer.timeZone);
  const pack = safetyPlanPack(text, plan.content!, { number: plan.version, savedOn }, crisisLines.length > 0 ? crisisLines : defaultCrisisLines);
  const bytes = await renderPack(pack, { text, agencyName: issuer.agencyName, createdAt: ctx.now, timeZone: issuer.timeZone });
  return { bytes, fileName: `safety-plan-${plan.version}-${locale === 'fr-CA' ? 'fr' : 'en'}.pdf` };
}
