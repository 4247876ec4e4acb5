import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
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

// A partner's whole file in French (letter, consent, preference, call, safety plan, disclosure,
// the partner's own record), the manager's approval of a Crown disclosure and the concern it puts
// on the participant's case, and a facilitator for whom no partner exists, on the demo agency
// (issue #7). One server for the file; the journeys run in order. The worklist and the clocks'
// settings are in partner-contact.e2e.test.ts.
const { base, newPage } = useJourneys();

/** Today in the demo agency's time zone (YYYY-MM-DD), as the forms fill in their dates. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());

/**
 * Waits for a PDF answer from the API (path matched) while `act` asks for it, and for the
 * browser's download; returns what a reader of the downloaded file sees.
 */
async function expectPdf(page: Page, path: RegExp, act: () => Promise<void>) {
  const [response, download] = await Promise.all([
    page.waitForResponse((r) => path.test(new URL(r.url()).pathname)),
    page.waitForEvent('download'),
    act(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return readPdf(bytes);
}

/** Ticks a radio button or a check box by its visible label, as a person would, and checks it took. */
async function tick(scope: Locator, role: 'radio' | 'checkbox', name: string): Promise<void> {
  await scope.getByText(name, { exact: true }).click();
  expect(await scope.getByRole(role, { name, exact: true }).isChecked()).toBe(true);
}

/** Set by the French journey: Chantal Bergeron's file, for the facilitator's try. */
let chantalPath = '';

async function signIn(account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

describe('a partner’s whole file (fr-CA)', () => {
  it('sends the proposed letter, records consent, a safe phone, a call that delivers a notice, a first safety plan, a child-protection report, and exports her record', async () => {
    const page = await signIn(demoAccounts.partnerContact, 'fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contact avec les partenaires' }).click();
    await expectHeading(page, 'Liste de travail du contact avec les partenaires');
    const worklist = page.getByRole('table', { name: 'À faire' });
    const letterRow = worklist
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Chantal Bergeron' }) })
      .filter({ hasText: 'Lettre proposée : 3 tentatives par téléphone n’ont pas permis de joindre la personne partenaire, et le courrier est confirmé sécuritaire' });
    await letterRow.waitFor();
    await letterRow.getByRole('link', { name: 'Chantal Bergeron' }).click();
    await expectHeading(page, 'Chantal Bergeron');
    chantalPath = new URL(page.url()).pathname;
    const partnerId = chantalPath.split('/').pop()!;

    // The letter PARS proposes, in her language, and its PDF.
    const letters = page.getByRole('region', { name: 'Lettres' });
    await letters.getByText('PARS propose une lettre : 3 tentatives par téléphone n’ont pas permis de joindre la personne partenaire, et son adresse postale est confirmée sécuritaire.').waitFor();
    expect(await letters.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await letters.getByRole('button', { name: 'Envoyer la lettre de présentation' }).click();
    await letters.getByRole('status').getByText('La lettre est consignée. Téléchargez-la pour l’imprimer.').waitFor();
    await letters.getByText('Une lettre a déjà été envoyée depuis le dernier contact.').waitFor();
    await letters.getByText(/^Lettre de présentation en français, \d{4}-\d{2}-\d{2}, par Nadia Haddad/).waitFor();
    const letter = await expectPdf(page, new RegExp(`^/api/v1/partners/${partnerId}/letters/[^/]+/pdf$`), () =>
      letters.getByRole('button', { name: /^Télécharger la lettre du \d{4}-\d{2}-\d{2}$/ }).click(),
    );
    expect(letter.lang).toBe('fr-CA');
    expect(letter.text).toContain('Chantal Bergeron');

    // She wishes to be contacted, said by phone.
    const consent = page.getByRole('region', { name: 'Consentement au contact' });
    await consent.getByText('La question n’a pas encore été posée à la personne partenaire.').waitFor();
    await tick(consent, 'radio', 'Souhaite être contactée');
    expect(await consent.getByRole('textbox', { name: 'Date de la décision' }).inputValue()).toBe(today());
    await consent.getByRole('button', { name: 'Consigner la décision' }).click();
    await consent.getByRole('status').getByText('La décision est consignée.').waitFor();
    await consent.getByText(`Décision actuelle : Souhaite être contactée, le ${today()}, par téléphone.`).waitFor();

    // A phone she confirmed safe today: voicemail allowed, at safe times.
    const preferences = page.getByRole('region', { name: 'Préférences de contact' });
    await preferences.getByRole('button', { name: 'Ajouter une coordonnée' }).click();
    const addPhone = page.getByRole('dialog', { name: 'Ajouter une coordonnée' });
    await tick(addPhone, 'radio', 'Téléphone');
    await addPhone.getByRole('textbox', { name: 'Numéro de téléphone' }).fill('+16135550142');
    await addPhone.getByRole('textbox', { name: 'Moments sécuritaires (facultatif)' }).fill('En semaine de 9 h à 11 h, jamais la fin de semaine');
    await tick(addPhone, 'radio', 'Oui, c’est sécuritaire');
    expect(await addPhone.getByRole('textbox', { name: 'Date à laquelle elle l’a dit' }).inputValue()).toBe(today());
    await tick(addPhone, 'checkbox', 'Un message vocal peut être laissé à ce numéro');
    await addPhone.getByRole('button', { name: 'Enregistrer' }).click();
    await addPhone.waitFor({ state: 'detached' });
    await preferences.getByRole('status').getByText('La coordonnée est ajoutée.').waitFor();
    const phoneRow = preferences.getByRole('table', { name: 'Moyens de joindre la personne partenaire' }).getByRole('row').filter({ hasText: '+16135550142' });
    await phoneRow.getByText('Moments sécuritaires : En semaine de 9 h à 11 h, jamais la fin de semaine').waitFor();
    await phoneRow.getByText('Un message vocal peut être laissé').waitFor();
    await phoneRow.getByText(`confirmé le ${today()}`).waitFor();
    await phoneRow.getByText('Confirmé', { exact: true }).waitFor();

    // A call from us, with topics, that tells her of an open notice.
    const contacts = page.getByRole('region', { name: 'Contacts' });
    await contacts.getByRole('button', { name: 'Consigner un contact' }).click();
    const call = page.getByRole('dialog', { name: 'Consigner un contact avec Chantal Bergeron' });
    await tick(call, 'radio', 'Appel téléphonique');
    expect(await call.getByRole('radio', { name: 'Nous', exact: true }).isChecked()).toBe(true);
    await call.getByRole('textbox', { name: 'Durée en minutes (facultatif)' }).fill('25');
    await tick(call, 'checkbox', 'Information sur le programme');
    await tick(call, 'checkbox', 'Planification de la sécurité');
    await tick(call, 'checkbox', 'Avis transmis');
    const notices = call.getByRole('group', { name: 'Avis transmis lors de ce contact' });
    const firstNotice = notices.locator('label').first();
    const noticeText = (await firstNotice.innerText()).trim();
    await firstNotice.click();
    expect(await notices.getByRole('checkbox', { name: noticeText, exact: true }).isChecked()).toBe(true);
    await call.getByRole('textbox', { name: 'Notes' }).fill('Jointe enfin après la lettre; elle préfère les appels le matin en semaine.');
    await call.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await call.waitFor({ state: 'detached' });
    await contacts.getByRole('status').getByText('Le contact est enregistré.').waitFor();
    const log = contacts.getByRole('table', { name: 'Contacts et tentatives, du plus récent au plus ancien' });
    const callRow = log.getByRole('row').filter({ hasText: 'Jointe enfin après la lettre; elle préfère les appels le matin en semaine.' });
    await callRow.getByText('25 min').waitFor();
    await callRow.getByText('Sujets : Information sur le programme, Planification de la sécurité et Avis transmis').waitFor();
    await callRow.getByText(`Avis transmis : ${noticeText}`).waitFor();

    // A first safety plan with a code word and an emergency number: version 1.
    const plan = page.getByRole('region', { name: 'Plan de sécurité' });
    await plan.getByText('Pas encore de plan de sécurité.', { exact: false }).waitFor();
    await plan.getByRole('button', { name: 'Consigner la réponse de la ou du partenaire' }).click();
    const planForm = plan.getByRole('form', { name: 'Plan de sécurité' });
    await tick(planForm, 'radio', 'Oui, la ou le partenaire veut un plan de sécurité');
    await planForm.getByRole('button', { name: 'Ajouter une personne de confiance' }).click();
    await planForm.getByRole('textbox', { name: 'Personne de confiance 1 : nom' }).fill('Sa voisine Louise');
    await planForm.getByRole('textbox', { name: 'Un endroit sûr où aller' }).fill('Chez sa sœur, à Gatineau');
    await planForm.getByRole('textbox', { name: 'Mot de code' }).fill('parapluie jaune');
    await planForm.getByRole('button', { name: 'Ajouter un numéro' }).click();
    await planForm.getByRole('textbox', { name: 'Numéro 1 : qui ou quoi' }).fill('Maison d’hébergement');
    await planForm.getByRole('textbox', { name: 'Numéro 1 : le numéro' }).fill('613-555-0177');
    await planForm.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await plan.getByRole('status').getByText('Le plan de sécurité est enregistré (version 1).').waitFor();
    await plan.getByText(/^Version 1, enregistrée le \d{4}-\d{2}-\d{2} par Nadia Haddad\.$/).waitFor();
    await plan.getByText('parapluie jaune').waitFor();
    await plan.getByText('Maison d’hébergement : 613-555-0177').waitFor();
    await expectNoAxeViolations(page, 'partner file after a whole visit (fr)');
    await saveScreenshot(page, 'partner-file-fr');

    // A report to a Children's Aid Society: no approval to wait for.
    await page.getByRole('region', { name: 'Divulgations' }).getByRole('link', { name: 'Consigner une divulgation' }).click();
    await expectHeading(page, 'Consigner une divulgation');
    const disclosure = page.getByRole('form', { name: 'Consigner une divulgation' });
    await tick(disclosure, 'radio', 'Une société d’aide à l’enfance');
    await disclosure.getByText('Un signalement à une société d’aide à l’enfance n’a pas besoin d’approbation : l’obligation de signaler est immédiate.', { exact: false }).waitFor();
    expect(await disclosure.getByRole('radio', { name: 'Un enfant de moins de 16 ans est ou a été maltraité ou négligé' }).isChecked()).toBe(true);
    expect(await disclosure.getByRole('checkbox', { name: /Couronne/ }).count()).toBe(0);
    await disclosure.getByRole('textbox', { name: 'Ce qui a été divulgué' }).fill('Sa fille de 7 ans a été témoin de menaces à la maison.');
    await chooseOption(disclosure, 'Préoccupation pour la sécurité à joindre au dossier de la personne participante \\(facultatif\\)', 'Protection de l’enfance');
    await disclosure.getByRole('textbox', { name: 'Jour où la ou le partenaire en a été informé (facultatif)' }).fill(today());
    await expectNoAxeViolations(page, 'disclosure form, child protection (fr)');
    await saveScreenshot(page, 'disclosure-form-fr');
    await disclosure.getByRole('button', { name: 'Consigner la divulgation' }).click();
    await expectHeading(page, 'Divulgation');
    await page.getByText('Approuvée : consignez-la ici une fois faite.').waitFor();
    expect(await page.getByRole('button', { name: 'Approuver la divulgation' }).count()).toBe(0);
    await page.getByText('Sa fille de 7 ans a été témoin de menaces à la maison.').waitFor();

    // Back to her file: her own record, as one PDF in her language.
    await page.getByRole('link', { name: 'Ouvrir le dossier de la ou du partenaire' }).click();
    await expectHeading(page, 'Chantal Bergeron');
    const record = await expectPdf(page, new RegExp(`^/api/v1/partners/${partnerId}/record/pdf$`), () =>
      page.getByRole('region', { name: 'Le dossier de la ou du partenaire' }).getByRole('button', { name: 'Exporter le dossier de la ou du partenaire (PDF)' }).click(),
    );
    expect(record.lang).toBe('fr-CA');
    for (const held of ['Chantal Bergeron', 'Jointe enfin après la lettre', 'parapluie jaune', 'Sa fille de 7 ans']) expect(record.text).toContain(held);
  });
});

describe('a Crown disclosure (en-CA)', () => {
  it('is approved by the manager, who sees the participant’s safety concern and never the partner’s name', async () => {
    const page = await signIn(demoAccounts.manager, 'en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Disclosures' }).click();
    await expectHeading(page, 'Disclosures');
    const table = page.getByRole('table', { name: /disclosure/ });
    const waiting = table.getByRole('row').filter({ hasText: 'The Crown' }).filter({ hasText: 'Waiting for approval' });
    await waiting.waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Amanda Bowman');
    await waiting.getByRole('link').click();
    await expectHeading(page, 'Disclosure');
    await page.getByRole('button', { name: 'Approve the disclosure' }).click();
    await page.getByRole('status').getByText('The disclosure is approved.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Amanda Bowman');
    await expectNoAxeViolations(page, 'disclosure approved (en)');

    const { participantId } = await apiRequest<{ participantId: string }>(page, 'GET', `/disclosures/${new URL(page.url()).pathname.split('/').pop()}`);
    await page.goto(`${base()}/participants/${participantId}`);
    await expectHeading(page, 'Curtis Bowman');
    const concerns = page.getByRole('region', { name: 'Safety concerns' });
    await concerns.getByText(/Breach of an order/).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Amanda Bowman');
    expect(text).not.toContain('no-contact order');
  });
});

describe('a facilitator (en-CA)', () => {
  it('finds no partner file and is not offered Partner Contact', async () => {
    expect(chantalPath).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
    const page = await signIn(demoAccounts.facilitator, 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const name of ['Partner contact', 'Partners', 'Disclosures']) expect(await nav.getByRole('link', { name }).count()).toBe(0);
    await page.goto(`${base()}${chantalPath}`);
    await expectHeading(page, 'Page not found');
    expect(await page.locator('main').innerText()).not.toContain('Chantal');
  });
});

