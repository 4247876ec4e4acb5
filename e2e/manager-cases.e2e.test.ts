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

// The manager's and the facilitator's decisions on the demo's running English group: a
// discharge with its coded reason, a facilitator's warning, the final check-out and the
// completion it allows, and an urgent concern acknowledged. One server for the file.
const { base, newPage } = useJourneys();

const tuesdayGroup = 'Tuesday evening – men (English)';

async function signIn(account: { email: string; name: string }): Promise<Page> {
  const page = await newPage('en-CA');
  await signInWith(page, base(), { email: account.email, password: demoPassword, lang: 'en' });
  await expectHeading(page, `Welcome, ${account.name}`);
  return page;
}

/** Opens a member's file from the Tuesday group's page, as staff would. */
async function openMember(page: Page, name: string): Promise<string> {
  await page.goto(`${base()}/groups`);
  await page.getByRole('link', { name: tuesdayGroup }).click();
  await expectHeading(page, tuesdayGroup);
  await page.getByRole('link', { name, exact: true }).first().click();
  await expectHeading(page, name);
  return new URL(page.url()).pathname.split('/').pop()!;
}

type FileAnswer = { caseState: string; history: { transition: string; reasonCode: string | null }[]; placement: { completionReview: { outcome: string } | null } | null };

describe('case decisions that follow attendance (en-CA)', () => {
  it('discharges Curtis Bowman with a coded reason, which the history names', async () => {
    const page = await signIn(demoAccounts.manager);
    const participantId = await openMember(page, 'Curtis Bowman');
    const group = page.getByRole('region', { name: 'Group', exact: true });
    await group.getByText('Pending discharge').waitFor();
    await group.getByRole('link', { name: tuesdayGroup }).waitFor();

    const decisions = page.getByRole('region', { name: 'Decisions' });
    await decisions.getByRole('button', { name: 'Discharge', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Discharge: why?' });
    await dialog.getByLabel('What happened').fill('Missed two more sessions after the warning; no contact since.');
    await dialog.getByRole('button', { name: 'Discharge', exact: true }).click();
    // The coded reason is required: the partner-contact team and the referral source are told it.
    await dialog.getByText('Choose a reason from the list.').waitFor();
    await expectNoAxeViolations(page, 'discharge dialog (en)');
    await choose(dialog, 'Reason', 'Not attending');
    await dialog.getByRole('button', { name: 'Discharge', exact: true }).click();
    await page.getByRole('status').getByText('The decision is recorded.').waitFor();
    await page.getByRole('region', { name: 'Person' }).getByText('Discharged', { exact: true }).waitFor();
    await page.getByText('reason: Not attending — Missed two more sessions after the warning; no contact since.', { exact: false }).waitFor();
    const file = await apiRequest<FileAnswer>(page, 'GET', `/participants/${participantId}`);
    expect(file.caseState).toBe('discharged');
    expect(file.history.at(-1)).toMatchObject({ transition: 'discharge', reasonCode: 'non_attendance' });
    await saveScreenshot(page, 'participant-discharged-en');
    await expectNoAxeViolations(page, 'participant discharged (en)');
  }, 90_000);

  it('lets the facilitator warn of a pending discharge and record Trevor Bains’s final check-out; the manager then completes his case', async () => {
    const facilitator = await signIn(demoAccounts.facilitator);
    await openMember(facilitator, 'Jason Whitfield');
    const steps = facilitator.getByRole('region', { name: 'Facilitator’s steps' });
    await steps.getByRole('button', { name: 'Warn of pending discharge' }).click();
    const dialog = facilitator.getByRole('dialog');
    await choose(dialog, 'Reason', 'Not following the program’s rules');
    await dialog.getByLabel('What happened').fill('Left two sessions early after arguing with the group.');
    await dialog.getByRole('button', { name: 'Warn of pending discharge' }).click();
    await facilitator.getByRole('status').getByText('The warning of pending discharge is recorded; the manager decides next.').waitFor();
    await facilitator.getByRole('region', { name: 'Person' }).getByText('Pending discharge', { exact: true }).waitFor();

    const participantId = await openMember(facilitator, 'Trevor Bains');
    const group = facilitator.getByRole('region', { name: 'Group', exact: true });
    await group.getByText('Eligible to complete').waitFor();
    await group.getByText('Not recorded yet').waitFor();
    const checkOut = facilitator.getByRole('form', { name: 'Final check-out' });
    await checkOut.getByRole('button', { name: 'Record the check-out' }).click();
    await facilitator.getByRole('group', { name: 'There is a problem' }).getByRole('link', { name: 'Program goals: Say whether the program’s goals were met.' }).waitFor();
    await expectNoAxeViolations(facilitator, 'final check-out with an error (en)');
    await checkOut.getByRole('radio', { name: 'Met', exact: true }).check({ force: true });
    await checkOut.getByLabel('Comments (optional)').fill('Took part fully; named his own choices and their effects.');
    await checkOut.getByRole('button', { name: 'Record the check-out' }).click();
    await facilitator.getByRole('status').getByText('The final check-out is recorded.').waitFor();
    await group.getByText(/^Met, recorded on \d{4}-\d{2}-\d{2}$/).waitFor();
    await saveScreenshot(facilitator, 'final-check-out-en');

    const manager = await signIn(demoAccounts.manager);
    await manager.goto(`${base()}/participants/${participantId}`);
    await expectHeading(manager, 'Trevor Bains');
    await manager.getByRole('region', { name: 'Decisions' }).getByRole('button', { name: 'Mark completed' }).click();
    await manager.getByRole('status').getByText('The decision is recorded.').waitFor();
    await manager.getByRole('region', { name: 'Person' }).getByText('Completed', { exact: true }).waitFor();
    expect((await apiRequest<FileAnswer>(manager, 'GET', `/participants/${participantId}`)).caseState).toBe('completed');
  }, 120_000);

  it('counts an urgent concern on the manager’s home page and acknowledges it from the list', async () => {
    // A facilitator raises a threat and a lesser concern at a session already held.
    const facilitator = await signIn(demoAccounts.facilitator);
    const groups = await apiRequest<{ id: string; name: string }[]>(facilitator, 'GET', '/groups');
    const tuesday = groups.find((g) => g.name === tuesdayGroup)!;
    const detail = await apiRequest<{ sessions: { id: string; startsAt: string; status: string }[]; memberList: { participantId: string; name: string; caseState: string }[] }>(
      facilitator,
      'GET',
      `/groups/${tuesday.id}`,
    );
    const held = detail.sessions.filter((s) => s.status === 'scheduled' && new Date(s.startsAt).getTime() < Date.now()).at(-1)!;
    const luis = detail.memberList.find((m) => m.name === 'Luis Ferreira')!;
    await apiRequest(facilitator, 'POST', `/sessions/${held.id}/concerns`, { participantId: luis.participantId, kind: 'threat', threatTarget: 'partner', severity: 'high' });
    await apiRequest(facilitator, 'POST', `/sessions/${held.id}/concerns`, { participantId: luis.participantId, kind: 'homework_not_done', severity: 'low' });

    const manager = await signIn(demoAccounts.manager);
    const count = manager.getByRole('region', { name: '1 urgent concern is open.' });
    await count.getByText('2 concerns in all wait for a manager.').waitFor();
    await expectNoAxeViolations(manager, 'manager home with concerns (en)');
    await count.getByRole('link', { name: 'See the open concerns' }).click();
    await expectHeading(manager, 'Open concerns');
    const urgent = manager.getByRole('region', { name: '1 urgent concern', exact: true });
    const row = urgent.getByRole('row', { name: /Luis Ferreira/ });
    await row.getByText(/^⚠ Urgent$/).waitFor();
    await row.getByText('Threat (against: The partner)').waitFor();
    await row.getByRole('cell', { name: 'High' }).waitFor();
    await row.getByRole('cell', { name: demoAccounts.facilitator.name }).waitFor();
    await manager.getByRole('region', { name: '1 other concern', exact: true }).getByRole('cell', { name: 'Homework not done' }).waitFor();
    await saveScreenshot(manager, 'concerns-en');
    await expectNoAxeViolations(manager, 'open concerns (en)');

    await row.getByRole('button', { name: 'Acknowledge the concern about Luis Ferreira' }).click();
    await manager.getByRole('status').getByText('The concern about Luis Ferreira is acknowledged.').waitFor();
    await urgent.waitFor({ state: 'detached' });
    const open = await apiRequest<{ kind: string; urgent: boolean }[]>(manager, 'GET', '/concerns?open=true');
    expect(open).toEqual([expect.objectContaining({ kind: 'homework_not_done', urgent: false })]);
  }, 90_000);
});
