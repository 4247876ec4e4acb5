import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiRequest } from './support/api-request.js';
import { chooseOption } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// A facilitator's week in the browser (issue #5), on the demo's two running groups (Tuesdays in
// English, Thursdays in French, 18:30 Toronto, begun weeks ago, both led by Marcus Lee and
// Sophie Bélanger). The demo's marks stop two sessions back, so the latest held session of each
// group has nobody marked yet: the journeys mark it with the keyboard. One server for the file;
// the journeys run in order.
const { base, newPage } = useJourneys();

/** Signs a facilitator in and waits for their home page. */
async function signIn(account: { email: string; name: string }, lang: 'en' | 'fr'): Promise<Page> {
  const page = await newPage(lang === 'en' ? 'en-CA' : 'fr-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang });
  await expectHeading(page, lang === 'en' ? `Welcome, ${account.name}` : `Bonjour, ${account.name}`);
  return page;
}

/** Opens the roster of a group's latest session already held, from the group page's sessions. */
async function openLatestHeldSession(page: Page, held: string): Promise<{ number: number }> {
  const sessions = page.getByRole('table', { name: /^\d+ (sessions|séances)$/ });
  const row = sessions.getByRole('row').filter({ has: page.getByRole('cell', { name: held, exact: true }) }).last();
  const link = row.getByRole('link');
  const number = Number((await link.innerText()).replace(/\D/g, ''));
  await link.click();
  return { number };
}

/** The radio group of one person's attendance on the roster. */
const statusOf = (page: Page, name: string, lang: 'en' | 'fr' = 'en'): Locator =>
  page.getByRole('radiogroup', { name: lang === 'en' ? `Attendance of ${name}` : `Présence de ${name}` });

/** The value of the radio that has focus. */
const focusedValue = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.value');

describe('a facilitator’s week (en-CA)', () => {
  it('takes attendance with the keyboard, is told what to correct, keeps its marks through a colleague’s save, and sees the standings follow', async () => {
    const page = await signIn(demoAccounts.facilitator, 'en');
    await page.getByRole('link', { name: 'Today’s sessions' }).first().waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Today’s sessions' }).click();
    await expectHeading(page, 'Today’s sessions');
    // The day is kept in the address: the previous day, then back to today.
    await page.getByRole('button', { name: 'Previous day' }).click();
    await expectHeading(page, /^Sessions on \d{4}-\d{2}-\d{2}$/);
    expect(new URL(page.url()).searchParams.get('day')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('button', { name: 'Back to today' }).click();
    await expectHeading(page, 'Today’s sessions');
    const myGroups = page.getByRole('region', { name: 'My groups' });
    await myGroups.getByRole('link', { name: 'Jeudi soir – hommes (français)' }).waitFor();
    await saveScreenshot(page, 'sessions-en');
    await expectNoAxeViolations(page, 'today’s sessions (en)');

    await myGroups.getByRole('link', { name: 'Tuesday evening – men (English)' }).click();
    await expectHeading(page, 'Tuesday evening – men (English)');
    const members = page.getByRole('table', { name: '4 members, most at risk first' });
    const curtis = members.getByRole('row', { name: /Curtis Bowman/ });
    await curtis.getByText('9 of 12 sessions credited').waitFor();
    await curtis.locator('.badge').getByText('Pending discharge').waitFor();
    await curtis.getByText('The limit of unexcused absences is reached.').waitFor();
    await saveScreenshot(page, 'group-en');
    await expectNoAxeViolations(page, 'group page (en)');

    const { number } = await openLatestHeldSession(page, 'Held');
    await expectHeading(page, `Tuesday evening – men (English), session ${number}`);
    await page.getByText('Quick keyboard entry').waitFor();
    await expectNoAxeViolations(page, 'roster (en)');

    // P on Curtis, ↓ to Jason, L and 5 minutes (too few: the server says so on his row), ↓ E with a reason, ↓ P.
    await statusOf(page, 'Curtis Bowman').getByRole('radio', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('l');
    expect(await focusedValue(page)).toBe('late');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('E');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('p');
    expect(await statusOf(page, 'Curtis Bowman').getByRole('radio', { name: 'Present', exact: true }).isChecked()).toBe(true);
    expect(await statusOf(page, 'Jason Whitfield').getByRole('radio', { name: 'Late', exact: true }).isChecked()).toBe(true);
    expect(await statusOf(page, 'Luis Ferreira').getByRole('radio', { name: 'Excused absence', exact: true }).isChecked()).toBe(true);
    expect(await statusOf(page, 'Trevor Bains').getByRole('radio', { name: 'Present', exact: true }).isChecked()).toBe(true);

    // An excused absence needs its reason: checked here, before anything is sent.
    await page.getByRole('button', { name: 'Save attendance (4 changes)' }).click();
    const problem = page.getByRole('group', { name: 'There is a problem' });
    await problem.getByRole('link', { name: 'Luis Ferreira, Reason: Enter the reason for the excused absence.' }).click();
    expect(await page.evaluate<string>('document.activeElement?.id')).toMatch(/^field-marks\..+\.reason$/);
    await page.keyboard.type('Family emergency');
    // The server judges the lateness by the program's rules, and its words land on Jason's row.
    await page.getByRole('button', { name: 'Save attendance (4 changes)' }).click();
    await problem.getByRole('link', { name: /^Jason Whitfield, Attendance: Less than 10 minutes late counts as present/ }).waitFor();
    expect(await statusOf(page, 'Jason Whitfield').getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'roster-errors-en');
    await expectNoAxeViolations(page, 'roster with errors (en)');
    await page.getByRole('textbox', { name: 'Minutes late Jason Whitfield' }).fill('20');

    // A colleague records Trevor meanwhile: the save is refused, their mark shows, ours are kept.
    const roster = await apiRequest<{ session: { sessionId: string }; people: { participantId: string; name: string }[] }>(page, 'GET', `${new URL(page.url()).pathname}/roster`);
    const trevor = roster.people.find((person) => person.name === 'Trevor Bains')!;
    await apiRequest(page, 'PUT', `/sessions/${roster.session.sessionId}/marks`, { marks: [{ participantId: trevor.participantId, status: 'unexcused' }] });
    await page.getByRole('button', { name: 'Save attendance (4 changes)' }).click();
    await problem.getByText('Someone else saved attendance at this session while you were entering yours.', { exact: false }).waitFor();
    expect(await statusOf(page, 'Trevor Bains').getByRole('radio', { name: 'Present', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Reason Luis Ferreira' }).inputValue()).toBe('Family emergency');
    await page.getByRole('button', { name: 'Save attendance (4 changes)' }).click();
    await page.getByRole('status').getByText('Attendance is saved for 4 people. Standings are up to date.').waitFor();
    await page.getByRole('button', { name: 'Save attendance (no changes)' }).waitFor();
    const rosterTable = page.getByRole('table', { name: `Session ${number}: 4 people` });
    await rosterTable.getByRole('row', { name: /Curtis Bowman/ }).getByText('10 of 12 sessions credited').waitFor();
    await rosterTable.getByRole('row', { name: /Trevor Bains/ }).getByText('13 of 12 sessions credited').waitFor();
    await saveScreenshot(page, 'roster-saved-en');
    await expectNoAxeViolations(page, 'roster saved (en)');

    // The day's list counts the marks, and leads back to the roster.
    const day = (await page.getByRole('link', { name: /Sessions of / }).innerText()).replace(/^\D*/, '');
    await page.getByRole('link', { name: /Sessions of / }).click();
    await expectHeading(page, day === new Intl.DateTimeFormat('en-CA').format(new Date()) ? 'Today’s sessions' : `Sessions on ${day}`);
    const daySessions = page.getByRole('table', { name: new RegExp(`^\\d+ sessions? on ${day}$`) });
    const dayRow = daySessions.getByRole('row', { name: new RegExp(`Tuesday evening – men \\(English\\), session ${number}`) });
    await dayRow.getByText('4 of 4 marked').waitFor();
    await dayRow.getByText('Toronto – Downtown, Room 204').waitFor();
    await expectNoAxeViolations(page, 'a day’s sessions (en)');
    await dayRow.getByRole('link').click();
    await expectHeading(page, `Tuesday evening – men (English), session ${number}`);

    // A threat: whom it was against is asked for; the manager and the partner-contact team are told.
    const concern = page.getByRole('form', { name: 'Raise a concern' });
    await chooseOption(concern, 'Person', 'Jason Whitfield');
    await concern.getByRole('radio', { name: 'Threat', exact: true }).check({ force: true });
    await concern.getByRole('radio', { name: 'High', exact: true }).check({ force: true });
    await concern.getByRole('button', { name: 'Raise the concern' }).click();
    await page.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: 'Whom was the threat against?: Say whom the threat was against.' }).waitFor();
    await concern.getByRole('radio', { name: 'The partner', exact: true }).check({ force: true });
    await concern.getByRole('button', { name: 'Raise the concern' }).click();
    await page.getByText('The threat by Jason Whitfield is recorded. The manager is alerted now, and the partner-contact team is told.').waitFor();

    // A note about one person: listed with who wrote it, and said to stay in the file.
    const notes = page.getByRole('region', { name: 'Session notes' });
    await notes.getByText('They are never shared with partners', { exact: false }).waitFor();
    const noteForm = notes.getByRole('form', { name: 'Add a note' });
    await chooseOption(noteForm, 'About', 'Jason Whitfield');
    await noteForm.getByLabel('Note', { exact: true }).fill('Raised his voice when talking about his ex-partner; we spoke after group.');
    await noteForm.getByRole('button', { name: 'Save the note' }).click();
    await notes.getByText('The note is saved.').waitFor();
    await notes.getByText('About Jason Whitfield').waitFor();
    await notes.getByText('Raised his voice when talking about his ex-partner; we spoke after group.').waitFor();
    await saveScreenshot(page, 'roster-concern-note-en');
    await expectNoAxeViolations(page, 'roster with concern and note (en)');

    // The group page shows the new standings.
    await page.getByRole('link', { name: 'Group: Tuesday evening – men (English)' }).click();
    await expectHeading(page, 'Tuesday evening – men (English)');
    await members.getByRole('row', { name: /Curtis Bowman/ }).getByText('10 of 12 sessions credited').waitFor();
    await members.getByRole('row', { name: /Luis Ferreira/ }).getByText('Excused: 1').waitFor();
  }, 90_000);

  it('creates a calendar address that shows the sessions and no names, and stops it', async () => {
    const page = await signIn(demoAccounts.facilitator, 'en');
    await page.goto(`${base()}/sessions`);
    await expectHeading(page, 'Today’s sessions');
    const card = page.getByRole('region', { name: 'Subscribe in your calendar' });
    // The page's own reads first (a click while they land was lost once on a loaded CI machine).
    await page.getByRole('region', { name: 'My groups' }).getByRole('link', { name: 'Tuesday evening – men (English)' }).waitFor();
    await card.getByRole('button', { name: 'Create my calendar address' }).click();
    const address = card.getByRole('textbox', { name: 'Your calendar address' });
    // Either the address or the refusal in words, so a failure says which.
    await address.or(card.getByRole('alert')).first().waitFor({ timeout: 45_000 });
    expect(await card.getByRole('alert').count(), await card.innerText()).toBe(0);
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${base()}/api/v1/calendar/.+\\.ics$`));
    await saveScreenshot(page, 'calendar-en');
    await expectNoAxeViolations(page, 'calendar address (en)');
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Tuesday evening – men (English)');
    for (const name of ['Trevor', 'Bains', 'Curtis', 'Whitfield']) expect(ics).not.toContain(name);

    await card.getByRole('button', { name: 'Stop the feed' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Stop your calendar feed?' });
    await dialog.getByRole('button', { name: 'Stop the feed' }).click();
    await card.getByText('Your calendar feed is stopped. The address no longer works.').waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
  }, 90_000);
});

describe('une semaine d’animation (fr-CA)', () => {
  it('prend les présences au clavier, ajoute un rattrapage et une note, en français', async () => {
    const page = await signIn(demoAccounts.facilitator2, 'fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances du jour' }).click();
    await expectHeading(page, 'Séances du jour');
    await page.getByRole('region', { name: 'Mes groupes' }).getByRole('link', { name: 'Jeudi soir – hommes (français)' }).click();
    await expectHeading(page, 'Jeudi soir – hommes (français)');
    await page.getByRole('table', { name: '3 membres, les plus à risque d’abord' }).waitFor();
    await expectNoAxeViolations(page, 'page du groupe (fr)');

    // Une séance à venir ne prend pas encore de présences, et le dit.
    const sessions = page.getByRole('table', { name: /^\d+ séances$/ });
    await sessions.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Prévue', exact: true }) }).first().getByRole('link').click();
    await page.getByText('Cette séance n’a pas encore commencé.', { exact: false }).waitFor();
    expect(await page.getByRole('radiogroup').filter({ hasText: 'Retard' }).count()).toBe(0);
    await page.getByRole('button', { name: /^Enregistrer les présences/ }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'séance à venir (fr)');
    await page.goBack();
    await expectHeading(page, 'Jeudi soir – hommes (français)');

    const { number } = await openLatestHeldSession(page, 'Tenue');
    await expectHeading(page, `Jeudi soir – hommes (français), séance ${number}`);
    await page.getByText('Saisie rapide au clavier').waitFor();
    await statusOf(page, 'Éric Charbonneau', 'fr').getByRole('radio', { name: 'Présence', exact: true }).focus();
    await page.keyboard.press('e');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rendez-vous médical');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('l');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15');
    expect(await statusOf(page, 'Éric Charbonneau', 'fr').getByRole('radio', { name: 'Absence motivée', exact: true }).isChecked()).toBe(true);
    expect(await statusOf(page, 'Mathieu Bergeron', 'fr').getByRole('radio', { name: 'Présence', exact: true }).isChecked()).toBe(true);
    expect(await statusOf(page, 'Yannick Pelletier', 'fr').getByRole('radio', { name: 'Retard', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer les présences (3 changements)' }).click();
    await page.getByRole('status').getByText('Les présences sont enregistrées pour 3 personnes. Les situations sont à jour.').waitFor();
    const rosterTable = page.getByRole('table', { name: `Séance ${number} : 3 personnes` });
    await rosterTable.getByRole('row', { name: /Mathieu Bergeron/ }).getByText('7 séances créditées sur 12').waitFor();
    await saveScreenshot(page, 'roster-saved-fr');
    await expectNoAxeViolations(page, 'liste de présences enregistrée (fr)');

    // Un membre de l’autre groupe vient rattraper une séance.
    const makeUp = page.getByRole('form', { name: 'Ajouter une présence de rattrapage' });
    await chooseOption(makeUp, 'Personne \\(son groupe\\)', /^Luis Ferreira/);
    await makeUp.getByRole('button', { name: 'Ajouter le rattrapage' }).click();
    await page.getByText('Luis Ferreira (Tuesday evening – men (English)) figure maintenant sur la liste (rattrapage).').waitFor();
    await page.getByRole('table', { name: `Séance ${number} : 4 personnes` }).getByRole('row', { name: /Luis Ferreira/ }).getByText('Rattrapage').waitFor();

    const notes = page.getByRole('region', { name: 'Notes de séance' });
    const noteForm = notes.getByRole('form', { name: 'Ajouter une note' });
    await noteForm.getByLabel('Note', { exact: true }).fill('Bonne participation du groupe; retour sur les signes avant-coureurs.');
    await noteForm.getByRole('button', { name: 'Enregistrer la note' }).click();
    await notes.getByText('La note est enregistrée.').waitFor();
    await notes.getByText('Au sujet de toute la séance').first().waitFor();
    await saveScreenshot(page, 'roster-note-fr');
    await expectNoAxeViolations(page, 'liste avec rattrapage et note (fr)');
  }, 90_000);
});
