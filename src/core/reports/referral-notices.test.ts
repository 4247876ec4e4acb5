import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import type { Ctx } from '../shared/ctx.js';
import type { SendNoticeInput } from './notices.schema.js';
import { getReferralNoticePdf, listReferralNotices, sendReferralNotice } from './referral-notices.js';
import { givenClosedCase } from './testing/given-closed-case.js';

/** Interim non-compliance notices: a threat or a pending discharge, signed and sent once. */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenOpenCase(state: 'active' | 'pending_discharge') {
  const agency = await givenAgency(database.kysely);
  const open = await givenClosedCase(database.kysely, keyring, agency.id, { state: 'active', marks: ['present', 'present', 'unexcused', 'present', 'unexcused'] });
  if (state === 'pending_discharge') {
    await database.kysely.updateTable('participant').set({ case_state: 'pending_discharge' }).where('id', '=', open.participantId).execute();
    await database.kysely
      .insertInto('case_transition')
      .values({ agency_id: agency.id, participant_id: open.participantId, transition: 'warn_pending_discharge', from_state: 'active', to_state: 'pending_discharge', reason: 'Two unexcused absences.', reason_code: 'non_attendance', occurred_at: '2026-11-23T15:00:00Z' })
      .execute();
  }
  const as = async (role: Role, locale: 'en-CA' | 'fr-CA' = 'en-CA'): Promise<Ctx> => {
    const user = await givenStaffUser(database.kysely, agency.id, `Staff ${role}`);
    return { ...staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now }), locale };
  };
  return { ...open, as };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: { code?: string }) => error.code ?? 'unknown');

const threat = (overrides: Partial<SendNoticeInput> = {}): SendNoticeInput => ({
  reason: 'threat',
  eventOn: '2026-11-17',
  language: 'fr',
  details: 'A menacé un autre membre du groupe pendant la séance.',
  signedName: 'Dana Manager',
  confirm: true,
  delivery: { method: 'email', to: 'pat.officer@probation.example.org' },
  idempotencyKey: 'notice-key-0001',
  ...overrides,
});

describe('interim notices to the referral source', () => {
  it('sends a threat notice by email once, in French, and prints it in both languages', async () => {
    const { participantId, as } = await givenOpenCase('active');
    const manager = await as('manager', 'fr-CA');
    const sent = await sendReferralNotice(manager, participantId, threat());
    expect(sent).toMatchObject({ reason: 'threat', method: 'email', deliveredOn: '2026-11-24', signedOn: '2026-11-24' });
    expect(await sendReferralNotice(manager, participantId, threat())).toEqual(sent);
    expect(await listReferralNotices(await as('facilitator'), participantId)).toEqual([sent]);
    const mail = await database.kysely.selectFrom('outbox_message').select(['id', 'subject', 'body_text']).where('kind', '=', 'referral_notice').where('idempotency_key', '=', `referral-notice:${sent.id}`).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Avis de non-conformité (menace) — Trevor Sample');
    // A covering note in the notice's language; the notice is the signed PDF attached.
    const fileName = `non-compliance-notice-2026-11-24-${sent.id.replace(/-/g, '').slice(0, 8)}.pdf`;
    expect(mail[0]!.body_text).toContain(`Veuillez trouver ci-joint un avis de non-conformité (menace) concernant Trevor Sample, signé le 2026-11-24 (${fileName}).`);
    expect(mail[0]!.body_text).not.toContain('A menacé');
    const [file] = await database.kysely.selectFrom('outbox_attachment').selectAll().where('message_id', '=', mail[0]!.id).execute();
    expect(file).toMatchObject({ file_name: fileName, media_type: 'application/pdf', compartment: 'participant' });
    const attached = Buffer.from(keyring.decrypt(file!.content_encrypted, fieldContext('outbox_attachment', 'content', file!.agency_id, file!.id)), 'base64');
    expect(attached.equals((await getReferralNoticePdf(manager, sent.id)).bytes)).toBe(true);
    const attachedText = (await readPdf(attached)).text.replace(/\u00a0/g, ' ');
    expect(attachedText).toContain('Nom : Trevor Sample');
    expect(attachedText).toContain('Le 2026-11-17, le participant ou la participante a proféré une menace pendant le programme.');
    expect(attachedText).toContain('Signé électroniquement par Dana Manager');
    const french = await readPdf((await getReferralNoticePdf(manager, sent.id)).bytes);
    expect(french.text.replace(/\u00a0/g, ' ')).toContain('Avis de non-conformité : menace');
    const english = await readPdf((await getReferralNoticePdf({ ...manager, locale: 'en-CA' }, sent.id)).bytes);
    expect(english.text).toContain('On 2026-11-17, the participant made a threat during the program.');
    expect(english.text).toContain('Sessions credited: 3 of 12 required');
  });

  it('sends a pending-discharge notice only while the discharge is pending, never on a future day', async () => {
    const active = await givenOpenCase('active');
    const manager = await active.as('manager');
    const notice = threat({ reason: 'pending_discharge', language: 'en', delivery: { method: 'fax', deliveredOn: '2026-11-24' }, idempotencyKey: 'notice-key-0002' });
    expect(await codeOf(sendReferralNotice(manager, active.participantId, notice))).toBe('reports.notice_not_eligible');
    const pending = await givenOpenCase('pending_discharge');
    const lead = await pending.as('manager');
    expect(await codeOf(sendReferralNotice(lead, pending.participantId, { ...notice, eventOn: '2026-12-01' }))).toBe('reports.future_day');
    const sent = await sendReferralNotice(lead, pending.participantId, { ...notice, eventOn: '2026-11-23' });
    expect(sent).toMatchObject({ method: 'fax', toAddress: null, deliveredOn: '2026-11-24' });
    const pdf = await readPdf((await getReferralNoticePdf(lead, sent.id)).bytes);
    expect(pdf.text).toContain('Reason for discharge: non-attendance');
    expect(await codeOf(sendReferralNotice(await pending.as('facilitator'), pending.participantId, { ...notice, idempotencyKey: 'notice-key-0003' }))).toBe('access.not_found');
    expect(await codeOf(listReferralNotices(await pending.as('partner_contact'), pending.participantId))).toBe('access.not_found');
  });
});
