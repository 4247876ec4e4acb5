import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { launchChromium } from './support/launch-chromium.js';
import { startServer, type RunningServer } from './support/start-server.js';

/** What a reader of each language should see; written out, not read from the catalogues. */
const languages = {
  'en-CA': {
    query: 'en',
    skipLink: 'Skip to main content',
    heading: 'Agency overview',
    title: 'Agency overview – PARS',
    databaseOk: 'Available',
    engine: /^Embedded PostgreSQL \(PGlite\)$|^PostgreSQL server$/,
    switchLabel: 'English',
  },
  'fr-CA': {
    query: 'fr',
    skipLink: 'Passer au contenu principal',
    heading: 'Aperçu de l’organisme',
    title: 'Aperçu de l’organisme – PARS',
    databaseOk: 'Disponible',
    engine: /^PostgreSQL intégré \(PGlite\)$|^Serveur PostgreSQL$/,
    switchLabel: 'Français',
  },
} as const;
type Locale = keyof typeof languages;
const other = (locale: Locale): Locale => (locale === 'en-CA' ? 'fr-CA' : 'en-CA');

let server: RunningServer | undefined;
let browser: Browser | undefined;
let agencyNames: Record<Locale, string>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer();
  const status = (await (await fetch(`${server.baseUrl}/api/v1/status`)).json()) as {
    agency: { name: string; nameFr?: string | null } | null;
  };
  // The demo seed's agency; its French name, when it has one, is what French readers see.
  expect(status.agency?.name).toBe('Demo Agency');
  agencyNames = { 'en-CA': status.agency!.name, 'fr-CA': status.agency!.nameFr ?? status.agency!.name };
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 30_000);

/** Checks that the page as a whole is in one language. */
async function expectPageIn(page: Page, locale: Locale): Promise<void> {
  const text = languages[locale];
  const main = page.getByRole('main');
  await main.getByText(agencyNames[locale], { exact: true }).waitFor();
  await main.getByText(text.databaseOk, { exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  expect(await page.title()).toBe(text.title);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(text.heading);
  expect(await page.getByRole('link', { name: text.skipLink }).count()).toBe(1);
  expect(await page.getByRole('link', { name: languages[other(locale)].skipLink }).count()).toBe(0);
  expect(await main.getByText(text.engine).count()).toBe(1);
  // YYYY-MM-DD in both languages.
  expect(await main.locator('time').first().innerText()).toMatch(/^\d{4}-\d{2}-\d{2} /);
}

describe.each(Object.keys(languages) as Locale[])('home page in %s', (locale) => {
  const text = languages[locale];

  it('shows the agency and status in its language, switches language, passes axe', async () => {
    const context = await browser!.newContext({ locale: text.query });
    const page = await context.newPage();
    const statusLanguages: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/status')) {
        statusLanguages.push(request.headers()['accept-language'] ?? '');
      }
    });
    try {
      await page.goto(`${server!.baseUrl}/?lang=${text.query}`);
      await expectPageIn(page, locale);
      expect(statusLanguages[0]).toBe(locale);

      // The skip link is the first stop for the keyboard and moves focus to <main>.
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe(text.skipLink);
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement?.id')).toBe('main');

      await expectNoAxeViolations(page, `home (${locale})`);
      if (process.env.E2E_SCREENSHOT_DIR) {
        await page.screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR}/home-${locale}.png`, fullPage: true });
      }

      const target = other(locale);
      await page.getByRole('radio', { name: languages[target].switchLabel }).click();
      await expectPageIn(page, target);
      expect(await page.getByRole('radio', { name: languages[target].switchLabel }).getAttribute('aria-checked')).toBe('true');
      await expectNoAxeViolations(page, `home after switching to ${target}`);

      // The choice is remembered: a plain reload (the ?lang= is gone) stays in the new language.
      expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
      await page.reload();
      await expectPageIn(page, target);
      expect(statusLanguages.at(-1)).toBe(target);
    } finally {
      await context.close();
    }
  }, 90_000);
});
