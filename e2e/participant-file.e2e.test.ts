import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { chooseOption as choose } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// The participant file in the browser, on a demo case (Marc Lavoie, referred, not yet booked):
// correcting the record (and a conflict with another worker), attaching an order, marking a
// second referral as a duplicate, a consent signed by drawing; and the intake clock in the
// agency's settings. One server for the file; the journeys run in order on the same case.
const { base, newPage } = useJourneys();

/** The participant file of the demo's Marc Lavoie, opened from the worklist by an intake worker. */
async function openMarcsFile(): Promise<{ page: Page; participantId: string }> {
  const page = await newPage('en-CA');
  await signInWith(page, base(), { email: demoAccounts.intake.email, password: demoPassword, lang: 'en' });
  await expectHeading(page, `Welcome, ${demoAccounts.intake.name}`);
  await page.goto(`${base()}/intake`);
  await page.getByRole('link', { name: 'Marc Lavoie' }).click();
  await expectHeading(page, 'Marc Lavoie');
  const participantId = new URL(page.url()).pathname.split('/').pop()!;
  return { page, participantId };
}

/** A tiny but well-formed PDF: the server decides the type by the `%PDF-` at its start. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type FileAnswer = {
  version: number;
  preferredName: string | null;
  consents: { kind: string; method: string }[];
  referrals: { id: string; status: string; duplicateOf: string | null }[];
} & Record<string, unknown>;

describe('the participant file (en-CA)', () => {
  it('corrects the record, and keeps what was typed when someone else saved first', async () => {
    const { page, participantId } = await openMarcsFile();
    const summary = page.getByRole('region', { name: 'Person' });
    await page.getByRole('button', { name: 'Edit record' }).click();
    const form = page.getByRole('form', { name: 'Correct the participant’s record' });
    await form.waitFor();
    expect(await form.getByLabel('Given name').inputValue()).toBe('Marc');
    await form.getByLabel('Preferred name (optional)').fill('Marco');
    await form.getByLabel('Pronouns (optional)').fill('he/him');
    await form.getByLabel('Street address').fill('12 Front Street West');
    // An address begun must be finished: the missing lines are named, nothing is sent.
    await form.getByRole('button', { name: 'Save the record' }).click();
    const problem = page.getByRole('group', { name: 'There is a problem' });
    await problem.getByRole('link', { name: 'City or town: This field is required.' }).waitFor();
    await saveScreenshot(page, 'participant-edit-errors-en');
    await expectNoAxeViolations(page, 'participant record form with errors (en)');
    await form.getByLabel('City or town').fill('Toronto');
    await choose(form, 'Province or territory', 'Ontario');
    await form.getByLabel('Postal code').fill('m5j 2n8');
    // The server's checks come back on their fields: a phone number that cannot exist.
    await form.getByLabel('Phone (optional)').fill('12');
    await form.getByRole('button', { name: 'Save the record' }).click();
    await problem.getByRole('link', { name: /^Phone \(optional\): / }).click();
    const phoneField = form.getByLabel('Phone (optional)');
    expect(await phoneField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(':focus').getAttribute('id')).toBe(await phoneField.getAttribute('id'));
    await phoneField.fill('416-555-0110');
    await form.getByRole('button', { name: 'Save the record' }).click();
    await page.getByRole('status').getByText('The record is saved.').waitFor();
    await form.waitFor({ state: 'detached' });
    await summary.getByText('Marco', { exact: true }).waitFor();
    await summary.getByText('he/him', { exact: true }).waitFor();
    await summary.getByText('12 Front Street West, Toronto ON M5J 2N8', { exact: true }).waitFor();

    // Another worker saves while this one is typing: the save is refused, not lost.
    await page.getByRole('button', { name: 'Edit record' }).click();
    await form.getByLabel('Phone (optional)').fill('416-555-0199');
    const file = await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`);
    const { givenName, familyName, dateOfBirth, gender, groupGender, language, interpreterNeeded, indigenousIdentity, safeToLeaveMessages, address, phone } = file;
    await apiRequest(page, 'PUT', `/participants/${participantId}`, {
      givenName, familyName, dateOfBirth, gender, groupGender, language, interpreterNeeded, indigenousIdentity, safeToLeaveMessages, address, phone,
      preferredName: 'Marc-André',
      version: file.version,
    });
    await form.getByRole('button', { name: 'Save the record' }).click();
    await problem.getByText('Someone else changed this record while you were editing it.', { exact: false }).waitFor();
    expect(await form.getByLabel('Phone (optional)').inputValue()).toBe('416-555-0199');
    await summary.getByText('Marc-André', { exact: true }).waitFor();
    await saveScreenshot(page, 'participant-edit-conflict-en');
    await expectNoAxeViolations(page, 'participant record conflict (en)');
    // Saved again on the version now shown: the phone typed is kept.
    await form.getByLabel('Preferred name (optional)').fill('Marc-André');
    await form.getByRole('button', { name: 'Save the record' }).click();
    await page.getByRole('status').getByText('The record is saved.').waitFor();
    await summary.getByText('+14165550199', { exact: true }).waitFor();
    expect((await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`)).preferredName).toBe('Marc-André');
  }, 60_000);

  it('attaches an order to a referral, refusing what is not a PDF, JPEG or PNG', async () => {
    const { page } = await openMarcsFile();
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('No document is attached yet.').waitFor();
    const form = page.getByRole('form', { name: 'Attach a document' });
    const problem = form.getByRole('group', { name: 'There is a problem' });

    // Checked here first: a text file is not offered to the server.
    await choose(form, 'Kind of document', 'Court order');
    await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await problem.getByText('This file is not a PDF, JPEG or PNG.', { exact: false }).waitFor();
    // Named .pdf but not one: the server judges by the content, and its words show in the summary.
    await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await problem.getByText('judged by its content, not its name', { exact: false }).waitFor();
    expect(await form.getByLabel('File', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'document-refused-en');
    await expectNoAxeViolations(page, 'document refused (en)');

    await form.getByLabel('File', { exact: true }).setInputFiles({ name: 'Ordonnance Lavoie.pdf', mimeType: 'application/pdf', buffer: pdf });
    await form.getByRole('button', { name: 'Attach the document' }).click();
    await page.getByRole('status').getByText('The document is attached.').waitFor();
    const row = documents.getByRole('row', { name: /Ordonnance Lavoie\.pdf/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['Court order', 'PDF', '0.1 KB', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    expect(await form.getByLabel('File', { exact: true }).inputValue()).toBe('');
    await saveScreenshot(page, 'document-attached-en');
    await expectNoAxeViolations(page, 'document attached (en)');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Ordonnance Lavoie.pdf (download)' }).click()]);
    expect(download.suggestedFilename()).toBe('Ordonnance Lavoie.pdf');
  }, 60_000);

  it('marks a second referral as a duplicate of the first', async () => {
    const { page, participantId } = await openMarcsFile();
    const before = await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`);
    const first = before.referrals[0]!;
    expect(await page.getByRole('button', { name: 'Mark as duplicate…' }).count()).toBe(0);
    const { referralId } = await apiRequest<{ referralId: string }>(page, 'POST', '/referrals', {
      idempotencyKey: `e2e-duplicate-${Date.now()}`,
      participant: { existingId: participantId },
      referral: { source: 'probation', stream: 'probation_order', courtFileNumber: 'DEMO-1000' },
    });
    await page.reload();
    const second = page.getByRole('article', { name: /^Probation order, received/ });
    await second.getByRole('button', { name: 'Mark as duplicate…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Mark “Probation order, Probation, received \d{4}-\d{2}-\d{2}” as a duplicate$/ });
    await dialog.waitFor();
    // The only other referral is already chosen.
    expect(await dialog.getByRole('radio', { name: /^Early intervention, Court, received/ }).isChecked()).toBe(true);
    await saveScreenshot(page, 'duplicate-dialog-en');
    await expectNoAxeViolations(page, 'duplicate dialog (en)');
    await dialog.getByRole('button', { name: 'Mark as duplicate', exact: true }).click();
    await page.getByRole('status').getByText('The referral is marked as a duplicate.').waitFor();
    await second.getByText('Duplicate', { exact: true }).waitFor();
    await second.getByText(/^Early intervention, Court, received \d{4}-\d{2}-\d{2}$/).waitFor();
    expect(await second.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    const after = await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`);
    expect(after.referrals.find((referral) => referral.id === referralId)).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
    await expectNoAxeViolations(page, 'participant file with a duplicate (en)');
  }, 60_000);

  it('records a consent signed by drawing', async () => {
    const { page, participantId } = await openMarcsFile();
    const consent = page.getByRole('form', { name: 'Limits of confidentiality' });
    await consent.getByRole('radio', { name: 'The participant drew their signature' }).check({ force: true });
    const pad = consent.getByRole('img', { name: /^Signature for “Limits of confidentiality”/ });
    await pad.waitFor();
    await consent.getByText('keyboard users choose the typed name or the ticked box instead', { exact: false }).waitFor();
    await consent.getByLabel('Name as signed for “Limits of confidentiality”').fill('Marc Lavoie');
    // An empty pad is refused before anything is sent.
    await consent.getByRole('button', { name: 'Record “Limits of confidentiality”' }).click();
    await consent.getByRole('group', { name: 'There is a problem' }).getByText('Draw the signature in the box, or choose another way of signing.').first().waitFor();
    await expectNoAxeViolations(page, 'consent with an empty signature (en)');

    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
    await page.mouse.down();
    for (let step = 1; step <= 20; step += 1) {
      await page.mouse.move(box.x + box.width * (0.1 + step * 0.035), box.y + box.height * (0.6 - Math.sin(step / 3) * 0.25));
    }
    await page.mouse.up();
    await consent.getByText('A signature is drawn.').waitFor();
    await saveScreenshot(page, 'consent-drawn-en');
    await consent.getByRole('button', { name: 'Record “Limits of confidentiality”' }).click();
    await page.getByRole('status').getByText('The consent is recorded.').waitFor();
    await consent.waitFor({ state: 'detached' });
    await page.getByRole('listitem').filter({ hasText: /Limits of confidentiality: signed by Marc Lavoie on \d{4}-\d{2}-\d{2}$/ }).waitFor();
    const file = await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`);
    expect(file.consents).toContainEqual(expect.objectContaining({ kind: 'limits_of_confidentiality', method: 'drawn' }));
    await expectNoAxeViolations(page, 'participant file after a drawn consent (en)');
  }, 60_000);
});

describe('the intake clock (en-CA)', () => {
  it('is set in the agency settings', async () => {
    const page = await newPage('en-CA');
    await signInWith(page, base(), { email: demoAccounts.admin.email, password: demoPassword, lang: 'en' });
    await expectHeading(page, `Welcome, ${demoAccounts.admin.name}`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Agency settings' }).click();
    await expectHeading(page, 'Agency settings');
    const days = page.getByLabel('Intake due within (days of the referral)');
    expect(await days.inputValue()).toBe('14');
    await days.fill('');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: 'Intake due within (days of the referral): Enter a whole number from 1 to 120.' }).waitFor();
    await days.fill('21');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').getByText('The settings are saved.').waitFor();
    await expectNoAxeViolations(page, 'settings with the intake clock (en)');
    await page.reload();
    await expectHeading(page, 'Agency settings');
    expect(await page.getByLabel('Intake due within (days of the referral)').inputValue()).toBe('21');
    expect((await apiRequest<{ intakeDueDays: number }>(page, 'GET', '/settings')).intakeDueDays).toBe(21);
  }, 60_000);
});
