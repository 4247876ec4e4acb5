import { translate, type MessageValues } from '../../i18n/translate.js';
import { TaggedPdf } from '../packs/tagged-pdf.js';
import type { Locale } from '../shared/locale.js';

/** How a payment was made (the ledger's payment methods). */
export type ReceiptMethod = 'cash' | 'debit' | 'credit' | 'e_transfer' | 'third_party';

/** What a payment pays for, printed in the receipt's language. */
export type ReceiptPurpose =
  /** The program's fee; `program` is the stream's name as the agency writes it. */
  | { kind: 'program'; program: string }
  /** Private-pay sessions. */
  | { kind: 'private_sessions'; sessions: number }
  /** A payment towards whatever the account owes. */
  | { kind: 'account' };

/** Everything a receipt prints: the caller reads it (decrypting names) and passes it whole. */
export interface ReceiptData {
  /** A payment received, or a refund paid out (its own receipt, same sequence). Payment by default. */
  kind?: 'payment' | 'refund' | undefined;
  agency: {
    /** The agency's name in the receipt's language. */
    name: string;
    /** Postal address, lines in order; empty when the agency has none on file. */
    addressLines?: readonly string[] | undefined;
    phone?: string | null | undefined;
  };
  /** The receipt's number in the agency's unbroken sequence (1, 2, 3…). */
  receiptNumber: number;
  /** The day the payment was made, YYYY-MM-DD. */
  paidOn: string;
  /** The participant's name as displayed ("Given Family"). */
  participantName: string;
  /** Who paid when it was not the participant (a third party: an employer, a band office…). */
  payerName?: string | null | undefined;
  /** Positive integer cents, CAD. */
  amountCents: number;
  method: ReceiptMethod;
  paysFor: ReceiptPurpose;
  /** The account's balance once this payment is counted: positive is owed, negative is a credit. */
  balanceAfterCents: number;
  /** The staff member who recorded the payment. */
  issuedBy: string;
  /** When the receipt was issued: the PDF's date, so the same receipt gives the same bytes. */
  issuedAt: Date;
}

/** Dollars and cents in the locale's way: "$125.00" in English, "125,00 $" in French. */
export function formatCad(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/**
 * A payment's receipt as a tagged PDF in the participant's language: the agency's name, address
 * and telephone, the receipt number, the day, who paid, the amount and how, what it pays for,
 * the balance left and who issued it. Nothing about the case (no notes, no partner, no income).
 */
export async function renderReceiptPdf(receipt: ReceiptData, locale: Locale): Promise<Buffer> {
  if (!Number.isSafeInteger(receipt.amountCents) || receipt.amountCents <= 0) throw new RangeError('A receipt is for a positive amount of cents.');
  if (!Number.isSafeInteger(receipt.balanceAfterCents)) throw new RangeError('A balance is a whole number of cents.');
  const t = (key: string, values?: MessageValues) => translate(locale, key, values);
  const money = (cents: number) => formatCad(cents, locale);
  const number = String(receipt.receiptNumber);
  const agency = receipt.agency;
  const pdf = new TaggedPdf({
    locale,
    title: t('receipt.document_title', { number, agency: agency.name }),
    subject: agency.name,
    createdAt: receipt.issuedAt,
  });

  const refund = receipt.kind === 'refund';
  pdf.heading(1, t(refund ? 'receipt.refund_title' : 'receipt.title', { number }));
  pdf.paragraph(agency.name, { bold: true });
  const address = (agency.addressLines ?? []).map((line) => line.trim()).filter((line) => line.length > 0);
  if (address.length > 0) pdf.paragraph(address.join('\n'));
  if (agency.phone?.trim()) pdf.paragraph(t('receipt.agency_phone', { phone: agency.phone.trim() }));

  pdf.paragraph(t('receipt.number', { number }));
  pdf.paragraph(t(refund ? 'receipt.date_refund' : 'receipt.date', { date: receipt.paidOn }));
  pdf.paragraph(t(refund ? 'receipt.refunded_to' : 'receipt.received_from', { name: receipt.participantName }));
  if (receipt.payerName?.trim()) pdf.paragraph(t('receipt.payer', { payer: receipt.payerName.trim() }));
  pdf.paragraph(t(refund ? 'receipt.amount_refunded' : 'receipt.amount', { amount: money(receipt.amountCents) }), { bold: true });
  pdf.paragraph(t(refund ? 'receipt.refund_method' : 'receipt.method', { method: receipt.method }));
  const purpose = receipt.paysFor;
  if (!refund) {
    const program = purpose.kind === 'program' ? purpose.program : '';
    const sessions = purpose.kind === 'private_sessions' ? purpose.sessions : 0;
    pdf.paragraph(t('receipt.pays_for', { purpose: purpose.kind, program, sessions }));
  }
  const balance = receipt.balanceAfterCents;
  if (balance > 0) pdf.paragraph(t('receipt.balance_owing', { amount: money(balance) }));
  else if (balance === 0) pdf.paragraph(t('receipt.balance_paid', { amount: money(0) }));
  else pdf.paragraph(t('receipt.balance_credit', { amount: money(-balance) }));
  pdf.paragraph(t('receipt.issued_by', { name: receipt.issuedBy }));
  pdf.paragraph(t('receipt.keep'));
  pdf.footer(() => t('receipt.footer', { agency: agency.name, number }));
  return pdf.finish();
}
