import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// The community resource directory, its packs and the participant workbook in the browser (issue
// #6), on the demo agency's default directory. One server for the file; the journeys run in order.
const { base, newPage } = useJourneys();

/** Signs someone in and waits for their home page. */
async function signIn(account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

/** Waits for a PDF answer from the API while `act` asks for it, and for the browser's download. */
async function expectPdf(page: Page, path: string, act: () => Promise<void>): Promise<string> {
  const [response, download] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1${path}`),
    page.waitForEvent('download'),
    act(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return download.suggestedFilename();
}

describe('the resource directory (en-CA)', () => {
  it('finds a misspelt helpline with its numbers, prints a resource list, adds a resource after a wrong number, edits it through a colleague’s save, retires and restores it', async () => {
    const page = await signIn(demoAccounts.manager, 'en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Resources' }).click();
    await expectHeading(page, 'Community resources');
    await page.getByRole('status').getByText(/^Resources 1 to \d+ of \d+$/).waitFor();
    await expectNoAxeViolations(page, 'resource directory (en)');

    await page.getByRole('searchbox', { name: 'Search' }).fill('helpine');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(new URL(page.url()).searchParams.get('q')).toBe('helpine');
    const results = page.getByRole('region', { name: 'Results' });
    const helpline = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Assaulted Women’s Helpline', exact: true }) });
    await helpline.getByText('Call 1 (866) 863-0511').waitFor();
    await helpline.getByText('TTY 1 (866) 863-7868').waitFor();
    await saveScreenshot(page, 'resources-en');

    await helpline.getByText('Add Assaulted Women’s Helpline to the resource list').click();
    const list = page.getByRole('region', { name: 'Resource list (PDF)' });
    await list.getByText('1 resource chosen, printed in this order:').waitFor();
    const fileName = await expectPdf(page, '/packs/resource-list', () => list.getByRole('button', { name: 'Download the resource list in English (PDF)' }).click());
    expect(fileName).toMatch(/\.pdf$/);
    await expectPdf(page, '/packs/partner-information', () =>
      page.getByRole('region', { name: 'Information packs' }).getByRole('button', { name: 'Download in French (PDF)' }).last().click(),
    );

    await page.getByRole('link', { name: 'Add a resource' }).click();
    await expectHeading(page, 'New resource');
    await page.getByRole('textbox', { name: 'Name in English' }).fill('Men’s Support Line of Testville');
    await page.getByText('Services for people who used violence').click();
    await page.getByRole('button', { name: 'Add a number' }).click();
    await page.getByRole('textbox', { name: 'Number', exact: true }).fill('416-555-019');
    await page.getByRole('button', { name: 'Add the resource' }).click();
    const summary = page.getByRole('group', { name: 'There is a problem' });
    await summary.getByRole('link', { name: /^Number 1: Number/ }).waitFor();
    const number = page.getByRole('textbox', { name: 'Number', exact: true });
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'resource-new-en');
    await expectNoAxeViolations(page, 'new resource with a wrong number (en)');

    await number.fill('416-555-0199');
    await page.getByRole('button', { name: 'Add the resource' }).click();
    await expectHeading(page, 'Men’s Support Line of Testville');
    await page.getByText('The resource is saved.').waitFor();
    await page.getByText('Call 416-555-0199').waitFor();
    await expectNoAxeViolations(page, 'resource page (en)');

    // A colleague saves the resource while it is being edited: refused once, the typed hours kept, saved the second time.
    const resourceId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expectHeading(page, 'Edit Men’s Support Line of Testville');
    const { id: _id, retired: _r, retiredAt: _ra, createdAt: _c, updatedAt: _u, ...record } = await apiRequest<Record<string, unknown>>(page, 'GET', `/resources/${resourceId}`);
    await apiRequest(page, 'PUT', `/resources/${resourceId}`, { ...record, region: 'Toronto' });
    await page.getByRole('textbox', { name: 'Hours in English' }).fill('Monday to Friday, 9 to 5');
    await page.getByRole('button', { name: 'Save the resource' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByText(/Someone else saved this resource/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Hours in English' }).inputValue()).toBe('Monday to Friday, 9 to 5');
    await page.getByRole('button', { name: 'Save the resource' }).click();
    await expectHeading(page, 'Men’s Support Line of Testville');
    await page.getByText('Hours: Monday to Friday, 9 to 5').waitFor();

    // Retired: asked first, then said; restored.
    await page.getByRole('button', { name: 'Retire', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Retire the resource' }).click();
    await page.getByText('The resource is retired.').waitFor();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('The resource is back in the directory.').waitFor();

    // The history, newest first: who changed what, each field before and after.
    const history = page.getByRole('region', { name: 'History' });
    const changes = history.getByRole('listitem');
    await changes.first().getByText(/: restored by Daniel Okafor \(version 5\)\.$/).waitFor();
    const regionChange = changes.filter({ hasText: /: edited by Daniel Okafor \(version 2\)\./ });
    await regionChange.getByRole('definition').filter({ hasText: 'Before: (empty). After: Toronto.' }).waitFor();
    expect(await changes.count()).toBe(4);
    await expectNoAxeViolations(page, 'resource history (en)');
  });

  it('exports the directory as HSDS JSON, refuses a file that is not JSON, checks the export back (0 invalid) and imports it unchanged', async () => {
    const page = await signIn(demoAccounts.manager, 'en');
    await page.goto(`${base()}/resources`);
    await page.getByRole('link', { name: 'Import and export (HSDS)' }).click();
    await expectHeading(page, 'Import and export the directory (Open Referral HSDS)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as HSDS JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^resources-hsds-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await download.path());

    const file = page.getByLabel('HSDS JSON file');
    const check = page.getByRole('button', { name: 'Check the file (nothing is imported)' });
    await file.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json {') });
    await check.click();
    await page.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: /The file is not JSON/ }).waitFor();

    await file.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: exported });
    await check.click();
    const report = page.getByRole('region', { name: /^Check of resources-hsds-/ });
    await report.getByText(/^\d+ records in the file: \d+ valid, 0 invalid\.$/).waitFor();
    await expectNoAxeViolations(page, 'HSDS import checked (en)');
    await report.getByRole('button', { name: /^Import the \d+ records$/ }).click();
    await page.getByText(/Import done: 0 added, 0 updated, \d+ unchanged, 0 invalid left out\.$/).waitFor();
  });
});

describe('the resource directory (fr-CA)', () => {
  it('finds Jeunesse, J’écoute by a word of its French name, with what to text', async () => {
    const page = await signIn(demoAccounts.intake, 'fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Ressources' }).first().click();
    await expectHeading(page, 'Ressources communautaires');
    await page.getByRole('searchbox', { name: 'Recherche' }).fill('jeunesse');
    await page.getByRole('button', { name: 'Chercher', exact: true }).click();
    const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Jeunesse, J’écoute', exact: true }) });
    await result.getByText('Textez CONNECT au 686868').waitFor();
    await saveScreenshot(page, 'resources-fr');
    await expectNoAxeViolations(page, 'répertoire des ressources (fr)');
    await result.getByRole('link', { name: 'Jeunesse, J’écoute', exact: true }).click();
    await expectHeading(page, 'Jeunesse, J’écoute');
    await expectNoAxeViolations(page, 'page d’une ressource (fr)');
  });
});

describe('the participant workbook (en-CA)', () => {
  it('a facilitator adds a value and a warning sign, saves, keeps their edits through a colleague’s save, and prints the wallet card', async () => {
    const page = await signIn(demoAccounts.facilitator, 'en');
    const groups = await apiRequest<{ id: string; members: number }[]>(page, 'GET', '/groups?mine=true');
    const running = groups.find((g) => g.members > 0)!;
    const group = await apiRequest<{ memberList: { participantId: string }[] }>(page, 'GET', `/groups/${running.id}`);
    const participantId = group.memberList[0]!.participantId;
    await page.goto(`${base()}/participants/${participantId}/workbook`);
    await expectHeading(page, 'Participant workbook');

    const values = page.getByRole('region', { name: 'Relationship values' });
    const before = await values.getByRole('textbox').count();
    await values.getByRole('button', { name: 'Add a value' }).click();
    await values.getByRole('textbox', { name: `Value ${before + 1}` }).fill('I listen before I answer');
    const signs = page.getByRole('region', { name: 'Warning signs' });
    const signsBefore = await signs.getByRole('textbox').count();
    await signs.getByRole('button', { name: 'Add a warning sign' }).click();
    await signs.getByRole('textbox', { name: `Warning sign ${signsBefore + 1}` }).fill('My jaw tightens');
    await saveScreenshot(page, 'workbook-en');
    await expectNoAxeViolations(page, 'workbook (en)');
    await page.getByRole('button', { name: 'Save the workbook' }).click();
    await page.getByText('The workbook is saved.').waitFor();
    await page.getByText(/^Last saved on \d{4}-\d{2}-\d{2} by Marcus Lee\.$/).waitFor();

    // A colleague saves meanwhile: the next save here is refused, the edits stay, and a second save keeps them.
    type Saved = { relationshipValues: { text: string }[]; warningSigns: { kind: string; text: string }[]; accountabilityActions: { text: string; status: string }[]; version: number };
    const theirs = await apiRequest<Saved>(page, 'GET', `/participants/${participantId}/workbook`);
    await apiRequest(page, 'PUT', `/participants/${participantId}/workbook`, {
      relationshipValues: theirs.relationshipValues.map(({ text }) => ({ text })),
      warningSigns: theirs.warningSigns.map(({ kind, text }) => ({ kind, text })),
      accountabilityActions: [...theirs.accountabilityActions.map(({ text, status }) => ({ text, status })), { text: 'Call my sponsor', status: 'planned' }],
      version: theirs.version,
    });
    await values.getByRole('textbox', { name: `Value ${before + 1}` }).fill('I listen before I answer, every time');
    await page.getByRole('button', { name: 'Save the workbook' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByText(/Someone else saved this workbook/).waitFor();
    expect(await values.getByRole('textbox', { name: `Value ${before + 1}` }).inputValue()).toBe('I listen before I answer, every time');
    // Wait for this save's own answer: the first save's "saved" notice may still be on the page.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname.endsWith(`/participants/${participantId}/workbook`) && r.status() === 200),
      page.getByRole('button', { name: 'Save the workbook' }).click(),
    ]);
    await page.getByText('The workbook is saved.').waitFor();
    const saved = await apiRequest<Saved>(page, 'GET', `/participants/${participantId}/workbook`);
    expect(saved.relationshipValues.map((v) => v.text)).toContain('I listen before I answer, every time');
    expect(saved.version).toBe(theirs.version + 2);
    await expectPdf(page, `/participants/${participantId}/workbook/wallet-card.pdf`, () => page.getByRole('button', { name: 'Print the wallet card (PDF)' }).click());
  });
});

describe('giving a resource to a participant (en-CA)', () => {
  it('an intake worker finds Fem’aide by a misspelling in the participant’s file and records it as given', async () => {
    const page = await signIn(demoAccounts.intake, 'en');
    const waitlist = await apiRequest<{ participantId: string }[]>(page, 'GET', '/waitlist');
    const participantId = waitlist[0]!.participantId;
    await page.goto(`${base()}/participants/${participantId}`);
    const section = page.getByRole('region', { name: 'Community resources given' });
    await section.getByRole('searchbox', { name: 'Find a resource' }).fill('femaide');
    await section.getByRole('button', { name: 'Find', exact: true }).click();
    await section.getByRole('radio', { name: /Fem.aide/ }).first().check();
    await section.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText(/is recorded as given on \d{4}-\d{2}-\d{2}\./).waitFor();
    await section.getByRole('listitem').filter({ hasText: /given on \d{4}-\d{2}-\d{2} by/ }).first().waitFor();
    await expectNoAxeViolations(page, 'participant file with resources given (en)');
  });
});
