import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import type { PdfFile } from '../packs/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { Locale } from '../shared/locale.js';
import { renderWalletCard } from './render-wallet-card.js';

/**
 * The wallet card of the participant's relationship values, in the participant's language (the
 * request's when theirs is neither English nor French). It carries their own words out of PARS,
 * so each one made is audited as a PDF export (counts only).
 */
export async function getWalletCard(ctx: Ctx, participantId: string): Promise<PdfFile> {
  assertCan(ctx.actor, 'participant.read');
  const { locale, values } = await ctx.db.transaction(async (trx) => {
    const participant = await trx.selectFrom('participant').select('language').where('id', '=', participantId).executeTakeFirst();
    // Outside the participant compartment (or another agency's id), the participant does not exist.
    if (!participant) throw new AppError('not_found', 'participants.not_found', {});
    const rows = await trx.selectFrom('relationship_value').select('text').where('participant_id', '=', participantId).orderBy('position').execute();
    await recordAudit(ctx, trx, { type: 'export.created', details: { kind: 'workbook_wallet_card', format: 'pdf', records: rows.length } });
    const locale: Locale = participant.language === 'fr' ? 'fr-CA' : participant.language === 'en' ? 'en-CA' : ctx.locale;
    return { locale, values: rows.map((row) => row.text) };
  });
  const bytes = await renderWalletCard({ locale, values, createdAt: ctx.now });
  return { bytes, fileName: 'relationship-values-card.pdf' };
}
