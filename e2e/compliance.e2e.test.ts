import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Live standards compliance (issue #9 item 4) on the demo agency: the manager opens /compliance
// from the navigation, reads each clock's percentage and counts, opens the drill-down of the
// reports sent (a participant named, with a link to the file) and of a partner clock (nobody
// named), in English and in French; axe on each step.
const { base, newPage } = useJourneys();

async function signIn(lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  const account = demoAccounts.manager;
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

describe('compliance (en-CA)', () => {
  it("shows each clock's figures and the items behind the reports sent, participants named and partners not", async () => {
    const page = await signIn('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Compliance', exact: true }).click();
    await expectHeading(page, 'Standards compliance');
    for (const clock of ['Referral to intake', 'First partner contact', 'Minimum partner contacts', 'Notices to partners', 'Reports sent', 'Reports acknowledged', 'Group size']) {
      await page.getByRole('table', { name: `${clock}: counts`, exact: true }).waitFor();
    }
    const reports = page.getByRole('region', { name: 'Reports sent', exact: true });
    const inScope = Number(await page.getByRole('table', { name: 'Reports sent: counts' }).getByRole('row', { name: /^Items in the period/ }).getByRole('cell').textContent());
    expect(inScope).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'compliance (en)');
    await reports.getByRole('button', { name: 'Show the items: Reports sent' }).click();
    const items = page.getByRole('table', { name: new RegExp(`^Reports sent: ${inScope} items?, overdue and late first$`) });
    await items.waitFor();
    expect(await items.getByRole('link').count()).toBeGreaterThan(0);
    expect(await reports.getByRole('button', { name: 'Hide the items: Reports sent' }).getAttribute('aria-expanded')).toBe('true');
    const partners = page.getByRole('region', { name: 'First partner contact', exact: true });
    await partners.getByRole('button', { name: 'Show the items: First partner contact' }).click();
    const partnerItems = partners.getByRole('table', { name: /^First partner contact: \d+ items?, overdue and late first$/ });
    await partnerItems.waitFor();
    expect(await partnerItems.getByRole('link').count()).toBe(0);
    await partnerItems.getByRole('cell', { name: 'Not shown' }).first().waitFor();
    await expectNoAxeViolations(page, 'compliance, items (en)');
    await saveScreenshot(page, 'compliance-en');
  });
});

describe('compliance (fr-CA)', () => {
  it('shows the same page in French, with a drill-down', async () => {
    const page = await signIn('fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Conformité', exact: true }).click();
    await expectHeading(page, 'Conformité aux normes');
    await page.getByRole('table', { name: 'De l’aiguillage à l’accueil\u00a0: nombres', exact: true }).waitFor();
    const reports = page.getByRole('region', { name: 'Rapports envoyés', exact: true });
    await reports.getByRole('button', { name: 'Afficher les éléments\u00a0: Rapports envoyés' }).click();
    await reports.getByRole('table', { name: /^Rapports envoyés\s: \d+ éléments?, en retard d’abord$/ }).waitFor();
    await expectNoAxeViolations(page, 'compliance, items (fr)');
    await saveScreenshot(page, 'compliance-fr');
  });
});
