import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Staff identity in the browser: signing in, the admin screens, who viewed a record, signing out.
// One server for the file (each start costs seconds), so the tests run in order: the French walk
// finds the account the English one created. Texts are written out here, not read from the
// catalogues, so that a wrong message fails. The second factor has its own file and server.
const { base, newPage } = useJourneys();

describe('staff identity (en-CA)', () => {
  it('lets the admin list the demo accounts, create one, be refused a forbidden role mix, disable it, and sign out', async () => {
    const page = await newPage('en-CA');
    await page.goto(`${base()}/sign-in?lang=en`);
    await expectHeading(page, 'Sign in to PARS');
    await expectNoAxeViolations(page, 'sign-in (en)');

    await signInWith(page, base(), { email: demoAccounts.admin.email, password: demoPassword, lang: 'en' });
    await expectHeading(page, 'Welcome, Alex Martin');
    const warning = page.getByRole('region', { name: 'Security warning' });
    await warning.getByText('Second-factor sign-in is turned off for this agency.', { exact: false }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Staff accounts' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Who viewed a record' }).count()).toBe(0);
    await saveScreenshot(page, 'staff-home-en');
    await expectNoAxeViolations(page, 'staff home (en)');

    await nav.getByRole('link', { name: 'Staff accounts' }).click();
    await expectHeading(page, 'Staff accounts');
    const table = page.getByRole('table', { name: '9 staff accounts' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(9);
    for (const account of Object.values(demoAccounts)) {
      const row = table.getByRole('rowheader', { name: account.name });
      expect(await row.getByText(account.email, { exact: true }).count()).toBe(1);
    }
    // Focus follows the navigation to the new page's heading.
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await saveScreenshot(page, 'users-en');
    await expectNoAxeViolations(page, 'staff accounts (en)');

    await page.getByRole('link', { name: 'Create a staff account' }).click();
    await expectHeading(page, 'Create a staff account');
    await page.getByLabel('Full name').fill('Jordan Lee');
    await page.getByLabel('Work email address').fill(demoAccounts.intake.email);
    await page.getByLabel('First password').fill('harbour lantern maple 2026');
    await page.getByRole('checkbox', { name: 'Partner contact worker' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Intake worker' }).check({ force: true });
    const teamRule = 'The roles “Partner contact worker” and “Intake worker” cannot be combined. Uncheck one of them.';
    await page.getByRole('group', { name: 'Roles' }).getByText(teamRule).first().waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    const summary = page.getByRole('group', { name: 'There is a problem' });
    await summary.getByRole('link', { name: `Roles: ${teamRule}` }).waitFor();
    expect(await page.evaluate('document.activeElement?.className')).toContain('error-summary');
    await saveScreenshot(page, 'new-user-team-rule-en');
    await expectNoAxeViolations(page, 'new account with errors (en)');

    // With the team rule kept, the server answers; its translated message lands on the email field.
    await page.getByRole('checkbox', { name: 'Intake worker' }).uncheck({ force: true });
    await page.getByRole('button', { name: 'Create account' }).click();
    const taken = 'Another account in this agency already uses that email address.';
    await summary.getByText(taken).waitFor();
    const email = page.getByLabel('Work email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(descriptions.join(' ')).toContain(taken);

    await email.fill('jordan.lee@demo.pars.test');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(page, 'Jordan Lee');
    await page.getByRole('status').getByText('The account of Jordan Lee is created.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Disable account' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disable the account of Jordan Lee?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'disable dialog (en)');
    await dialog.getByRole('button', { name: 'Disable account' }).click();
    await page.getByRole('status').getByText('The account of Jordan Lee is disabled.').waitFor();
    await page.getByRole('button', { name: 'Enable account' }).waitFor();
    expect(await page.locator('.badge', { hasText: 'Disabled' }).count()).toBe(1);
    await saveScreenshot(page, 'user-disabled-en');
    await expectNoAxeViolations(page, 'account page (en)');

    await nav.getByRole('link', { name: 'Agency settings' }).click();
    await expectHeading(page, 'Agency settings');
    expect(await page.getByRole('checkbox', { name: 'Require a code from an authenticator app at every sign-in' }).isChecked()).toBe(false);
    await warning.getByText('Turn it on in Agency settings.').waitFor();
    await saveScreenshot(page, 'settings-en');
    await expectNoAxeViolations(page, 'settings (en)');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in to PARS');
    await page.getByText('You have signed out.').waitFor();
    expect(await warning.count()).toBe(0);
    await expectNoAxeViolations(page, 'signed out (en)');
    // The session is gone on the server too: an admin page sends back to sign in.
    await page.goto(`${base()}/admin/users`);
    await expectHeading(page, 'Sign in to PARS');
  });
});

describe('staff identity (fr-CA)', () => {
  it('shows a wrong password’s generic message in French', async () => {
    const page = await newPage('fr-CA');
    await signInWith(page, base(), { email: demoAccounts.finance.email, password: 'pas-le-bon-mot-de-passe', lang: 'fr' });
    const summary = page.getByRole('group', { name: 'Il y a un problème' });
    await summary.getByText('Le courriel ou le mot de passe est inexact, ou la connexion de ce compte est suspendue', { exact: false }).waitFor();
    expect(await page.getByLabel('Mot de passe', { exact: true }).inputValue()).toBe('');
    await saveScreenshot(page, 'sign-in-failed-fr');
    await expectNoAxeViolations(page, 'sign-in failed (fr)');
  });

  it('walks the admin’s key pages in French', async () => {
    const page = await newPage('fr-CA');
    await signInWith(page, base(), { email: demoAccounts.admin.email, password: demoPassword, lang: 'fr' });
    await expectHeading(page, 'Bonjour, Alex Martin');
    await page
      .getByRole('region', { name: 'Avertissement de sécurité' })
      .getByText('La connexion à deux facteurs est désactivée pour cet organisme.', { exact: false })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
    await saveScreenshot(page, 'staff-home-fr');
    await expectNoAxeViolations(page, 'staff home (fr)');

    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Comptes du personnel' }).click();
    await expectHeading(page, 'Comptes du personnel');
    await page.getByRole('table', { name: /^\d+ comptes du personnel$/ }).waitFor();
    await page.getByRole('rowheader', { name: /^Jordan Lee/ }).waitFor();
    expect(await page.getByRole('row', { name: /Jordan Lee/ }).getByText('Désactivé').count()).toBe(1);
    await saveScreenshot(page, 'users-fr');
    await expectNoAxeViolations(page, 'staff accounts (fr)');

    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await expectHeading(page, 'Créer un compte du personnel');
    await page.getByRole('checkbox', { name: 'Intervenant/intervenante auprès des partenaires' }).check({ force: true });
    await page.getByRole('checkbox', { name: 'Animateur/animatrice de groupe' }).check({ force: true });
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page
      .getByRole('group', { name: 'Il y a un problème' })
      .getByText(
        'Rôles : Les rôles « Intervenant/intervenante auprès des partenaires » et « Animateur/animatrice de groupe » ne peuvent pas être combinés.',
        { exact: false },
      )
      .waitFor();
    await saveScreenshot(page, 'new-user-errors-fr');
    await expectNoAxeViolations(page, 'new account with errors (fr)');

    await nav.getByRole('link', { name: 'Paramètres de l’organisme' }).click();
    await expectHeading(page, 'Paramètres de l’organisme');
    await page.getByLabel('Déconnexion après inactivité (minutes)').waitFor();
    await saveScreenshot(page, 'settings-fr');
    await expectNoAxeViolations(page, 'settings (fr)');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expectHeading(page, 'Se connecter à PARS');
    await page.getByText('Votre session est fermée.').waitFor();
    await expectNoAxeViolations(page, 'signed out (fr)');
  });
});

describe('what a manager may open (en-CA)', () => {
  it('offers no staff accounts, refuses the page by address, and opens who viewed a record', async () => {
    const page = await newPage('en-CA');
    await signInWith(page, base(), { email: demoAccounts.manager.email, password: demoPassword, lang: 'en' });
    await expectHeading(page, 'Welcome, Daniel Okafor');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Staff accounts' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Staff accounts' }).count()).toBe(0);

    await page.goto(`${base()}/admin/users`);
    await expectHeading(page, 'Your role does not allow this page');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'not allowed (en)');

    await nav.getByRole('link', { name: 'Who viewed a record' }).click();
    await expectHeading(page, 'Who viewed a record');
    await page.getByRole('button', { name: /Kind of record/ }).click();
    await page.getByRole('option', { name: 'Staff account' }).click();
    await page.getByLabel('Record identifier').fill('6f1c2a4e-0000-4000-8000-000000000000');
    await page.getByRole('button', { name: 'Show views' }).click();
    await page.getByText('No views of this record are logged.').waitFor();
    expect(new URL(page.url()).searchParams.get('subjectType')).toBe('user');
    await saveScreenshot(page, 'record-views-en');
    await expectNoAxeViolations(page, 'who viewed (en)');

    // A session that ends while working sends the user to sign in, saying why.
    await page.route('**/api/v1/audit/record-views*', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'urn:pars:problem:auth.session_expired', title: 'Sign-in required', status: 401, code: 'auth.session_expired', detail: 'Your session has ended.', requestId: 'r-1' }),
      }),
    );
    await page.getByRole('button', { name: 'Show views' }).click();
    await expectHeading(page, 'Sign in to PARS');
    await page.getByText('Your session has ended (inactivity or time limit).', { exact: false }).waitFor();
  });
});
