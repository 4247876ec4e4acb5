import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Ministry auditor access (issue #9 item 5) on the demo agency: the manager grants the demo
// auditor time-boxed access with three files (a last day before the first refused on its field,
// in French); the auditor's home shows the grant, a sampled file reads with Partner Contact
// de-identified, a file outside the sample is not found; the manager ends the access and the
// auditor's next page says there is none. Works whether or not the demo seed already gave the
// auditor a grant: this one ends later, so it is the one in force, and every one is ended at the end.
const { base, browser, newPage } = useJourneys();

const sample = ['Trevor Bains', 'Curtis Bowman', 'Mathieu Bergeron'];
/** Partner names the demo gives those files' partners: never on the auditor's pages. */
const partnerNames = ['Melissa', 'Amanda', 'Chantal'];

/** The demo agency's day (Toronto), plus `days`. */
function agencyDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function signIn(page: Page, account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<void> {
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
}

let outsideId = '';

describe('a manager grants a Ministry auditor access (fr-CA)', () => {
  it('refuses a last day before the first on its field, then grants three files', async () => {
    const page = await newPage('fr-CA');
    await signIn(page, demoAccounts.manager, 'fr');
    await expectHeading(page, `Bonjour, ${demoAccounts.manager.name}`);
    const choices = await apiRequest<{ files: { participantId: string; name: string }[] }>(page, 'GET', '/audit-grants/choices');
    outsideId = choices.files.find((file) => file.name === 'Marc Lavoie')!.participantId;
    await page.getByRole('navigation').getByRole('link', { name: 'Accès de vérification', exact: true }).click();
    await expectHeading(page, 'Accès de vérification du ministère');
    await page.getByRole('heading', { name: 'Accorder un accès' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Premier jour' }).inputValue()).toBe(agencyDay());
    expect(await page.getByRole('textbox', { name: 'Dernier jour' }).inputValue()).toBe(agencyDay(29));
    await expectNoAxeViolations(page, 'accès de vérification (fr)');

    await page.getByRole('textbox', { name: 'Objet' }).fill('Vérification trimestrielle des dossiers');
    await page.getByRole('textbox', { name: 'Dernier jour' }).fill(agencyDay(-1));
    const filter = page.getByRole('textbox', { name: "N'afficher que les dossiers contenant" });
    for (const name of sample) {
      await filter.fill(name);
      // As a person does: the label's words (react-aria draws the box over the real input).
      await page.getByRole('table', { name: /^Dossiers de participants/ }).getByText(name, { exact: true }).click();
      expect(await page.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);
    }
    await filter.fill('');
    await page.getByText('3 dossiers choisis (au plus 50)').waitFor();
    await page.getByRole('button', { name: "Accorder l'accès" }).click();
    const summary = page.getByRole('group', { name: 'Il y a un problème' });
    await summary.getByRole('link', { name: /^Dernier jour\s:\sLe dernier jour doit être le premier jour ou après\.$/ }).waitFor();
    await expectNoAxeViolations(page, 'accès de vérification, dernier jour refusé (fr)');

    // Later than the demo's own grant (if any), so that this one is the grant in force.
    await page.getByRole('textbox', { name: 'Dernier jour' }).fill(agencyDay(40));
    await page.getByRole('button', { name: "Accorder l'accès" }).click();
    await page.getByRole('status').filter({ hasText: `${demoAccounts.auditor.name} a accès du ${agencyDay()} au ${agencyDay(40)}, avec 3 dossiers.` }).waitFor();
    const card = page.getByRole('article').filter({ hasText: 'Vérification trimestrielle des dossiers' });
    await card.getByText('En vigueur').waitFor();
    await card.getByText(/^Afficher l.échantillon \(3 dossiers\)$/).click();
    await card.getByRole('link', { name: 'Trevor Bains' }).waitFor();
    await expectNoAxeViolations(page, 'accès de vérification accordé (fr)');
    await saveScreenshot(page, 'acces-verification-fr');
  });
});

describe('the auditor reads the sample (en-CA, fr-CA)', () => {
  it('lands on the audit home, reads a sampled file with partners de-identified, and finds no file outside the sample', async () => {
    const page = await newPage('en-CA');
    await signIn(page, demoAccounts.auditor, 'en');
    await expectHeading(page, 'Audit access');
    await page.getByRole('heading', { name: 'Your access' }).waitFor();
    await page.getByText('Vérification trimestrielle des dossiers').waitFor();
    await page.getByText(`From ${agencyDay()} to ${agencyDay(40)}, both included`).waitFor();
    await page.getByRole('link', { name: 'Compliance' }).first().waitFor();
    const files = page.getByRole('table', { name: 'Participant files you may read (3)' });
    for (const name of sample) await files.getByRole('link', { name }).waitFor();
    await expectNoAxeViolations(page, 'auditor home (en)');
    await saveScreenshot(page, 'auditor-home-en');

    await files.getByRole('link', { name: 'Trevor Bains' }).click();
    await expectHeading(page, 'Trevor Bains');
    await page.getByText('Read-only.').waitFor();
    const partners = page.getByRole('region', { name: 'Partner Contact (de-identified)' });
    await partners.getByRole('heading', { name: 'Partner 1', exact: true }).waitFor();
    await partners.getByText('Made on time').or(partners.getByText('Made late')).first().waitFor();
    await page.getByRole('table', { name: /^Group sessions \(\d+\)$/ }).waitFor();
    const text = await page.locator('main').innerText();
    for (const partner of partnerNames) expect(text).not.toContain(partner);
    // Nothing to change: no button but the page frame's own (language, account).
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page, 'sampled file (en)');
    await saveScreenshot(page, 'auditor-file-en');

    await page.goto(`${base()}/my-audit/files/${outsideId}`);
    await expectHeading(page, 'No such file in your sample');
    await expectNoAxeViolations(page, 'file outside the sample (en)');
  });

  it('shows the same pages in French', async () => {
    const page = await newPage('fr-CA');
    await signIn(page, demoAccounts.auditor, 'fr');
    await expectHeading(page, 'Accès de vérification');
    await page.getByRole('heading', { name: 'Votre accès' }).waitFor();
    await expectNoAxeViolations(page, 'accueil de vérification (fr)');
    await page.getByRole('link', { name: 'Mathieu Bergeron' }).click();
    await expectHeading(page, 'Mathieu Bergeron');
    const partners = page.getByRole('region', { name: 'Contact avec les personnes partenaires (anonymisé)' });
    await partners.getByRole('heading', { name: 'Personne partenaire 1', exact: true }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Chantal');
    await expectNoAxeViolations(page, 'dossier échantillonné (fr)');
  });
});

describe("the partner-contact lead opens a partner's name on a legal basis (en-CA)", () => {
  it("records a court order on Melissa Bains's file; the auditor then sees her name on Trevor Bains's sampled file, and no other partner's", async () => {
    const lead = await newPage('en-CA');
    await signIn(lead, demoAccounts.partnerLead, 'en');
    await lead.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const found = await apiRequest<{ items: { id: string; fullName: string }[] }>(lead, 'GET', '/partners?query=Melissa%20Bains');
    const melissa = found.items.find((item) => item.fullName === 'Melissa Bains')!;
    await lead.goto(`${base()}/partners/${melissa.id}`);
    await expectHeading(lead, 'Melissa Bains');
    const audit = lead.getByRole('region', { name: 'Ministry audit' });
    // The demo's own audit may sample her case too: open the name for this test's grant (the one in force for the auditor).
    const card = audit.getByRole('article', { name: 'Vérification trimestrielle des dossiers' });
    await card.getByText(/The auditor sees this partner without a name/).waitFor();
    const form = card.getByRole('form', { name: "Open the partner's name to the auditor" });
    await form.getByRole('button', { name: 'Open the name to the auditor' }).click();
    await form.getByText('Choose the legal basis.').first().waitFor();
    await form.getByText('A court order').click();
    await form.getByRole('textbox', { name: 'Reference' }).fill('Superior Court order CV-26-0042');
    await form.getByRole('button', { name: 'Open the name to the auditor' }).click();
    await form.getByRole('alert').getByText(/will see this partner's name for this audit/).waitFor();
    await expectNoAxeViolations(lead, 'partner audit opening (en)');
    await form.getByRole('button', { name: 'Yes, record the basis and open the name' }).click();
    await card.getByText("The basis is recorded: the auditor now sees this partner's name.").waitFor();

    const auditor = await newPage('en-CA');
    await signIn(auditor, demoAccounts.auditor, 'en');
    await expectHeading(auditor, 'Audit access');
    await auditor.getByRole('table', { name: 'Participant files you may read (3)' }).getByRole('link', { name: 'Trevor Bains' }).click();
    await expectHeading(auditor, 'Trevor Bains');
    const partners = auditor.getByRole('region', { name: 'Partner Contact (de-identified)' });
    await partners.getByText('Melissa Bains').first().waitFor();
    await partners.getByText(/Superior Court order CV-26-0042/).first().waitFor();
    const text = await auditor.locator('main').innerText();
    for (const partner of partnerNames.filter((name) => name !== 'Melissa')) expect(text).not.toContain(partner);
  });
});

describe('the manager ends the access (en-CA)', () => {
  it("ends every grant in force; the auditor's next page says there is no access", async () => {
    // The auditor, signed in in a browser of their own, on their home.
    const auditorContext = await browser().newContext({ locale: 'en-CA' });
    const auditor = await auditorContext.newPage();
    await signIn(auditor, demoAccounts.auditor, 'en');
    await expectHeading(auditor, 'Audit access');
    await auditor.getByRole('link', { name: 'Curtis Bowman' }).waitFor();

    const page = await newPage('en-CA');
    await signIn(page, demoAccounts.manager, 'en');
    await expectHeading(page, `Welcome, ${demoAccounts.manager.name}`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Auditor access', exact: true }).click();
    await expectHeading(page, 'Ministry auditor access');
    await expectNoAxeViolations(page, 'auditor access (en)');
    const inForce = page.getByRole('article').filter({ hasText: demoAccounts.auditor.name }).filter({ has: page.getByRole('button', { name: 'End access now' }) });
    while ((await inForce.count()) > 0) {
      const before = await inForce.count();
      await inForce.first().getByRole('button', { name: 'End access now' }).click();
      const dialog = page.getByRole('alertdialog', { name: `End the access of ${demoAccounts.auditor.name} now?` });
      await expectNoAxeViolations(page, 'end access, confirmation (en)');
      await dialog.getByRole('button', { name: 'End access', exact: true }).click();
      await page.getByRole('status').filter({ hasText: `The access of ${demoAccounts.auditor.name} has ended.` }).waitFor();
      await inForce.nth(before - 1).waitFor({ state: 'detached' });
    }
    await page.getByRole('article').filter({ hasText: 'Vérification trimestrielle des dossiers' }).getByText('Ended early').waitFor();
    await expectNoAxeViolations(page, 'auditor access ended (en)');

    // The auditor's next page: no access, said plainly (not an error).
    await auditor.getByRole('link', { name: 'Curtis Bowman' }).click();
    await auditor.getByText('You have no access to this agency at the moment. A manager grants access for an audit.').waitFor();
    await expectHeading(auditor, 'Audit access');
    await expectNoAxeViolations(auditor, 'auditor without access (en)');
    await auditor.reload();
    await auditor.getByText('You have no access to this agency at the moment. A manager grants access for an audit.').waitFor();
    expect(await auditor.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My audit' }).count()).toBe(0);
    await auditorContext.close();
  });
});
