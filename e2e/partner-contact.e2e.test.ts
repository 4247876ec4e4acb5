import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { chooseOption } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Partner Contact's worklist, quick contact entry and the manager's compliance counts (issue #7
// items 2, 3 and 8), and the clocks' settings, on the demo agency. One server for the file; the
// journeys run in order. A partner's whole file is in partner-file.e2e.test.ts.
const { base, newPage } = useJourneys();

/** Today in the demo agency's time zone (YYYY-MM-DD), as the forms fill in their dates. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());

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

    // Narrowed by name (any case), then by kind; the count says what is shown.
    const filters = page.getByRole('search', { name: 'Narrow the worklist' });
    await filters.getByRole('searchbox', { name: "Partner's name" }).fill('JULIE');
    await page.getByRole('status').filter({ hasText: /^Showing/ }).waitFor();
    expect(new Set(await table.getByRole('rowheader').allTextContents())).toEqual(new Set(['Julie Lavoie']));
    await chooseOption(filters, 'What', 'Letters proposed');
    await page.getByText('No item matches. Clear the name or choose “Everything due”.').waitFor();
    await expectNoAxeViolations(page, 'partner contact worklist narrowed to nothing (en)');
    await chooseOption(filters, 'What', 'Everything due');
    await filters.getByRole('searchbox', { name: "Partner's name" }).fill('');
    await julie.filter({ hasText: 'First contact (1 attempt so far)' }).waitFor();

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
    // The standards compliance page leads to the Partner Contact snapshot.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Compliance' }).click();
    await expectHeading(page, 'Standards compliance');
    await page.getByRole('link', { name: 'Partner Contact today: partners active, declined and on track' }).click();
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

describe('the Partner Contact clocks (fr-CA)', () => {
  it('are set in the agency settings, each within its range', async () => {
    const page = await signIn(demoAccounts.admin, 'fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Paramètres de l’organisme' }).click();
    await expectHeading(page, 'Paramètres de l’organisme');
    const clocks = page.getByRole('group', { name: 'Contact avec les partenaires' });
    expect(await clocks.getByRole('textbox', { name: 'Délai pour le premier contact (jours)' }).inputValue()).toBe('7');
    expect(await clocks.getByRole('textbox', { name: 'Nombre minimal de contacts avec chaque personne partenaire' }).inputValue()).toBe('4');
    expect(await clocks.getByRole('textbox', { name: 'Période de contact (semaines après l’inscription du participant)' }).inputValue()).toBe('12');
    expect(await clocks.getByRole('textbox', { name: 'Une préférence de contact reste confirmée pendant (jours)' }).inputValue()).toBe('90');
    const letterAfter = clocks.getByRole('textbox', { name: 'Proposer une lettre après (tentatives d’appel sans succès)' });
    expect(await letterAfter.inputValue()).toBe('3');
    await letterAfter.fill('');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page
      .getByRole('group', { name: 'Il y a un problème' })
      .getByRole('link', { name: 'Proposer une lettre après (tentatives d’appel sans succès) : Entrez un nombre entier de 1 à 10.' })
      .click();
    await expect.poll(() => letterAfter.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await letterAfter.fill('4');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByRole('status').getByText('Les paramètres sont enregistrés.').waitFor();
    await expectNoAxeViolations(page, 'settings with the Partner Contact clocks (fr)');
    await saveScreenshot(page, 'settings-partner-contact-fr');
    expect((await apiRequest<{ partnerLetterAfterAttempts: number; partnerMinContacts: number }>(page, 'GET', '/settings'))).toMatchObject({ partnerLetterAfterAttempts: 4, partnerMinContacts: 4 });
  });
});
