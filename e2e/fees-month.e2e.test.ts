import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { chooseOption } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// A month of finance on the participant who owes the most (issue #8): payments by several
// methods, a private session, a refund, a correction, the day's report and the aged balances,
// then the books closed and a back-dated payment refused; the same core steps in French. Days
// are counted back from the agency's today (Toronto), so the test passes any day of the year.
const { base, newPage } = useJourneys();

/** The agency's day `daysAgo` days back (the browser here runs on UTC, the demo agency on Toronto time). */
function agencyDay(daysAgo: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** "$1,234.50" or "1 234,50 $" as cents. */
function centsOf(text: string): number {
  const digits = /(-?)\$?([\d,\s\u00a0\u202f]+)[.,](\d\d)/.exec(text);
  if (!digits) throw new Error(`no amount in ${text}`);
  return (digits[1] === '-' ? -1 : 1) * (Number(digits[2]!.replace(/[^\d]/g, '')) * 100 + Number(digits[3]));
}

async function signIn(lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: demoAccounts.finance.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${demoAccounts.finance.name}` : `Bonjour, ${demoAccounts.finance.name}`);
  return page;
}

/** Cents as each language writes them: "$460.00", "460,00 $". */
function money(cents: number, lang: 'en' | 'fr'): string {
  return new Intl.NumberFormat(`${lang}-CA`, { style: 'currency', currency: 'CAD' }).format(cents / 100);
}

/** Opens the file of the participant at the top of the aged balances (the largest balance): its address and name. */
async function openLargestBalance(page: Page, words: { fees: string; aged: string }): Promise<{ url: string; name: string }> {
  await page.getByRole('navigation').getByRole('link', { name: words.fees, exact: true }).click();
  await expectHeading(page, words.fees);
  await page.getByRole('link', { name: words.aged }).click();
  await expectHeading(page, words.aged);
  const first = page.getByRole('table').first().getByRole('rowheader').first().getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expectHeading(page, name);
  return { url: page.url(), name };
}

/** Fills and sends a ledger dialog, waits for it to close, and gives the notice it left. */
async function send(page: Page, dialog: Locator, submit: string, notice: RegExp): Promise<string> {
  await dialog.getByRole('button', { name: submit }).click();
  await dialog.waitFor({ state: 'hidden' });
  const text = page.getByText(notice);
  await text.waitFor();
  return (await text.textContent()) ?? '';
}

const receiptOf = (notice: string) => Number(/(\d+)\.$/.exec(notice)?.[1]);

describe('a month of fees (en-CA)', () => {
  it('records payments, a private session, a refund and a correction; reports the day and the balances; closes the books', async () => {
    const page = await signIn('en');
    const account = await openLargestBalance(page, { fees: 'Fees', aged: 'Aged balances' });
    const fees = page.getByRole('region', { name: 'Fees' });
    await fees.getByText('Fee for the program').waitFor();
    const start = centsOf((await fees.getByText(/^Balance owing: \$[\d,]+\.\d\d\.$/).textContent()) ?? '');
    expect(start).toBeGreaterThanOrEqual(340_00);

    const receipts: number[] = [];
    const payments = [
      { amount: '100', method: 'cash', day: agencyDay(25) },
      { amount: '50.00', method: 'debit card', day: agencyDay(10) },
      { amount: '150', method: 'third party', payer: 'Band office', day: agencyDay(10) },
      { amount: '40', method: 'Interac e-Transfer', day: agencyDay(5) },
    ];
    for (const payment of payments) {
      await fees.getByRole('button', { name: 'Record a payment' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Amount in dollars' }).fill(payment.amount);
      await dialog.getByText(payment.method, { exact: true }).click();
      if (payment.payer) await dialog.getByRole('textbox', { name: 'Name of the third party who paid' }).fill(payment.payer);
      await dialog.getByRole('textbox', { name: 'Date of payment' }).fill(payment.day);
      receipts.push(receiptOf(await send(page, dialog, 'Record the payment', /Payment recorded\. Receipt no\. \d+\.$/)));
      await fees.getByRole('cell', { name: String(receipts.at(-1)), exact: true }).waitFor();
    }

    await fees.getByRole('button', { name: 'Charge a private session' }).click();
    const charge = page.getByRole('dialog');
    await expect.poll(() => charge.getByRole('textbox', { name: 'Price of the private session, in dollars' }).inputValue()).toBe('125.00');
    await charge.getByRole('textbox', { name: 'Date of the private session' }).fill(agencyDay(4));
    await expectNoAxeViolations(page, 'charge a private session (en)');
    await send(page, charge, 'Charge the private session', /Private session charged: \$125\.00\.$/);

    await fees.getByRole('button', { name: 'Record a refund' }).click();
    const refund = page.getByRole('dialog');
    await refund.getByRole('textbox', { name: 'Amount refunded, in dollars' }).fill('5000');
    await refund.getByRole('button', { name: 'Record the refund' }).click();
    await refund.getByText('A refund cannot be more than what the participant paid and was not yet refunded.').first().waitFor();
    await expectNoAxeViolations(page, 'record a refund, refused (en)');
    await refund.getByRole('textbox', { name: 'Amount refunded, in dollars' }).fill('20');
    await refund.getByRole('textbox', { name: 'Date of refund' }).fill(agencyDay(3));
    receipts.push(receiptOf(await send(page, refund, 'Record the refund', /Refund recorded\. Receipt no\. \d+\.$/)));
    // Payments and the refund took receipt numbers one after the other.
    expect(receipts).toEqual(receipts.map((_, index) => receipts[0]! + index));

    // The debit payment was $45.00, not $50.00: a correction adds the $5.00 back to what is owed.
    await fees.getByRole('button', { name: 'Correct an entry' }).click();
    const correction = page.getByRole('dialog');
    await chooseOption(correction, 'Entry to correct', `Payment — debit card, ${agencyDay(10)}, $50.00, receipt no. ${receipts[1]}`);
    await correction.getByRole('textbox', { name: 'Correction in dollars, + or −' }).fill('0');
    await correction.getByRole('button', { name: 'Record the correction' }).click();
    await correction.getByText('A correction of $0.00 changes nothing. Enter the amount to add (positive) or to take off (negative).').first().waitFor();
    await correction.getByRole('textbox', { name: 'Correction in dollars, + or −' }).fill('5');
    const end = start - 340_00 + 125_00 + 20_00 + 5_00;
    await correction.getByText(`With this correction, the balance will be ${money(end, 'en')}.`).waitFor();
    await correction.getByRole('radiogroup', { name: 'Reason for the correction' }).getByText('wrong amount', { exact: true }).click();
    await correction.getByRole('textbox', { name: 'Date of the correction' }).fill(agencyDay(2));
    await expectNoAxeViolations(page, 'correct an entry (en)');
    await send(page, correction, 'Record the correction', /Correction recorded: \$5\.00\.$/);
    await fees.getByText(`Balance owing: ${money(end, 'en')}.`).waitFor();
    await fees.getByText(`No. ${receipts[4]}: refund of $20.00 by cash, ${agencyDay(3)}.`).waitFor();

    // The day of the debit and third-party payments, with its totals by method.
    await page.getByRole('navigation').getByRole('link', { name: 'Fees', exact: true }).click();
    await page.getByRole('link', { name: 'Daily payments' }).click();
    await expectHeading(page, 'Daily payments');
    await page.getByRole('textbox', { name: 'Day' }).fill(agencyDay(10));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('table', { name: `Payments and refunds on ${agencyDay(10)}: 2 entries` }).waitFor();
    const totals = page.getByRole('table', { name: 'Totals by method' });
    await totals.getByRole('row', { name: 'debit card $50.00' }).waitFor();
    await totals.getByRole('row', { name: 'third party $150.00' }).waitFor();
    await totals.getByRole('row', { name: 'Total $200.00' }).waitFor();

    await page.getByRole('link', { name: 'Back to Fees' }).click();
    await page.getByRole('link', { name: 'Aged balances' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: account.name }) });
    await row.getByRole('cell', { name: money(end, 'en'), exact: true }).first().waitFor();

    // Close the books through eight days ago: not today, then the day.
    await page.getByRole('link', { name: 'Back to Fees' }).click();
    await page.getByRole('link', { name: 'Fee settings' }).click();
    await expectHeading(page, 'Fee settings');
    await page.getByRole('checkbox', { name: 'Partner notices may say the amount paid' }).waitFor();
    await expectNoAxeViolations(page, 'fee settings (en)');
    const through = page.getByRole('textbox', { name: 'Close the books through' });
    await through.fill(agencyDay(0));
    await page.getByRole('button', { name: 'Close the books…' }).click();
    await page.getByText('Choose a day before today: today\'s payments are still coming in.').first().waitFor();
    await through.fill(agencyDay(8));
    await page.getByRole('button', { name: 'Close the books…' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Close the books through ${agencyDay(8)}?` });
    await confirm.getByText(`dated on or before ${agencyDay(8)} will be refused`, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'close the books, confirmation (en)');
    await confirm.getByRole('button', { name: `Close the books through ${agencyDay(8)}` }).click();
    await page.getByText(`The books are closed through ${agencyDay(8)}: entries dated on or before it are refused.`).waitFor();

    // A back-dated payment is refused in words: before sending, then by the server once a
    // colleague has closed a later day meanwhile.
    await page.goto(account.url);
    await fees.getByRole('button', { name: 'Record a payment' }).click();
    const late = page.getByRole('dialog');
    await late.getByRole('textbox', { name: 'Amount in dollars' }).fill('10');
    await late.getByRole('textbox', { name: 'Date of payment' }).fill(agencyDay(9));
    await late.getByRole('button', { name: 'Record the payment' }).click();
    await late.getByText(`The books are closed up to ${agencyDay(8)}. Date the payment after that day.`).first().waitFor();
    await apiRequest(page, 'POST', '/fees/periods/close', { through: agencyDay(7) });
    await late.getByRole('textbox', { name: 'Date of payment' }).fill(agencyDay(7));
    await late.getByRole('button', { name: 'Record the payment' }).click();
    await late.getByText(`The books are closed up to ${agencyDay(7)}. Date the entry after that day, or record a correction dated today.`).first().waitFor();
    await late.getByRole('button', { name: 'Cancel' }).click();
    await fees.getByText(`Balance owing: ${money(end, 'en')}.`).waitFor();
  });
});

describe('un mois de frais (fr-CA)', () => {
  it('enregistre un paiement avec son reçu, un remboursement, une correction, ferme les livres et refuse une écriture antidatée', async () => {
    const page = await signIn('fr');
    const account = await openLargestBalance(page, { fees: 'Frais', aged: 'Soldes par ancienneté' });
    const fees = page.getByRole('region', { name: 'Frais' });
    const start = centsOf((await fees.getByText(/^Solde dû : [\d\s]+,\d\d\s\$\.$/).textContent()) ?? '');

    // More than is owed is refused by the server, in French, on the amount.
    await fees.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const payment = page.getByRole('dialog');
    await payment.getByRole('textbox', { name: 'Montant en dollars' }).fill('99999');
    await payment.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await payment.getByText(/^Ce paiement dépasse le solde dû\./).first().waitFor();
    await payment.getByRole('textbox', { name: 'Montant en dollars' }).fill('60');
    await payment.getByText('argent comptant', { exact: true }).click();
    const first = receiptOf(await send(page, payment, 'Enregistrer le paiement', /Paiement enregistré\. Reçu nº \d+\.$/));
    await fees.getByRole('link', { name: `Reçu ${first}, PDF en français` }).waitFor();

    await fees.getByRole('button', { name: 'Enregistrer un remboursement' }).click();
    const refund = page.getByRole('dialog');
    await refund.getByRole('textbox', { name: 'Montant remboursé, en dollars' }).fill('99999');
    await refund.getByRole('button', { name: 'Enregistrer le remboursement' }).click();
    await refund.getByText(/^Un remboursement ne peut pas dépasser ce que le participant a payé/).first().waitFor();
    await expectNoAxeViolations(page, 'remboursement refusé (fr)');
    await refund.getByRole('textbox', { name: 'Montant remboursé, en dollars' }).fill('10');
    const second = receiptOf(await send(page, refund, 'Enregistrer le remboursement', /Remboursement enregistré\. Reçu nº \d+\.$/));
    expect(second).toBe(first + 1);

    // The payment was of 55 $, not 60 $: the correction takes 5 $ off what is owed.
    await fees.getByRole('button', { name: 'Corriger une écriture' }).click();
    const correction = page.getByRole('dialog');
    await chooseOption(correction, 'Écriture à corriger', new RegExp(`^Paiement — argent comptant, ${agencyDay(0)}, 60,00\\s\\$, reçu nº ${first}$`));
    await correction.getByRole('textbox', { name: 'Correction en dollars, + ou −' }).fill('-5');
    await correction.getByRole('radiogroup', { name: 'Motif de la correction' }).getByText('mauvais montant', { exact: true }).click();
    await expectNoAxeViolations(page, 'corriger une écriture (fr)');
    await send(page, correction, 'Enregistrer la correction', /Correction enregistrée\s: -5,00\s\$\.$/);
    const end = start - 60_00 + 10_00 - 5_00;
    await fees.getByText(`Solde dû : ${money(end, 'fr')}.`).waitFor();

    // The settings, then the books closed through yesterday (today is refused first).
    await page.getByRole('navigation').getByRole('link', { name: 'Frais', exact: true }).click();
    await page.getByRole('link', { name: 'Paramètres des frais' }).click();
    await expectHeading(page, 'Paramètres des frais');
    await page.getByRole('textbox', { name: 'Crédit permis, en dollars' }).fill('10');
    await page.getByText('Les avis aux partenaires peuvent indiquer le montant payé').click();
    await page.getByRole('button', { name: 'Enregistrer les paramètres des frais' }).click();
    await page.getByText('Paramètres des frais enregistrés.').waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Les avis aux partenaires peuvent indiquer le montant payé' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'paramètres des frais (fr)');
    const through = page.getByRole('textbox', { name: 'Fermer les livres jusqu’au' });
    await expect.poll(() => through.inputValue()).toBe(agencyDay(1));
    await through.fill(agencyDay(0));
    await page.getByRole('button', { name: 'Fermer les livres…' }).click();
    await page.getByText(/^Choisissez un jour avant aujourd’hui\s: les paiements d’aujourd’hui arrivent encore\.$/).first().waitFor();
    await through.fill(agencyDay(1));
    await page.getByRole('button', { name: 'Fermer les livres…' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('heading', { name: new RegExp(`^Fermer les livres jusqu’au ${agencyDay(1)}\\s\\?$`) }).waitFor();
    await expectNoAxeViolations(page, 'fermer les livres, confirmation (fr)');
    await confirm.getByRole('button', { name: `Fermer les livres jusqu’au ${agencyDay(1)}` }).click();
    await page.getByText(new RegExp(`^Les livres sont fermés jusqu’au ${agencyDay(1)} inclusivement`)).waitFor();

    // A payment dated yesterday is now refused in words.
    await page.goto(account.url);
    await fees.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    const late = page.getByRole('dialog');
    await late.getByRole('textbox', { name: 'Montant en dollars' }).fill('10');
    await late.getByRole('textbox', { name: 'Date du paiement' }).fill(agencyDay(1));
    await late.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await late.getByText(`Les livres sont fermés jusqu’au ${agencyDay(1)}. Datez le paiement d’un jour suivant.`).first().waitFor();
  });
});
