import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/core/packs/testing/read-pdf.js';
import { apiRequest } from './support/api-request.js';
import { chooseOption } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Completion reports in the browser (issue #9): the manager finds the closed cases on the reports
// list, then produces, signs and sends a report (in French by email, in English by fax) and
// records the referral source's acknowledgement.
const { base, dataDir, newPage } = useJourneys();

async function signIn(lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: demoAccounts.manager.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${demoAccounts.manager.name}` : `Bonjour, ${demoAccounts.manager.name}`);
  return page;
}

/** The report's PDF behind a link reads as a PDF (the page's cookies). */
async function expectPdf(page: Page, linkName: string | RegExp): Promise<void> {
  const href = await page.getByRole('link', { name: linkName }).getAttribute('href');
  const response = await page.request.get(new URL(href!, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('completion reports (fr-CA)', () => {
  it('produces, signs and emails a non-completion report in French, then records the acknowledgement', async () => {
    const page = await signIn('fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Rapports', exact: true }).click();
    await expectHeading(page, 'Rapports d’achèvement');
    const table = page.getByRole('table', { name: /^\d+ rapports?$/ });
    await table.getByRole('row', { name: /Brandon Kelly/ }).getByText('En retard').waitFor();
    await table.getByRole('row', { name: /Sylvain Roy/ }).getByText('Signé, non envoyé').waitFor();
    await expectNoAxeViolations(page, 'rapports (fr)');
    await saveScreenshot(page, 'court-reports-list-fr');
    await table.getByRole('link', { name: 'Daniel Akers' }).click();
    await expectHeading(page, 'Daniel Akers');
    const section = page.getByRole('region', { name: 'Rapport de non-achèvement du programme' });
    await section.getByRole('button', { name: 'Commencer le rapport' }).click();
    await section.getByText('Rapport commencé comme ébauche.').waitFor();
    await section.getByRole('textbox', { name: 'Observations sur la participation' }).fill('Présent aux deux premières séances, puis absent sans motif.');
    await section.getByRole('button', { name: 'Enregistrer l’ébauche' }).click();
    await section.getByText('Ébauche enregistrée.').waitFor();
    await expectPdf(page, 'Aperçu du PDF en français');
    await section.getByRole('button', { name: 'Signer le rapport' }).click();
    await section.getByText('Cochez la case pour signer le rapport.').first().waitFor();
    await expectNoAxeViolations(page, 'rapport à signer (fr)');
    await section.getByText('J’ai lu ce rapport et je le signe au nom de la direction du programme').last().click();
    await section.getByRole('button', { name: 'Signer le rapport' }).click();
    await section.getByText('Rapport signé.').waitFor();
    await expectPdf(page, 'Rapport (PDF) en français');
    await expectPdf(page, 'Rapport (PDF) en anglais');
    await section.getByRole('textbox', { name: 'Adresse courriel de la source de la demande' }).fill('agent.probation@example.org');
    await section.getByRole('button', { name: 'Envoyer par courriel' }).click();
    await section.getByText('Rapport envoyé par courriel.').waitFor();
    await section.getByText(/Courriel, \d{4}-\d{2}-\d{2} à agent\.probation@example\.org/).waitFor();
    await expectNoAxeViolations(page, 'rapport envoyé (fr)');
    await chooseOption(section, 'Comment la réception a été confirmée', 'Téléphone');
    await section.getByRole('textbox', { name: 'Qui a confirmé la réception (facultatif)' }).fill('Agente de probation');
    await section.getByRole('button', { name: 'Consigner l’accusé de réception' }).click();
    await section.getByText('Accusé de réception consigné.').waitFor();
    await section.getByText('Réception confirmée', { exact: true }).waitFor();
    await saveScreenshot(page, 'court-report-acknowledged-fr');
  });
});

describe('completion reports (en-CA)', () => {
  it('produces, signs and records a faxed completion report in English, then its acknowledgement', async () => {
    const page = await signIn('en');
    // The demo's overdue report is on the manager's home page.
    await page.getByRole('region', { name: 'Completion reports need attention' }).getByText('1 report is overdue.').waitFor();
    await page.getByRole('link', { name: 'See the completion reports' }).click();
    await expectHeading(page, 'Completion reports');
    const table = page.getByRole('table', { name: /^\d+ reports?$/ });
    await table.getByRole('link', { name: 'Omar Haddou' }).click();
    await expectHeading(page, 'Omar Haddou');
    const section = page.getByRole('region', { name: 'Program completion report' });
    await section.getByText(/^The report to the referral source is due \d{4}-\d{2}-\d{2}\.$/).waitFor();
    await section.getByRole('button', { name: 'Start the report' }).click();
    await section.getByText('Report started as a draft.').waitFor();
    await section.getByRole('textbox', { name: 'Participation observations' }).fill('Took part in every discussion and named his own choices.');
    await section.getByRole('button', { name: 'Save the draft' }).click();
    await section.getByText('Draft saved.').waitFor();
    await expectNoAxeViolations(page, 'report draft (en)');
    await expectPdf(page, 'Preview the PDF in English');
    await section.getByText('I have read this report and sign it as the program manager').click();
    await section.getByRole('button', { name: 'Sign the report' }).click();
    await section.getByText('Report signed.').waitFor();
    await section.getByText('Fax', { exact: true }).click();
    await section.getByRole('textbox', { name: 'Day it was delivered (YYYY-MM-DD)' }).fill('2999-01-01');
    await section.getByRole('button', { name: 'Record the delivery' }).click();
    await section.getByText('This date is in the future; enter the day it happened.').first().waitFor();
    await section.getByRole('textbox', { name: 'Day it was delivered (YYYY-MM-DD)' }).fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date()));
    await section.getByRole('button', { name: 'Record the delivery' }).click();
    await section.getByText('Delivery recorded.').waitFor();
    await chooseOption(section, 'How it was acknowledged', 'Email');
    await section.getByRole('button', { name: 'Record the acknowledgement' }).click();
    await section.getByText('Acknowledgement recorded.').waitFor();
    await section.getByText('Acknowledged', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'report acknowledged (en)');
    const all = await apiRequest<{ participantName: string; state: string }[]>(page, 'GET', '/court-reports?show=all');
    expect(all.find((item) => item.participantName === 'Omar Haddou')?.state).toBe('acknowledged');

    // The deadlines: a stream's own, refused in words when it is not a number of days.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports', exact: true }).click();
    const deadlines = page.getByRole('region', { name: 'Report deadlines' });
    const stream = deadlines.getByRole('textbox', { name: "Business days to send a report for Men's group (English)" });
    await stream.fill('none');
    await deadlines.getByRole('button', { name: 'Save the deadlines' }).click();
    await deadlines.getByText('Enter a whole number of business days from 1 to 60.').first().waitFor();
    await expectNoAxeViolations(page, 'report deadlines (en)');
    await stream.fill('3');
    await deadlines.getByRole('button', { name: 'Save the deadlines' }).click();
    await deadlines.getByText('Report deadlines saved.').waitFor();
    const settings = await apiRequest<{ streams: { dueBusinessDays: number }[] }>(page, 'GET', '/court-report-settings');
    expect(settings.streams).toEqual([expect.objectContaining({ dueBusinessDays: 3 })]);
  });
});

describe('interim notices (en-CA)', () => {
  it('signs and records a faxed pending-discharge notice to the referral source', async () => {
    const page = await signIn('en');
    const groups = await apiRequest<{ id: string; name: string }[]>(page, 'GET', '/groups');
    const tuesday = groups.find((g) => g.name === 'Tuesday evening – men (English)')!;
    const detail = await apiRequest<{ memberList: { participantId: string; name: string }[] }>(page, 'GET', `/groups/${tuesday.id}`);
    const curtis = detail.memberList.find((m) => m.name.includes('Curtis Bowman'))!;
    await page.goto(`${base()}/participants/${curtis.participantId}`);
    await expectHeading(page, 'Curtis Bowman');
    const section = page.getByRole('region', { name: 'Notices to the referral source' });
    await section.getByText('No interim notice has been sent.').waitFor();
    await section.getByText('Fax', { exact: true }).click();
    await section.getByRole('button', { name: 'Sign and send the notice' }).click();
    await section.getByText('Tick the box to sign and send the notice.').first().waitFor();
    await expectNoAxeViolations(page, 'interim notice (en)');
    await section.getByRole('textbox', { name: 'Details for the referral source (optional)' }).fill('Two unexcused absences; a third will end his participation.');
    await section.getByText('I sign this notice as the program manager and send it now').last().click();
    await section.getByRole('button', { name: 'Sign and send the notice' }).click();
    await section.getByText('Notice signed and sent.').waitFor();
    await section.getByText(/^A pending discharge on \d{4}-\d{2}-\d{2}: sent by Fax on \d{4}-\d{2}-\d{2}, signed by Daniel Okafor\./).waitFor();
    await expectPdf(page, /^Notice of \d{4}-\d{2}-\d{2}, PDF in French$/);
  });
});

/** The `.eml` the server's outbox worker wrote for `to` (it runs every 30 s), once it is there. */
async function emailTo(to: string): Promise<string> {
  const folder = join(dataDir(), 'outbox');
  for (let attempt = 0; attempt < 120; attempt++) {
    const files = (await readdir(folder).catch(() => [] as string[])).filter((file) => file.endsWith('.eml'));
    for (const file of files) {
      const eml = await readFile(join(folder, file), 'latin1');
      if (eml.includes(`\r\nTo: ${to}\r\n`)) return eml;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no email to ${to} in the outbox folder`);
}

describe('the emailed report (the data folder’s outbox)', () => {
  it('is a covering note with the signed report attached as a PDF, named without the participant', async () => {
    const eml = await emailTo('agent.probation@example.org');
    const boundary = /boundary="([^"]+)"/.exec(eml)?.[1];
    expect(boundary).toBeDefined();
    const parts = eml.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    const [text, attachment] = parts as [string, string];
    expect(text).toContain('Content-Type: text/plain; charset=utf-8');
    // Quoted-printable French: « Veuillez trouver ci-joint le rapport de non-achèvement du programme concernant Daniel Akers »
    expect(text.replace(/=\r\n/g, '')).toContain('Veuillez trouver ci-joint le rapport de non-ach=C3=A8vement du programme concernant Daniel Akers');
    const headers = attachment.slice(0, attachment.indexOf('\r\n\r\n')).replace(/\r\n[ \t]/g, ' ');
    expect(headers).toContain('Content-Type: application/pdf;');
    expect(headers).toContain('Content-Transfer-Encoding: base64');
    expect(headers).toMatch(/Content-Disposition: attachment; filename="non-completion-report-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf"/);
    const bytes = Buffer.from(attachment.slice(attachment.indexOf('\r\n\r\n') + 4).replace(/\s+/g, ''), 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const words = pdf.text.replace(/\u00a0/g, ' ');
    expect(pdf.lang).toBe('fr-CA');
    expect(words).toContain('Nom : Daniel Akers');
    expect(words).toContain(`Signé électroniquement par ${demoAccounts.manager.name}, direction du programme`);
    expect(words).toContain('Présent aux deux premières séances, puis absent sans motif.');
  });
});
