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

// The manager sets the program up in the browser: a new group, placing people from the
// waitlist into groups of their language, a stream's policy (refused in French, then saved) and
// its curriculum, and a holiday. One server for the file; the journeys run in order on its data.
const { base, newPage } = useJourneys();

/** A date `days` from today, as YYYY-MM-DD. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const newGroup = 'Wednesday evening – men (English)';
/** A pattern matching a text as it is (a group's name has brackets). */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

async function signInAsManager(lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'fr' ? 'fr-CA' : 'en-CA');
  await signInWith(page, base(), { email: demoAccounts.manager.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'fr' ? `Bonjour, ${demoAccounts.manager.name}` : `Welcome, ${demoAccounts.manager.name}`);
  return page;
}

describe('the manager sets up groups (en-CA)', () => {
  it('starts a group, saying what is missing first', async () => {
    const page = await signInAsManager('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Groups', exact: true }).click();
    await expectHeading(page, 'Groups');
    const list = page.getByRole('table', { name: '2 groups' });
    await list.getByRole('link', { name: 'Tuesday evening – men (English)' }).waitFor();
    await expectNoAxeViolations(page, 'groups list (en)');

    await page.getByRole('link', { name: 'Start a group' }).click();
    await expectHeading(page, 'Start a group');
    const form = page.getByRole('form', { name: 'Start a group' });
    await form.getByRole('button', { name: 'Create the group' }).click();
    const problem = page.getByRole('group', { name: 'There is a problem' });
    await problem.getByRole('link', { name: 'Program stream: This field is required.' }).waitFor();
    await problem.getByRole('link', { name: 'Group name: This field is required.' }).waitFor();
    await saveScreenshot(page, 'new-group-errors-en');
    await expectNoAxeViolations(page, 'new group with errors (en)');

    await choose(form, 'Program stream', "Men's group (English)");
    // The places follow the stream's largest group.
    expect(await form.getByLabel('Places').inputValue()).toBe('14');
    await form.getByLabel('Group name').fill(newGroup);
    await choose(form, 'Site', 'Toronto – Downtown');
    await form.getByLabel('Room (optional)').fill('Room 310');
    await choose(form, 'Day of the week', 'Wednesday');
    await form.getByLabel('Start time').fill('18:00');
    await form.getByLabel('First date').fill(isoDay(3));
    await form.getByRole('checkbox', { name: demoAccounts.facilitator.name }).check({ force: true });
    await form.getByLabel('Places').fill('10');
    await form.getByRole('button', { name: 'Create the group' }).click();
    await expectHeading(page, 'Groups');
    await page.getByRole('status').getByText(`The group ${newGroup} is created and its sessions are scheduled.`).waitFor();
    const row = page.getByRole('row', { name: literally(newGroup) });
    await row.getByRole('cell', { name: '0 of 10' }).waitFor();
    await row.getByRole('cell', { name: demoAccounts.facilitator.name }).waitFor();
    await saveScreenshot(page, 'groups-list-en');
  }, 90_000);

  it('places Ryan McLeod in the new group from his file, and offers Sébastien Caron only groups in French', async () => {
    const page = await signInAsManager('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Waitlist' }).click();
    await expectHeading(page, 'Waitlist');
    await page.getByRole('link', { name: 'Place Ryan McLeod' }).click();
    await expectHeading(page, 'Ryan McLeod');
    const panel = page.getByRole('region', { name: 'Place in a group' });
    await panel.getByRole('radio', { name: /Tuesday evening – men \(English\)/ }).waitFor();
    // Checked here first: a group must be chosen.
    await panel.getByRole('button', { name: 'Place in this group' }).click();
    await panel.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: 'Group: Choose a group.' }).waitFor();
    await expectNoAxeViolations(page, 'placement panel (en)');
    await panel.getByRole('radio', { name: literally(newGroup) }).check({ force: true });
    await panel.getByRole('button', { name: 'Place in this group' }).click();
    await page.getByRole('status').getByText('The person is placed in the group.').waitFor();
    const group = page.getByRole('region', { name: 'Group', exact: true });
    await group.getByRole('link', { name: newGroup }).waitFor();
    await group.getByText('0 of 12 required').waitFor();
    await panel.waitFor({ state: 'detached' });
    await saveScreenshot(page, 'participant-placed-en');
    await expectNoAxeViolations(page, 'participant placed (en)');

    // A French-speaking man is offered the French group only: no English group, however near.
    await page.goto(`${base()}/waitlist`);
    await page.getByRole('link', { name: 'Place Sébastien Caron' }).click();
    await expectHeading(page, 'Sébastien Caron');
    const his = page.getByRole('region', { name: 'Place in a group' });
    await his.getByRole('radio', { name: /Jeudi soir – hommes \(français\)/ }).waitFor();
    expect(await his.getByRole('radio').count()).toBe(1);
    expect(await his.getByRole('radio', { name: /English/ }).count()).toBe(0);
  }, 90_000);

  it('warns of a no-contact order with a member and places only once the manager has checked it', async () => {
    const page = await signInAsManager('en');
    // Kevin Tran, waitlisted through the API, may have no contact with Luis Ferreira, who attends the Tuesday group.
    const receipt = await apiRequest<{ participantId: string }>(page, 'POST', '/referrals', {
      idempotencyKey: 'e2e-no-contact-kevin-tran',
      participant: { givenName: 'Kevin', familyName: 'Tran', dateOfBirth: '1991-05-05', gender: 'man', groupGender: 'men', language: 'en', phone: '416-555-0177' },
      referral: { source: 'court', stream: 'early_intervention', courtFileNumber: 'E2E-2001', courtLocation: 'Toronto', charges: ['assault'] },
      conditions: [{ kind: 'no_contact', withWhom: 'Luis Ferreira' }],
    });
    const id = receipt.participantId;
    const [site] = await apiRequest<{ id: string }[]>(page, 'GET', '/sites');
    const booked = await apiRequest<{ version: number }>(page, 'POST', `/participants/${id}/intake-appointment`, { mode: 'in_person', siteId: site!.id, startsAtLocal: `${isoDay(2)}T10:00`, durationMinutes: 60, version: 1 });
    const assessed = await apiRequest<{ version: number }>(page, 'POST', `/participants/${id}/assessments`, {
      answers: { substanceUse: 'none', mentalHealthScreen: 'no_concerns', readiness: 'Accepts the referral.' },
      suitability: 'suitable',
      version: booked.version,
    });
    for (const kind of ['limits_of_confidentiality', 'release_to_referral_source', 'partner_contact_explained', 'participant_agreement']) {
      await apiRequest(page, 'POST', `/participants/${id}/consents`, { kind, method: 'typed_name', signedName: 'Kevin Tran' });
    }
    await apiRequest(page, 'POST', `/participants/${id}/transitions`, { transition: 'waitlist', version: assessed.version });

    await page.goto(`${base()}/participants/${id}#placement`);
    await expectHeading(page, 'Kevin Tran');
    const panel = page.getByRole('region', { name: 'Place in a group' });
    const tuesday = panel.getByRole('radio', { name: /^Tuesday evening – men \(English\).*⚠ no-contact warning$/ });
    await tuesday.check({ force: true });
    const warning = panel.getByRole('group', { name: 'No-contact order: check before placing' });
    await warning.getByText('A no-contact order may concern a member of this group: Luis Ferreira.', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Place in this group' }).click();
    await panel
      .getByRole('group', { name: 'There is a problem' })
      .getByRole('link', { name: /Check the order and tick this box, or choose another group\./ })
      .waitFor();
    await saveScreenshot(page, 'placement-no-contact-en');
    await expectNoAxeViolations(page, 'placement with a no-contact warning (en)');
    await warning.getByRole('checkbox', { name: 'I have checked the order: placing this person in this group is safe.' }).check({ force: true });
    await panel.getByRole('button', { name: 'Place in this group' }).click();
    await page.getByRole('status').getByText('The person is placed in the group.').waitFor();
    await page.getByRole('region', { name: 'Group', exact: true }).getByRole('link', { name: 'Tuesday evening – men (English)' }).waitFor();
  }, 90_000);

  it('changes the new group and schedules, moves and cancels its sessions from the group page', async () => {
    const page = await signInAsManager('en');
    await page.goto(`${base()}/groups`);
    await page.getByRole('link', { name: newGroup }).click();
    await expectHeading(page, newGroup);
    const manage = page.getByRole('region', { name: 'Manage the group' });
    await manage.getByRole('button', { name: 'Change the group' }).click();
    const edit = manage.getByRole('form', { name: 'Change the group' });
    await edit.getByLabel('Room (optional)').fill('Room 312');
    await edit.getByRole('button', { name: 'Save the group' }).click();
    await manage.getByRole('status').getByText('The group is saved.').waitFor();

    await manage.getByLabel('Sessions to add').fill('2');
    await manage.getByRole('button', { name: 'Add the sessions' }).click();
    await manage.getByRole('status').getByText('The sessions are added.').waitFor();

    await choose(manage, 'Session', /^No\. 2,/);
    await manage.getByRole('button', { name: 'Cancel the session' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await expectNoAxeViolations(page, 'cancel a session (en)');
    await dialog.getByLabel('Why it is cancelled').fill('Facilitator away; no replacement.');
    await dialog.getByRole('button', { name: 'Cancel the session' }).click();
    await manage.getByRole('status').getByText('The session is cancelled.').waitFor();

    // Moved to a later hour the same day (the date is the session's own to begin with).
    await choose(manage, 'Session', /^No\. 3,/);
    await manage.getByRole('button', { name: 'Move the session' }).click();
    await page.getByRole('dialog').getByLabel('New time').fill('19:30');
    await page.getByRole('dialog').getByRole('button', { name: 'Move the session' }).click();
    await manage.getByRole('status').getByText('The session is moved.').waitFor();
    const groups = await apiRequest<{ id: string; name: string; room: string; sessions?: unknown }[]>(page, 'GET', '/groups');
    const created = groups.find((g) => g.name === newGroup)!;
    type Session = { number: number; status: string; cancelReason: string | null; localTime: string; rescheduledFrom: string | null };
    const detail = await apiRequest<{ room: string; sessions: Session[] }>(page, 'GET', `/groups/${created.id}`);
    expect(detail.room).toBe('Room 312');
    expect(detail.sessions).toHaveLength(14);
    expect(detail.sessions.find((s) => s.number === 2)).toMatchObject({ status: 'cancelled', cancelReason: 'Facilitator away; no replacement.' });
    expect(detail.sessions.find((s) => s.number === 3)).toMatchObject({ status: 'scheduled', localTime: '19:30', rescheduledFrom: expect.any(String) });
    await saveScreenshot(page, 'group-manage-en');
    await expectNoAxeViolations(page, 'group manage actions (en)');
  }, 90_000);
});

describe('the manager sets up the program (fr-CA)', () => {
  it('refuses a policy whose smallest group is larger than its largest, in French, then saves it and reorders the curriculum', async () => {
    const page = await signInAsManager('fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Programme' }).click();
    await expectHeading(page, 'Volets du programme');
    await expectNoAxeViolations(page, 'streams list (fr)');
    await page.getByRole('link', { name: 'Groupe pour femmes (anglais)' }).click();
    await expectHeading(page, /Groupe pour femmes \(anglais\)/);
    const policy = page.getByRole('form', { name: 'Règles' });
    await policy.getByLabel('Plus petit groupe').fill('12');
    await policy.getByRole('button', { name: 'Enregistrer les noms et les règles' }).click();
    const problem = page.getByRole('group', { name: 'Il y a un problème' });
    await problem.getByRole('link', { name: /Plus petit groupe : La taille minimale du groupe ne peut pas dépasser la taille maximale\./ }).waitFor();
    expect(await policy.getByLabel('Plus petit groupe').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'stream-policy-error-fr');
    await expectNoAxeViolations(page, 'stream policy refused (fr)');

    await policy.getByLabel('Plus grand groupe').fill('12');
    await policy.getByLabel('Séances exigées pour terminer').fill('16');
    await policy.getByRole('button', { name: 'Enregistrer les noms et les règles' }).click();
    await page.getByRole('status').getByText('Les noms et les règles du volet sont enregistrés.').waitFor();

    // The curriculum: session 2 moves up, and the list is saved on the version the policy left.
    const curriculum = page.getByRole('form', { name: 'Contenu des séances' });
    const second = await curriculum.getByRole('group', { name: 'Séance 2', exact: true }).getByLabel('Titre en français').inputValue();
    await curriculum.getByRole('button', { name: 'Monter la séance 2' }).click();
    expect(await curriculum.getByRole('group', { name: 'Séance 1', exact: true }).getByLabel('Titre en français').inputValue()).toBe(second);
    await curriculum.getByRole('button', { name: 'Enregistrer le contenu des séances' }).click();
    await page.getByRole('status').getByText('Le contenu des séances est enregistré.').waitFor();
    const streams = await apiRequest<{ code: string; policy: Record<string, unknown>; topics: { titleFr: string }[] }[]>(page, 'GET', '/streams');
    const women = streams.find((s) => s.code === 'women-en')!;
    expect(women.policy).toMatchObject({ groupSizeMin: 12, groupSizeMax: 12, sessionsRequired: 16 });
    expect(women.topics[0]!.titleFr).toBe(second);
    await saveScreenshot(page, 'stream-page-fr');
    await expectNoAxeViolations(page, 'stream page saved (fr)');
  }, 90_000);

  it('adds a holiday, and renames and removes it', async () => {
    const page = await signInAsManager('fr');
    await page.goto(`${base()}/programs/streams`);
    await page.getByRole('navigation', { name: 'Programme' }).getByRole('link', { name: 'Jours fériés' }).click();
    await expectHeading(page, 'Jours fériés');
    const day = `${new Date().getFullYear() + 1}-11-11`;
    const form = page.getByRole('form', { name: 'Ajouter un jour férié' });
    await form.getByLabel('Nom en anglais').fill('Remembrance Day');
    await form.getByRole('button', { name: 'Ajouter le jour férié' }).click();
    await page.getByRole('group', { name: 'Il y a un problème' }).getByRole('link', { name: 'Date : Ce champ est obligatoire.' }).waitFor();
    await form.getByLabel('Date').fill(day);
    await form.getByLabel('Nom en français (facultatif)').fill('Jour du Souvenir');
    await form.getByRole('button', { name: 'Ajouter le jour férié' }).click();
    await page.getByRole('status').getByText(`Le jour férié du ${day} est enregistré.`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(day) });
    await row.getByRole('cell', { name: 'Jour du Souvenir' }).waitFor();
    await saveScreenshot(page, 'holidays-fr');
    await expectNoAxeViolations(page, 'holidays (fr)');

    await row.getByRole('button', { name: `Renommer le ${day}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom en français (facultatif)').fill('Jour du Souvenir (observé)');
    await dialog.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await row.getByRole('cell', { name: 'Jour du Souvenir (observé)' }).waitFor();

    await row.getByRole('button', { name: `Retirer le ${day}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Retirer le jour férié' }).click();
    await page.getByRole('status').getByText(`Le jour férié du ${day} est retiré.`).waitFor();
    await row.waitFor({ state: 'detached' });
  }, 90_000);
});
