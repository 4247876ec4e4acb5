import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// The second factor in the browser, with codes computed here as an authenticator app would.
// Its own server: turning the second factor on changes how every account of the agency signs in.
const { base, browser } = useJourneys();

describe('second factor (en-CA)', () => {
  it('enrols a new user with a code computed here, shows the recovery codes once, then asks for a code at the next sign-in', async () => {
    const context = await browser().newContext({ locale: 'en-CA' });
    const page: Page = await context.newPage();
    await signInWith(page, base(), { email: demoAccounts.admin.email, password: demoPassword, lang: 'en' });
    await expectHeading(page, 'Welcome, Alex Martin');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Agency settings' }).click();
    await page.getByRole('checkbox', { name: 'Require a code from an authenticator app at every sign-in' }).check({ force: true });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('The settings are saved.').waitFor();
    expect(await page.getByRole('region', { name: 'Security warning' }).count()).toBe(0);

    await page.goto(`${base()}/admin/users/new`);
    await expectHeading(page, 'Create a staff account');
    await page.getByLabel('Full name').fill('Sam Rivera');
    await page.getByLabel('Work email address').fill('sam.rivera@demo.pars.test');
    await page.getByRole('checkbox', { name: 'Group facilitator' }).check({ force: true });
    const password = 'copper kettle meadow 41';
    await page.getByLabel('First password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectHeading(page, 'Sam Rivera');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in to PARS');

    await signInWith(page, base(), { email: 'sam.rivera@demo.pars.test', password, lang: 'en' });
    await expectHeading(page, 'Set up your authenticator app');
    expect(new URL(page.url()).pathname).toBe('/sign-in/enrol');
    await page.getByRole('img', { name: /^QR code that adds PARS to an authenticator app/ }).waitFor();
    const secret = (await page.locator('.enrolment-secret').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await saveScreenshot(page, 'enrol-en');
    await expectNoAxeViolations(page, 'enrolment (en)');

    const enrolledAt = Math.floor(Date.now() / 1000);
    await page.getByLabel('6-digit code').fill(await generate({ secret, epoch: enrolledAt }));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expectHeading(page, 'Save your recovery codes');
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    expect(await codes.count()).toBe(10);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByText('Confirm that you have saved your recovery codes', { exact: false }).first().waitFor();
    await saveScreenshot(page, 'recovery-codes-en');
    await expectNoAxeViolations(page, 'recovery codes (en)');
    await page.getByRole('checkbox', { name: 'I have saved my recovery codes somewhere safe' }).check({ force: true });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Welcome, Sam Rivera');
    expect(await page.getByRole('region', { name: 'Security warning' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in to PARS');

    // A used code cannot be replayed; the next 30-second step's code is accepted now (one step of drift).
    await signInWith(page, base(), { email: 'sam.rivera@demo.pars.test', password, lang: 'en' });
    await expectHeading(page, 'Enter your sign-in code');
    // Half-way through signing in, any page sends the user back to the code step, then on to that page.
    await page.goto(`${base()}/account/password`);
    await expectHeading(page, 'Enter your sign-in code');
    expect(new URL(page.url()).pathname).toBe('/sign-in/code');
    await saveScreenshot(page, 'second-factor-en');
    await expectNoAxeViolations(page, 'second factor (en)');
    // A wrong code gets the server's translated message, on the field and in the summary.
    await page.getByLabel('6-digit code').fill(await generate({ secret, epoch: enrolledAt - 3600 }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('group', { name: 'There is a problem' })
      .getByText('That code is not right or has expired.', { exact: false })
      .waitFor();
    const nextStep = (Math.floor(enrolledAt / 30) + 1) * 30;
    await page.getByLabel('6-digit code').fill(await generate({ secret, epoch: Math.max(nextStep, Math.floor(Date.now() / 1000)) }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Change your password');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectHeading(page, 'Sign in to PARS');
    await context.close();
  });
});
