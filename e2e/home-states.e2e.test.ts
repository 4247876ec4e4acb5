import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { useJourneys } from './support/use-journeys.js';

// States the demo server does not produce on demand (failure, no agency, database down):
// the real server serves the app, and only the status answer is replaced in the browser.
const { base, browser } = useJourneys();

const status = (overrides: object) => ({
  product: 'PARS',
  version: '0.1.0',
  time: '2026-11-21T19:00:00.000Z',
  database: { status: 'ok', dialect: 'postgres' },
  agency: null,
  ...overrides,
});

/** Opens the home page in French with a canned status answer. */
async function openWith(answer: { status: number; body: object }): Promise<Page> {
  const context = await browser().newContext();
  const page = await context.newPage();
  await page.route('**/api/v1/status', (route) =>
    route.fulfill({
      status: answer.status,
      contentType: answer.status >= 400 ? 'application/problem+json' : 'application/json',
      body: JSON.stringify(answer.body),
    }),
  );
  await page.goto(`${base()}/?lang=fr`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Saves a screenshot when E2E_SCREENSHOT_DIR is set, to look at the page as a person would. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR}/${name}.png`, fullPage: true });
  }
}

describe('home page states (fr-CA)', () => {
  it('shows the server’s translated detail when the status request fails, and can retry', async () => {
    const detail = 'Une erreur imprévue est survenue. Référence : req-42.';
    const page = await openWith({
      status: 500,
      body: { type: 'urn:pars:problem:system.unexpected', title: 'Erreur', status: 500, code: 'system.unexpected', detail, requestId: 'req-42' },
    });
    const live = page.getByRole('status');
    await live.getByText(detail).waitFor();
    expect(await live.getByText('Impossible de charger l’état du système.').count()).toBe(1);
    await screenshot(page, 'state-error-fr');
    await expectNoAxeViolations(page, 'home error state');

    await page.unroute('**/api/v1/status');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.getByRole('main').getByText('Agence de démonstration', { exact: true }).waitFor();
    await page.context().close();
  });

  it('explains how to load demo data when no agency is set up', async () => {
    const page = await openWith({ status: 200, body: status({}) });
    await page.getByText('Aucun organisme n’est encore configuré.').waitFor();
    expect(await page.getByText('npx pars seed --demo').count()).toBe(1);
    expect(await page.getByText('Serveur PostgreSQL', { exact: true }).count()).toBe(1);
    await screenshot(page, 'state-no-agency-fr');
    await expectNoAxeViolations(page, 'home without agency');
    await page.context().close();
  });

  it('says in words that the database is unavailable', async () => {
    const page = await openWith({
      status: 503,
      body: status({ database: { status: 'unavailable', dialect: 'pglite' } }),
    });
    await page.getByText('Indisponible', { exact: true }).waitFor();
    expect(await page.getByText('Aucun organisme n’est encore configuré.').count()).toBe(0);
    await screenshot(page, 'state-database-unavailable-fr');
    await expectNoAxeViolations(page, 'home with database unavailable');
    await page.context().close();
  });
});
