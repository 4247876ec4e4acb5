import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Partner Contact's worklist, quick contact entry and the manager's compliance counts (issue #7
// items 2, 3 and 8) on the demo agency. One server for the file; the journeys run in order.
const { base, newPage } = useJourneys();

async function signIn(account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

describe('partner contact (en-CA)', () => {
  it('lists what is due without the partner who declined, and records a call the partner made from the worklist', async () => {
    const page = await signIn(demoAccounts.partnerContact, 'en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Partner contact' }).click();
    await expectHeading(page, 'Partner contact worklist');
    const table = page.getByRole('table', { name: 'What is due' });
    const julie = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Julie Lavoie' }) });
    await julie.filter({ hasText: 'First contact (1 attempt so far)' }).waitFor();
    expect(await table.getByRole('link', { name: 'Nathalie Caron' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'partner contact worklist (en)');
    await saveScreenshot(page, 'partner-contact-worklist-en');

    const fileHref = await julie.first().getByRole('link', { name: 'Julie Lavoie' }).getAttribute('href');
    await julie.first().getByRole('button', { name: 'Record a contact with Julie Lavoie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a contact with Julie Lavoie' });
    await dialog.getByText('Phone call', { exact: true }).click();
    await dialog.getByText('The partner did (nothing went out from us)').click();
    await dialog.getByRole('textbox', { name: 'Duration in minutes (optional)' }).fill('15');
    await dialog.getByText('Program information').click();
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('She called back from a friend’s phone; wants calls on Mondays.');
    await expectNoAxeViolations(page, 'quick contact entry (en)');
    await dialog.getByRole('button', { name: 'Save the contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await table.getByRole('row').filter({ hasText: 'Julie Lavoie' }).filter({ hasText: 'First contact' }).waitFor({ state: 'detached' });

    // Her only item is done: she has left the worklist; her file shows the contact.
    expect(await table.getByRole('link', { name: 'Julie Lavoie' }).count()).toBe(0);
    await page.goto(`${base()}${fileHref}`);
    await expectHeading(page, 'Julie Lavoie');
    const contacts = page.getByRole('table', { name: 'Contacts and attempts, newest first' });
    await contacts.getByText('She called back from a friend’s phone; wants calls on Mondays.').waitFor();
    await contacts.getByText('The partner reached us.').waitFor();
    await page.getByRole('region', { name: 'Letters' }).getByText('No letter is proposed yet: 0 of 3 failed phone attempts since the last contact.').waitFor();
    await expectNoAxeViolations(page, 'partner file with contacts and letters (en)');
  });

  it('gives the manager counts only', async () => {
    const page = await signIn(demoAccounts.manager, 'en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Contact compliance' }).click();
    await expectHeading(page, 'Partner contact compliance');
    const partners = page.getByRole('table', { name: 'Partners' });
    await partners.getByRole('row', { name: /Partners who declined contact 1/ }).waitFor();
    const text = await page.locator('main').innerText();
    for (const name of ['Julie Lavoie', 'Melissa Bains', 'Nathalie Caron', 'Chantal Bergeron']) expect(text).not.toContain(name);
    await expectNoAxeViolations(page, 'partner contact compliance (en)');
  });
});

describe('partner contact (fr-CA)', () => {
  it('says in French what is due and what is late', async () => {
    const page = await signIn(demoAccounts.partnerLead, 'fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contact avec les partenaires' }).click();
    await expectHeading(page, 'Liste de travail du contact avec les partenaires');
    await page.getByRole('table', { name: 'À faire' }).waitFor();
    await expectNoAxeViolations(page, 'partner contact worklist (fr)');
  });
});
