import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Finance in the browser (issue #8) on the demo ledgers: who owes what, a payment refused then
// recorded with its receipt, and the day's payments in French with their spreadsheet.
const { base, newPage } = useJourneys();

async function signIn(account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

describe('fees (en-CA)', () => {
  it('finds who owes money, refuses a zero payment, records one with its receipt and shows the receipt PDF link', async () => {
    const page = await signIn(demoAccounts.finance, 'en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Fees' }).click();
    await expectHeading(page, 'Fees');
    await page.getByRole('link', { name: 'Aged balances' }).click();
    await expectHeading(page, 'Aged balances');
    const table = page.getByRole('table', { name: /^Balances owing on \d{4}-\d{2}-\d{2}: \d+ participants?$/ });
    await table.waitFor();
    await expectNoAxeViolations(page, 'aged balances (en)');
    const first = table.getByRole('rowheader').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expectHeading(page, name);
    const fees = page.getByRole('region', { name: 'Fees' });
    await fees.getByText(/^Balance owing: \$[\d,]+\.\d\d\.$/).waitFor();

    await fees.getByRole('button', { name: 'Record a payment' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Amount in dollars' }).fill('0');
    await dialog.getByRole('button', { name: 'Record the payment' }).click();
    await dialog.getByText('The amount must be more than $0.00.').first().waitFor();
    await expectNoAxeViolations(page, 'record a payment (en)');
    await dialog.getByRole('textbox', { name: 'Amount in dollars' }).fill('25.50');
    await dialog.getByText('debit card', { exact: true }).click();
    // The agency's day (the browser here runs on UTC, the demo agency on Toronto time).
    await dialog.getByRole('textbox', { name: 'Date of payment' }).fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date()));
    await dialog.getByRole('button', { name: 'Record the payment' }).click();
    const notice = page.getByText(/Payment recorded\. Receipt no\. \d+\.$/);
    await notice.waitFor();
    const number = /(\d+)\.$/.exec((await notice.textContent()) ?? '')?.[1];
    expect(number).toBeDefined();
    await fees.getByText(new RegExp(`^No\\. ${number}: payment of \\$25\\.50 by debit card`)).waitFor();
    await fees.getByRole('link', { name: `Receipt ${number}, PDF in French` }).waitFor();
  });
});

describe('fees (fr-CA)', () => {
  it('shows the day’s payments with the totals by method, in French', async () => {
    const page = await signIn(demoAccounts.finance, 'fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Frais', exact: true }).click();
    await expectHeading(page, 'Frais');
    await page.getByRole('link', { name: 'Paiements du jour' }).click();
    await expectHeading(page, 'Paiements du jour');
    await page.getByRole('button', { name: 'Télécharger en CSV' }).waitFor();
    await expectNoAxeViolations(page, 'paiements du jour (fr)');
    await page.getByRole('link', { name: 'Retour aux frais' }).click();
    await page.getByRole('link', { name: 'Barèmes des frais' }).click();
    await expectHeading(page, 'Barèmes des frais');
    await page.getByRole('table').first().getByText('aucune limite').first().waitFor();
    await expectNoAxeViolations(page, 'barèmes (fr)');
  });
});
