import type { Ctx } from '../shared/ctx.js';
import { getReceipt } from './ledger.js';
import { renderReceiptPdf, type ReceiptPurpose } from './receipt-pdf.js';

/**
 * A receipt (a payment received or a refund paid out) as a PDF in the request's language
 * (fee.read). It says it pays for the program of the current assessment, or the account when
 * there is none. The file name carries the receipt number only.
 */
export async function getReceiptPdf(ctx: Ctx, participantId: string, receiptNumber: number): Promise<{ bytes: Buffer; fileName: string }> {
  const receipt = await getReceipt(ctx, participantId, receiptNumber);
  const french = ctx.locale === 'fr-CA';
  const { issuer, paysFor } = await ctx.db.transaction(async (trx) => {
    const entry = await trx.selectFrom('ledger_entry').select('recorded_by').where('id', '=', receipt.entryId).executeTakeFirstOrThrow();
    const user = entry.recorded_by ? await trx.selectFrom('app_user').select('display_name').where('id', '=', entry.recorded_by).executeTakeFirst() : undefined;
    const program = await trx
      .selectFrom('fee_assessment as a')
      .innerJoin('program_stream as p', 'p.id', 'a.stream_id')
      .select(['p.name', 'p.name_fr'])
      .where('a.participant_id', '=', receipt.participant.id)
      .orderBy('a.seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const purpose: ReceiptPurpose = program ? { kind: 'program', program: french ? program.name_fr : program.name } : { kind: 'account' };
    return { issuer: user?.display_name ?? '', paysFor: purpose };
  });
  const bytes = await renderReceiptPdf(
    {
      kind: receipt.kind,
      agency: { name: french ? (receipt.agency.nameFr ?? receipt.agency.name) : receipt.agency.name },
      receiptNumber: receipt.receiptNumber,
      paidOn: receipt.issuedOn,
      participantName: receipt.participant.name,
      payerName: receipt.payerName,
      amountCents: receipt.amountCents,
      method: receipt.method,
      paysFor,
      balanceAfterCents: receipt.balanceAfterCents,
      issuedBy: issuer,
      issuedAt: new Date(receipt.recordedAt),
    },
    ctx.locale,
  );
  return { bytes, fileName: `receipt-${receipt.receiptNumber}-${french ? 'fr' : 'en'}.pdf` };
}
