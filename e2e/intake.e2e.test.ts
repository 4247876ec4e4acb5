import { describe, expect, it } from 'vitest';
import { chooseOption as choose } from './support/choose-option.js';
import { demoAccounts, demoPassword } from './support/demo-accounts.js';
import { expectHeading } from './support/expect-heading.js';
import { expectNoAxeViolations } from './support/expect-no-axe-violations.js';
import { saveScreenshot } from './support/save-screenshot.js';
import { signInWith } from './support/sign-in-with.js';
import { useJourneys } from './support/use-journeys.js';

// Intake in the browser: the worklist, a new referral (with a partner whose details must never
// come back), the file's intake steps up to the waitlist, and the French pages. One server for
// the file; texts are written out here so that a wrong message fails.
const { base, newPage } = useJourneys();

/** A date `days` from today, as YYYY-MM-DD. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('intake (en-CA)', () => {
  it('records a referral with a partner and takes the person through intake to the waitlist', async () => {
    const page = await newPage('en-CA');
    await signInWith(page, base(), { email: demoAccounts.intake.email, password: demoPassword, lang: 'en' });
    await expectHeading(page, `Welcome, ${demoAccounts.intake.name}`);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Intake worklist' }).click();
    await expectHeading(page, 'Intake worklist');
    await page.getByRole('table', { name: '2 people waiting for intake' }).waitFor();
    await saveScreenshot(page, 'intake-worklist-en');
    await expectNoAxeViolations(page, 'intake worklist (en)');

    await nav.getByRole('link', { name: 'New referral' }).click();
    await expectHeading(page, 'Record a new referral');
    await page.getByLabel('Given name').fill('Morgan');
    await page.getByLabel('Family name').fill('Quill');
    await page.getByLabel('Date of birth').fill('1988-03-14');
    await page.getByRole('button', { name: 'Check for existing files' }).click();
    await page.getByText('No existing file matches.').waitFor();
    await choose(page, 'Gender', 'Man');
    await choose(page, 'Referred by', 'Court');
    await choose(page, 'Stream', 'Probation order');
    await page.getByLabel('Court file number (optional)').fill('CR-E2E-0001');
    await page.getByLabel('Order date (optional)').fill(isoDay(10));
    // Two court conditions: a no-contact order (the kind a new row starts with) and a weapons ban.
    await page.getByRole('button', { name: 'Add a condition' }).click();
    const condition1 = page.getByRole('group', { name: 'Condition 1' });
    await condition1.getByLabel('No contact with').fill('the complainant');
    await page.getByRole('button', { name: 'Add a condition' }).click();
    const condition2 = page.getByRole('group', { name: 'Condition 2' });
    await choose(condition2, 'Kind of condition', 'Weapons prohibition');
    await condition2.getByLabel('Ends on (optional)').fill(isoDay(300));
    // A third, added by mistake, and removed: the focus goes back to the add button.
    await page.getByRole('button', { name: 'Add a condition' }).click();
    await page.getByRole('button', { name: 'Remove condition 3' }).click();
    expect(await page.getByRole('group', { name: 'Condition 3' }).count()).toBe(0);
    expect(await page.locator(':focus').textContent()).toBe('Add a condition');

    // Two people harmed; the second one's phone number cannot exist.
    await page.getByText('What you enter here goes straight to the partner-contact team.', { exact: false }).waitFor();
    const person1 = page.getByRole('group', { name: 'Person 1' });
    await person1.getByLabel('Full name').fill('Rowan Harbourside');
    await choose(person1, 'Relationship to the person referred', 'Victim');
    await page.getByRole('button', { name: 'Add a person' }).click();
    const person2 = page.getByRole('group', { name: 'Person 2' });
    const focusedId = () => page.locator(':focus').getAttribute('id');
    expect(await focusedId()).toBe(await person2.getByLabel('Full name').getAttribute('id'));
    await person2.getByLabel('Full name').fill('Sky Lakeshore');
    await choose(person2, 'Relationship to the person referred', 'Former partner');
    await choose(person2, 'Language \\(optional\\)', 'French');
    await person2.getByLabel('Phone (optional)').fill('12');
    await person2.getByLabel('Children’s ages, separated by commas (optional)').fill('3, 11');

    // A refused submit shows the server's translated messages on their fields (the second person's
    // phone in that person's row) and keeps what was typed.
    await page.getByRole('button', { name: 'Save the referral' }).click();
    const summary = page.getByRole('group', { name: 'There is a problem' });
    const future = 'This date is in the future; enter the date it happened.';
    await summary.getByText(future, { exact: false }).waitFor();
    const orderDate = page.getByLabel('Order date (optional)');
    expect(await orderDate.getAttribute('aria-invalid')).toBe('true');
    const phone2 = person2.getByLabel('Phone (optional)');
    expect(await phone2.getAttribute('aria-invalid')).toBe('true');
    expect(await person1.getByLabel('Phone (optional)').getAttribute('aria-invalid')).toBeNull();
    await summary.getByRole('link', { name: /^Person 2, Phone \(optional\):/ }).click();
    expect(await focusedId()).toBe(await phone2.getAttribute('id'));
    expect(await page.getByLabel('Given name').inputValue()).toBe('Morgan');
    expect(await person1.getByLabel('Full name').inputValue()).toBe('Rowan Harbourside');
    expect(await person2.getByLabel('Full name').inputValue()).toBe('Sky Lakeshore');
    await saveScreenshot(page, 'new-referral-error-en');
    await expectNoAxeViolations(page, 'new referral with errors (en)');

    await orderDate.fill(isoDay(-20));
    await phone2.fill('416-555-0177');
    await page.getByRole('button', { name: 'Save the referral' }).dblclick();
    await expectHeading(page, 'Morgan Quill');
    await page.getByRole('status').getByText('The referral is saved.').waitFor();
    await page.getByText(/Partner information passed on to the partner-contact team on \d{4}-\d{2}-\d{2} \(2 people\)\./).waitFor();
    await page.getByText('No-contact order').first().waitFor();
    await page.getByText('Weapons prohibition').first().waitFor();
    await page.getByText(`until ${isoDay(300)}`, { exact: false }).waitFor();
    for (const secret of ['Rowan', 'Harbourside', 'Sky', 'Lakeshore', '0177']) expect(await page.content()).not.toContain(secret);
    await expectNoAxeViolations(page, 'participant file (en)');

    // The referral is decided once: accepted here, its status then shown in words.
    await page.getByText('Received', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('status').getByText('The referral is accepted.').waitFor();
    await page.getByText('Accepted', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);

    // Declared income (intake may see and record it): dollars typed, shown as CAD.
    await page.getByText('No income declared yet.').waitFor();
    await page.getByLabel('Household size').fill('2');
    await page.getByLabel('Annual household income').fill('48,000');
    await page.getByRole('button', { name: 'Save the income' }).click();
    await page.getByRole('status').getByText('The declared income is saved.').waitFor();
    await page.getByText('$48,000.00', { exact: true }).waitFor();
    expect(await page.getByLabel('Household size').inputValue()).toBe('2');

    await choose(page, 'Site', /Toronto/);
    await page.getByLabel('Date', { exact: true }).fill(isoDay(7));
    await page.getByLabel('Time', { exact: true }).fill('10:30');
    await page.getByRole('button', { name: 'Book intake' }).click();
    await page.getByRole('status').getByText('The intake appointment is booked.').waitFor();
    await page.getByRole('heading', { name: 'Change the intake appointment' }).waitFor();
    await page.getByText(`${isoDay(7)} 10:30`, { exact: false }).first().waitFor();

    await page.getByRole('button', { name: 'Record assessment' }).click();
    await page.getByRole('status').getByText('The assessment is recorded.').waitFor();
    // The file is read again after each step, and its forms start afresh on the new version: wait
    // for it (the assessment listed) before typing into the consent forms.
    await page.getByRole('region', { name: 'Intake', exact: true }).getByRole('listitem').filter({ hasText: 'Suitable for the program' }).waitFor();

    for (const consent of ['Limits of confidentiality', 'Release of information to the referral source', 'Partner contact explained', 'Participant agreement']) {
      await page.getByLabel(`Name as signed for “${consent}”`).fill('Morgan Quill');
      await page.getByRole('button', { name: `Record “${consent}”` }).click();
      await page.getByRole('button', { name: `Record “${consent}”` }).waitFor({ state: 'detached' });
    }
    await saveScreenshot(page, 'participant-assessed-en');
    await page.getByRole('button', { name: 'Put on the waitlist' }).click();
    await page.getByRole('status').getByText('The decision is recorded.').waitFor();
    await page.getByText('On the waitlist').first().waitFor();
    expect(await page.content()).not.toContain('Rowan');
    expect(await page.content()).not.toContain('Lakeshore');

    await nav.getByRole('link', { name: 'Waitlist' }).click();
    await expectHeading(page, 'Waitlist');
    await page.getByRole('rowheader', { name: 'Morgan Quill' }).waitFor();
    await page.getByRole('table', { name: '4 people on the waitlist' }).waitFor();
    await saveScreenshot(page, 'waitlist-en');
    await expectNoAxeViolations(page, 'waitlist (en)');
  }, 60_000);
});

describe('intake (fr-CA)', () => {
  it('shows the worklist and a file in French', async () => {
    const page = await newPage('fr-CA');
    await signInWith(page, base(), { email: demoAccounts.intake.email, password: demoPassword, lang: 'fr' });
    await expectHeading(page, `Bonjour, ${demoAccounts.intake.name}`);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Liste d’accueil' }).click();
    await expectHeading(page, 'Liste d’accueil');
    const table = page.getByRole('table', { name: /personnes? attend/ });
    await table.waitFor();
    await saveScreenshot(page, 'intake-worklist-fr');
    await expectNoAxeViolations(page, 'intake worklist (fr)');

    await table.getByRole('rowheader').first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Aiguillages et conditions judiciaires' }).waitFor();
    await page.getByText('État du dossier').waitFor();
    await saveScreenshot(page, 'participant-fr');
    await expectNoAxeViolations(page, 'participant file (fr)');
  }, 30_000);
});
