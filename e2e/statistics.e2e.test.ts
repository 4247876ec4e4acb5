import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Ministry statistics (issue #9 item 3) on the demo agency: the manager's dashboard of the
// current quarter (charts with their tables), a period ending before it starts refused on its
// field, the CSV download with small cells suppressed, and the same page in French.
const { base, newPage } = useJourneys();

/** The demo agency's current quarter (its day is Toronto's). */
function currentQuarter(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  const year = Number(today.slice(0, 4));
  const start = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  return { from: `${year}-${String(start).padStart(2, '0')}-01`, to: new Date(Date.UTC(year, start + 2, 0)).toISOString().slice(0, 10) };
}

async function signIn(lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  const account = demoAccounts.manager;
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

describe('statistics (en-CA)', () => {
  it('shows the quarter as charts with their tables, refuses an end before the start, and downloads a suppressed CSV', async () => {
    const quarter = currentQuarter();
    const page = await signIn('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Statistics', exact: true }).click();
    await expectHeading(page, 'Ministry statistics');
    await page.getByRole('heading', { name: `From ${quarter.from} to ${quarter.to}` }).waitFor();
    expect(await page.getByRole('textbox', { name: 'First day' }).inputValue()).toBe(quarter.from);
    const flow = page.getByRole('img', { name: /^Bar chart, From referral to completion: Referrals: \d+, Intakes: \d+, Enrolments: \d+, Completions: \d+,? and Discharges: \d+\.$/ });
    await flow.waitFor();
    const flowTable = page.getByRole('table', { name: 'From referral to completion', exact: true });
    const referrals = await flowTable.getByRole('row', { name: /^Referrals/ }).getByRole('cell').textContent();
    expect(await flow.getAttribute('aria-label')).toContain(`Referrals: ${referrals}`);
    await page.getByRole('img', { name: /^Bar chart, Attendance rate by program stream: / }).waitFor();
    await page.getByRole('table', { name: 'By program stream', exact: true }).getByRole('rowheader', { name: "Men's group (English)", exact: true }).waitFor();
    await expectNoAxeViolations(page, 'statistics (en)');
    await saveScreenshot(page, 'statistics-en');

    await page.getByRole('textbox', { name: 'Last day' }).fill('2020-01-01');
    await page.getByRole('button', { name: 'Show the statistics' }).click();
    const message = `The last day (2020-01-01) is before the first day (${quarter.from}). Enter a last day on or after the first day.`;
    await page.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: `Last day: ${message}` }).waitFor();
    await expectNoAxeViolations(page, 'statistics, period refused (en)');
    // A period the server refuses (over five years) is said on the field too.
    await page.getByRole('textbox', { name: 'First day' }).fill('2015-01-01');
    await page.getByRole('textbox', { name: 'Last day' }).fill(quarter.to);
    await page.getByRole('button', { name: 'Show the statistics' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: 'Last day: The period is longer than 5 years. Choose a shorter period.' }).waitFor();
    await page.getByRole('textbox', { name: 'First day' }).fill(quarter.from);
    await page.getByRole('button', { name: 'Show the statistics' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: `From ${quarter.from} to ${quarter.to}` }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`statistics-${quarter.from}-${quarter.to}.csv`);
    const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Section,Breakdown,Measure,Value');
    expect(lines).toContain(`Period,All,From,${quarter.from}`);
    expect(lines.filter((line) => /,[1-4]$/.test(line) && !line.startsWith('Period,'))).toEqual([]);
  });
});

describe('statistics (fr-CA)', () => {
  it('shows the same page in French, with its charts and tables', async () => {
    const quarter = currentQuarter();
    const page = await signIn('fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Statistiques', exact: true }).click();
    await expectHeading(page, 'Statistiques pour le Ministère');
    await page.getByRole('heading', { name: `Du ${quarter.from} au ${quarter.to}` }).waitFor();
    await page.getByRole('img', { name: /^Graphique à barres, Aiguillages par source\s: Tribunal\s: \d+/ }).waitFor();
    await page.getByRole('table', { name: 'Par volet du programme', exact: true }).getByRole('rowheader', { name: 'Programme IPV – hommes (français)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Télécharger en CSV' }).waitFor();
    await expectNoAxeViolations(page, 'statistiques (fr)');
    await saveScreenshot(page, 'statistiques-fr');
  });
});
