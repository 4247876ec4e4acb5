import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import type { Ctx } from '../shared/ctx.js';
import { acknowledgeReport } from './acknowledge-report.js';
import { createReport } from './create-report.js';
import { getParticipantReport } from './get-participant-report.js';
import { getReportPdf } from './get-report-pdf.js';
import { sendReport } from './send-report.js';
import { signReport } from './sign-report.js';
import { type ClosedCaseOptions, givenClosedCase } from './testing/given-closed-case.js';
import { updateReport } from './update-report.js';

/** Completion reports: drafted, signed by a manager, frozen, sent once, acknowledged once. */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenWorld(options: ClosedCaseOptions = {}) {
  const agency = await givenAgency(database.kysely);
  const closed = await givenClosedCase(database.kysely, keyring, agency.id, options);
  const as = async (role: Role, at = now): Promise<Ctx> => {
    const user = await givenStaffUser(database.kysely, agency.id, `Staff ${role}`);
    return staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now: at });
  };
  return { agency, ...closed, as };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code ?? 'unknown',
  );
}

describe('a completion report', () => {
  it('is refused for a case that is not completed or discharged', async () => {
    const { participantId, as } = await givenWorld({ state: 'active' });
    const manager = await as('manager');
    expect(await codeOf(createReport(manager, participantId, { language: 'en' }))).toBe('reports.not_eligible');
    expect(await getParticipantReport(manager, participantId)).toMatchObject({ eligible: false, report: null });
  });

  it('is drafted by a facilitator, its concerns chosen, signed and sent by the manager, then acknowledged', async () => {
    const { participantId, concernIds, as } = await givenWorld({
      concerns: [
        { category: 'threat_to_partner', occurredOn: '2026-10-06', summary: 'PARTNER-WORDS he said he would burn the house' },
        { category: 'breach_of_order', occurredOn: '2026-10-20' },
      ],
    });
    const facilitator = await as('facilitator');
    const manager = await as('manager');
    const state = await getParticipantReport(manager, participantId);
    expect(state).toMatchObject({ eligible: true, kind: 'completion', dueOn: '2026-11-27', referralEmail: 'pat.officer@probation.example.org', report: null });

    const draft = await createReport(facilitator, participantId, { language: 'fr' });
    expect(draft).toMatchObject({ status: 'draft', kind: 'completion', language: 'fr', availableConcerns: [], version: 1 });
    expect(await codeOf(createReport(manager, participantId, { language: 'en' }))).toBe('reports.already_exists');
    const observed = await updateReport(facilitator, draft.id, { version: 1, observations: 'Took part in every discussion.' });
    expect(observed.content.observations).toBe('Took part in every discussion.');
    expect(await codeOf(updateReport(facilitator, draft.id, { version: 2, concernIds: [concernIds[0]!] }))).toBe('reports.concerns_manager_only');

    const read = (await getParticipantReport(manager, participantId)).report!;
    expect(read.availableConcerns.map((c) => c.category)).toEqual(['threat_to_partner', 'breach_of_order']);
    const chosen = await updateReport(manager, draft.id, { version: 2, concernIds: [concernIds[0]!], language: 'en' });
    expect(chosen.content.concerns).toEqual([{ category: 'threat_to_partner', occurredOn: '2026-10-06' }]);
    expect(JSON.stringify(chosen)).not.toContain('PARTNER-WORDS');
    expect(chosen.content.attendance).toMatchObject({ credited: 12, required: 12, attended: 12, unexcused: 0 });
    expect(chosen.content.referral).toMatchObject({ courtFileNumber: '4411-998877', source: 'probation' });

    expect(await codeOf(sendReport(manager, draft.id, { method: 'email', to: 'pat.officer@probation.example.org', idempotencyKey: 'send-key-0001' }))).toBe('reports.not_signed');
    expect(await codeOf(signReport(facilitator, draft.id, { version: 3, signedName: 'Marcus Lee', confirm: true }))).toBe('access.not_found');
    expect(await codeOf(signReport(manager, draft.id, { version: 2, signedName: 'Dana Manager', confirm: true }))).toBe('reports.stale_report');
    const signed = await signReport(manager, draft.id, { version: 3, signedName: 'Dana Manager', confirm: true });
    expect(signed).toMatchObject({ status: 'signed', content: { signature: { name: 'Dana Manager', signedOn: '2026-11-24' } } });
    expect(await codeOf(updateReport(manager, draft.id, { version: 4, observations: 'late edit' }))).toBe('reports.not_draft');

    // The snapshot is frozen: a later change to the file does not change what was signed.
    await database.kysely.updateTable('participant').set({ given_name: 'Renamed' }).where('id', '=', participantId).execute();
    expect((await getParticipantReport(manager, participantId)).report!.content.participant.name).toBe('Trevor Sample');

    const key = 'send-key-0002';
    const sent = await sendReport(manager, draft.id, { method: 'email', to: 'pat.officer@probation.example.org', idempotencyKey: key });
    expect(sent).toMatchObject({ status: 'sent', deliveries: [{ method: 'email', toAddress: 'pat.officer@probation.example.org', deliveredOn: '2026-11-24' }], ackDueOn: '2026-12-08' });
    const again = await sendReport(manager, draft.id, { method: 'email', to: 'pat.officer@probation.example.org', idempotencyKey: key });
    expect(again.deliveries).toHaveLength(1);
    expect(await codeOf(sendReport(manager, draft.id, { method: 'fax', deliveredOn: '2026-11-24', idempotencyKey: 'send-key-0003' }))).toBe('reports.already_sent');
    const messages = await database.kysely.selectFrom('outbox_message').selectAll().where('idempotency_key', '=', `court-report:${draft.id}`).execute();
    expect(messages).toHaveLength(1);
    const mail = messages[0]!;
    expect(mail).toMatchObject({ kind: 'court_report', to_address: 'pat.officer@probation.example.org', compartment: 'participant', locale: 'en-CA' });
    expect(mail.subject).toBe('Program completion report — Trevor Sample');
    // The body is a covering note; the report is the signed PDF attached.
    const fileName = `completion-report-2026-11-24-${draft.id.replace(/-/g, '').slice(0, 8)}.pdf`;
    expect(mail.body_text).toContain(`Please find attached the program completion report for Trevor Sample, signed on 2026-11-24 (${fileName}).`);
    expect(mail.body_text).toContain('Court file number: 4411-998877');
    expect(mail.body_text).not.toContain('Sessions credited');
    const files = await database.kysely.selectFrom('outbox_attachment').selectAll().where('message_id', '=', mail.id).execute();
    expect(files.map((file) => ({ name: file.file_name, type: file.media_type, compartment: file.compartment }))).toEqual([{ name: fileName, type: 'application/pdf', compartment: 'participant' }]);
    const pdf = Buffer.from(keyring.decrypt(files[0]!.content_encrypted, fieldContext('outbox_attachment', 'content', files[0]!.agency_id, files[0]!.id)), 'base64');
    expect(pdf.equals((await getReportPdf(manager, draft.id)).bytes)).toBe(true);
    const attached = await readPdf(pdf);
    expect(attached.text).toContain('Name: Trevor Sample');
    expect(attached.text).toContain('Signed electronically by Dana Manager, program manager, on 2026-11-24.');
    expect(attached.text).toContain('Sessions credited: 12 of 12 required');
    expect(attached.text).toContain('2026-10-06: threat towards a partner');
    expect(attached.text).not.toContain('breach');
    expect(attached.text).not.toContain('PARTNER-WORDS');
    expect(JSON.stringify(mail)).not.toContain('PARTNER-WORDS');

    expect(await codeOf(acknowledgeReport(manager, draft.id, { acknowledgedOn: '2026-11-30', method: 'email' }))).toBe('reports.future_day');
    const acked = await acknowledgeReport(manager, draft.id, { acknowledgedOn: '2026-11-24', acknowledgedBy: 'Pat Officer', method: 'email' });
    expect(acked.acknowledgement).toMatchObject({ acknowledgedOn: '2026-11-24', acknowledgedBy: 'Pat Officer', method: 'email' });
    expect(await codeOf(acknowledgeReport(manager, draft.id, { acknowledgedOn: '2026-11-24', method: 'phone' }))).toBe('reports.already_acknowledged');

    const events = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('subject_id', '=', participantId).where('type', 'like', 'report.%').execute();
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['report.created', 'report.updated', 'report.viewed', 'report.signed', 'report.sent', 'report.acknowledged']));
    expect(JSON.stringify(events)).not.toMatch(/Dana|Pat|probation\.example|Took part/);
  });

  it('records a delivery made by hand, never on a future day', async () => {
    const { participantId, as } = await givenWorld({ state: 'discharged', reasonCode: 'non_attendance', marks: ['present', 'present', 'unexcused', 'excused', 'unexcused', 'late'] });
    const manager = await as('manager');
    const draft = await createReport(manager, participantId, { language: 'en' });
    expect(draft.kind).toBe('non_completion');
    expect(draft.content.attendance).toMatchObject({ attended: 3, credited: 3, excused: 1, unexcused: 2, lates: 1 });
    expect(draft.content.outcome).toEqual({ state: 'discharged', reasonCode: 'non_attendance' });
    await signReport(manager, draft.id, { version: 1, signedName: 'Dana Manager', confirm: true });
    expect(await codeOf(sendReport(manager, draft.id, { method: 'portal', deliveredOn: '2026-11-25', idempotencyKey: 'hand-key-0001' }))).toBe('reports.future_day');
    const sent = await sendReport(manager, draft.id, { method: 'portal', deliveredOn: '2026-11-23', idempotencyKey: 'hand-key-0002' });
    expect(sent.deliveries).toEqual([expect.objectContaining({ method: 'portal', toAddress: null, deliveredOn: '2026-11-23' })]);
  });

  it('does not exist for the partner-contact team', async () => {
    const { participantId, as } = await givenWorld();
    const manager = await as('manager');
    const draft = await createReport(manager, participantId, { language: 'en' });
    const worker = await as('partner_contact');
    expect(await codeOf(getParticipantReport(worker, participantId))).toBe('access.not_found');
    expect(await codeOf(updateReport(worker, draft.id, { version: 1, observations: 'x' }))).toBe('access.not_found');
  });
});
