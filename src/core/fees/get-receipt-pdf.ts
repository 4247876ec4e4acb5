import type { Ctx } from '../shared/ctx.js';
import { AppError } from '../shared/app-error.js';
import { getReceipt } from './ledger.js';
import { renderReceiptPdf } from './receipt-pdf.js';

/**
 * A payment's receipt as a PDF in the request's language (fee.read). The file name carries the
 * receipt number only. A refund has a receipt number too, but no printed receipt: 404.
 */
export async function getReceiptPdf(ctx: Ctx, participantId: string, receiptNumber: number): Promise<{ bytes: Buffer; fileName: string }> {
  const receipt = await getReceipt(ctx, participantId, receiptNumber);
  if (receipt.kind !== 'payment') throw new AppError('not_found', 'fees.receipt_not_found', {});
  const issuer = await ctx.db.transaction(async (trx) => {
    const entry = await trx.selectFrom('ledger_entry').select('recorded_by').where('id', '=', receipt.entryId).executeTakeFirstOrThrow();
    if (!entry.recorded_by) return '';
    const user = await trx.selectFrom('app_user').select('display_name').where('id', '=', entry.recorded_by).executeTakeFirst();
    return user?.display_name ?? '';
  });
  const french = ctx.locale === 'fr-CA';
  const bytes = await renderReceiptPdf(
    {
      agency: { name: french ? (receipt.agency.nameFr ?? receipt.agency.name) : receipt.agency.name },
      receiptNumber: receipt.receiptNumber,
      paidOn: receipt.issuedOn,
      participantName: receipt.participant.name,
      payerName: receipt.payerName,
      amountCents: receipt.amountCents,
      method: receipt.method,
      paysFor: { kind: 'account' },
      balanceAfterCents: receipt.balanceAfterCents,
      issuedBy: issuer,
      issuedAt: new Date(receipt.recordedAt),
    },
    ctx.locale,
  );
  return { bytes, fileName: `receipt-${receipt.receiptNumber}-${french ? 'fr' : 'en'}.pdf` };
}
