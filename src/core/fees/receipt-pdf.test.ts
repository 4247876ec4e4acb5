import { describe, expect, it } from 'vitest';
import { readPdf } from '../packs/testing/read-pdf.js';
import { formatCad, renderReceiptPdf, type ReceiptData } from './receipt-pdf.js';

/** A receipt read back from its PDF, as the participant (or their accountant) would read it. */
const receipt: ReceiptData = {
  agency: { name: 'Œuvres « Familles » d’Ottawa', addressLines: ['123, rue Principale', 'Ottawa (Ontario)  K1A 0B1'], phone: '613-555-0100' },
  receiptNumber: 42,
  paidOn: '2026-11-20',
  participantName: 'Jérôme Côté',
  amountCents: 12500,
  method: 'e_transfer',
  paysFor: { kind: 'program', program: 'PAR' },
  balanceAfterCents: 37550,
  issuedBy: 'Françoise Finance',
  issuedAt: new Date('2026-11-20T15:00:00Z'),
};

/** pdfjs gives the no-break spaces Intl puts in French amounts; assertions read plain spaces. */
async function text(data: ReceiptData, locale: 'en-CA' | 'fr-CA') {
  const read = await readPdf(await renderReceiptPdf(data, locale));
  return { ...read, text: read.text.replace(/[\u00a0\u202f]/g, ' ') };
}

describe('receipt PDF', () => {
  it('formats Canadian dollars the way each language writes them', () => {
    expect(formatCad(12500, 'en-CA')).toBe('$125.00');
    expect(formatCad(12500, 'fr-CA').replace(/[\u00a0\u202f]/g, ' ')).toBe('125,00 $');
    expect(formatCad(123456, 'fr-CA').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 234,56 $');
    expect(formatCad(5, 'en-CA')).toBe('$0.05');
  });

  it('prints an English receipt with the agency, number, date, payer, amount, method, purpose, balance and issuer', async () => {
    const read = await text(receipt, 'en-CA');
    expect(read.lang).toBe('en-CA');
    expect(read.title).toBe('Receipt 42 — Œuvres « Familles » d’Ottawa');
    expect(read.marked).toBe(true);
    expect(read.structure).toEqual(expect.arrayContaining(['Document', 'H1', 'P']));
    for (const line of [
      'Official receipt no. 42',
      'Œuvres « Familles » d’Ottawa',
      '123, rue Principale',
      'Telephone: 613-555-0100',
      'Receipt number: 42',
      'Date of payment: 2026-11-20',
      'Received from: Jérôme Côté',
      'Amount received: $125.00',
      'Paid by: Interac e-Transfer',
      'For: the program fee (PAR)',
      'Balance owing after this payment: $375.50',
      'Issued by: Françoise Finance',
    ]) {
      expect(read.text).toContain(line);
    }
    expect(read.artifacts.join(' ')).toContain('Receipt 42');
  });

  it('prints a French receipt with amounts written « 125,00 $ »', async () => {
    const read = await text(receipt, 'fr-CA');
    expect(read.lang).toBe('fr-CA');
    for (const line of [
      'Reçu officiel nº 42',
      'Téléphone : 613-555-0100',
      'Numéro du reçu : 42',
      'Date du paiement : 2026-11-20',
      'Reçu de : Jérôme Côté',
      'Montant reçu : 125,00 $',
      'Mode de paiement : virement Interac',
      'Objet : frais du programme (PAR)',
      'Solde dû après ce paiement : 375,50 $',
      'Émis par : Françoise Finance',
    ]) {
      expect(read.text).toContain(line);
    }
    expect(read.text).not.toContain('$125');
  });

  it('says when the account is paid in full or in credit, names a third-party payer, and counts private sessions', async () => {
    const paid = await text({ ...receipt, balanceAfterCents: 0, method: 'third_party', payerName: 'Band Office', paysFor: { kind: 'private_sessions', sessions: 2 } }, 'en-CA');
    expect(paid.text).toContain('Balance after this payment: $0.00 — the account is paid in full.');
    expect(paid.text).toContain('Paid by: a third party');
    expect(paid.text).toContain('Paid on behalf of the participant by: Band Office');
    expect(paid.text).toContain('For: 2 private sessions');
    const credit = await text({ ...receipt, balanceAfterCents: -2500, method: 'cash', paysFor: { kind: 'account' } }, 'fr-CA');
    expect(credit.text).toContain('Crédit au compte après ce paiement : 25,00 $');
    expect(credit.text).toContain('Mode de paiement : argent comptant');
    expect(credit.text).toContain('Objet : paiement au compte');
    expect(credit.text).not.toContain('Payé au nom');
  });

  it('prints a refund as a refund, without what a payment pays for', async () => {
    const english = await text({ ...receipt, kind: 'refund', receiptNumber: 43, amountCents: 2500, method: 'cash', balanceAfterCents: 0 }, 'en-CA');
    expect(english.text).toContain('Refund receipt no. 43');
    expect(english.text).toContain('Refunded to: Jérôme Côté');
    expect(english.text).toContain('Amount refunded: $25.00');
    expect(english.text).toContain('Refunded by: cash');
    expect(english.text).toContain('Date of refund: 2026-11-20');
    expect(english.text).not.toContain('For:');
    const french = await text({ ...receipt, kind: 'refund', receiptNumber: 43, amountCents: 2500, method: 'cash', balanceAfterCents: 0 }, 'fr-CA');
    expect(french.text).toContain('Reçu de remboursement nº 43');
    expect(french.text).toContain('Montant remboursé : 25,00 $');
    expect(french.text).toContain('Remboursé à : Jérôme Côté');
  });

  it('leaves out the address and telephone when the agency has none', async () => {
    const read = await text({ ...receipt, agency: { name: 'PARS Demo Agency' } }, 'en-CA');
    expect(read.text).toContain('PARS Demo Agency');
    expect(read.text).not.toContain('Telephone');
  });

  it('gives the same bytes for the same receipt, and refuses a zero or negative amount', async () => {
    const first = await renderReceiptPdf(receipt, 'en-CA');
    const second = await renderReceiptPdf(receipt, 'en-CA');
    expect(first.equals(second)).toBe(true);
    await expect(renderReceiptPdf({ ...receipt, amountCents: 0 }, 'en-CA')).rejects.toThrow(RangeError);
    await expect(renderReceiptPdf({ ...receipt, amountCents: -100 }, 'en-CA')).rejects.toThrow(RangeError);
    await expect(renderReceiptPdf({ ...receipt, amountCents: 10.5 }, 'en-CA')).rejects.toThrow(RangeError);
  });
});
