import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { recordDisclosure } from '../disclosures/index.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { readPdf } from '../packs/testing/read-pdf.js';
import { SafetyPlanContent, saveSafetyPlan } from '../safety-plans/index.js';
import type { Ctx } from '../shared/ctx.js';
import { getPartnerRecordPdf } from './get-partner-record-pdf.js';

/** The partner's own record: everything held about them, in their language, and the export audited. */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function givenFullRecord(language: 'en' | 'fr') {
  const db = database.kysely;
  const agency = await givenAgency(db);
  const participant = await givenParticipant(db, agency.id, { givenName: 'Trevor', familyName: 'Bains' });
  const partnerId = randomUUID();
  const enc = (table: string, column: string, id: string, value: string) => keyring.encrypt(value, fieldContext(table, column, agency.id, id));
  await db
    .insertInto('partner')
    .values({ agency_id: agency.id, id: partnerId, participant_id: participant.id, language, relationship: 'former_partner', full_name_encrypted: enc('partner', 'full_name', partnerId, 'Dana Whitfield') })
    .execute();
  await db.insertInto('partner_child').values([{ agency_id: agency.id, partner_id: partnerId, age: 9 }, { agency_id: agency.id, partner_id: partnerId, age: 4 }]).execute();
  const phoneId = randomUUID();
  const mailId = randomUUID();
  await db
    .insertInto('contact_preference')
    .values([
      { agency_id: agency.id, id: phoneId, partner_id: partnerId, channel: 'phone', value_encrypted: enc('contact_preference', 'value', phoneId, '+17055550188'), safe_times_encrypted: enc('contact_preference', 'safe_times', phoneId, 'weekdays 9 to 11'), safe: true, voicemail_ok: true, confirmed_on: '2026-11-10' },
      { agency_id: agency.id, id: mailId, partner_id: partnerId, channel: 'mail', value_encrypted: enc('contact_preference', 'value', mailId, '12 Birch Lane, Sudbury'), safe: false, confirmed_on: '2026-11-10' },
    ])
    .execute();
  const consentId = randomUUID();
  await db.insertInto('partner_consent').values({ agency_id: agency.id, id: consentId, partner_id: partnerId, decision: 'wishes_contact', decided_on: '2026-11-10', how: 'phone', note_encrypted: enc('partner_consent', 'note', consentId, 'Prefers mornings') }).execute();
  const worker = await givenStaffUser(db, agency.id, 'Robin Worker');
  const contactId = randomUUID();
  await db
    .insertInto('contact_record')
    .values({ agency_id: agency.id, id: contactId, partner_id: partnerId, kind: 'call', occurred_at: '2026-11-12T15:30:00Z', duration_minutes: 25, by_user: worker.id, topics: ['safety_planning', 'referrals_given'], notes_encrypted: enc('contact_record', 'notes', contactId, 'Talked through the plan; she feels safer.'), idempotency_key: randomUUID() })
    .execute();
  await db.insertInto('partner_letter').values({ agency_id: agency.id, id: randomUUID(), partner_id: partnerId, preference_id: mailId, kind: 'introduction', language, produced_at: '2026-11-05T14:00:00Z' }).execute();
  const resource = await db.insertInto('resource').values({ agency_id: agency.id, key: 'femaide', name: 'Fem’aide', name_fr: 'Fem’aide', categories: ['crisis_line'] }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('resource_referral_partner').values({ agency_id: agency.id, resource_id: resource.id, partner_id: partnerId, given_on: '2026-11-12' }).execute();
  const as = async (role: Role): Promise<Ctx> => {
    const user = await givenStaffUser(db, agency.id, `Staff ${role}`);
    return staffCtx(db, keyring, agency.id, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now });
  };
  const team = await as('partner_contact');
  await saveSafetyPlan(team, partnerId, { wanted: true, content: SafetyPlanContent.parse({ safePlace: 'My sister’s home', codeWord: 'blueberry' }), baseVersion: 0 });
  await recordDisclosure(team, { partnerId, recipient: 'crown', legalBasis: 'other_criminal_conduct', summary: 'He called her twice despite the no-contact order.', crownWarningGiven: true, partnerToldOn: '2026-11-20' });
  return { agency, partnerId, as, team };
}

describe("the partner's own record", () => {
  it('holds everything about the partner, in English, and the export is audited with counts only', async () => {
    const { agency, partnerId, team } = await givenFullRecord('en');
    const file = await getPartnerRecordPdf(team, partnerId);
    expect(file.fileName).toBe('partner-record-en.pdf');
    const pdf = await readPdf(file.bytes);
    expect(pdf.lang).toBe('en-CA');
    expect(pdf.title).toBe('Your Partner Contact record');
    for (const words of [
      'Name: Dana Whitfield',
      'Relationship to the person in the program: former partner',
      'Children, ages 9, 4',
      'Phone: +17055550188. Safe (confirmed on 2026-11-10); messages may be left; safe times: weekdays 9 to 11.',
      'Mail: 12 Birch Lane, Sudbury. Not safe',
      '2026-11-10: you wished to be contacted (by phone). Note: Prefers mornings',
      '2026-11-12 10:30: a phone call, 25 min, with Robin Worker',
      'Talked about: safety planning, resources and referrals',
      'Notes: Talked through the plan; she feels safer.',
      'Version 1, saved on 2026-11-24:',
      'A safe place I can go: My sister’s home',
      '2026-11-05: a letter about the Partner Contact program, in English',
      '2026-11-12: Fem’aide',
      'information to the Crown, because of other criminal conduct',
      'Waiting for a manager’s approval.',
      'What was disclosed: He called her twice despite the no-contact order.',
      'You were told on 2026-11-20.',
      'may reach the person in the program and their lawyer',
    ]) {
      expect(pdf.text).toContain(words);
    }
    expect(pdf.text).not.toContain('Trevor');
    const events = await database.kysely.selectFrom('audit_event').select(['subject_id', 'details']).where('agency_id', '=', agency.id).where('type', '=', 'partner.record_exported').execute();
    expect(events).toEqual([{ subject_id: partnerId, details: { language: 'en', contacts: 1, consents: 1, safetyPlanVersions: 1, letters: 1, resources: 1, disclosures: 1 } }]);
  });

  it('is in French for a French-speaking partner', async () => {
    const { partnerId, team } = await givenFullRecord('fr');
    const file = await getPartnerRecordPdf(team, partnerId);
    expect(file.fileName).toBe('partner-record-fr.pdf');
    const pdf = await readPdf(file.bytes);
    expect(pdf.lang).toBe('fr-CA');
    for (const words of [
      'Votre dossier au service de contact avec les partenaires',
      'Nom : Dana Whitfield',
      'ex-partenaire',
      '2026-11-12 10:30 : un appel téléphonique, 25 min, avec Robin Worker',
      'Sujets abordés : la planification de la sécurité, des ressources et des aiguillages',
      'Un endroit sûr où je peux aller : My sister’s home',
      'des renseignements transmis à la Couronne, parce que vous nous avez fait part d’une autre conduite criminelle',
      'Ce qui a été divulgué : He called her twice',
    ]) {
      expect(pdf.text).toContain(words);
    }
  });

  it('says so when a part is empty', async () => {
    const agency = await givenAgency(database.kysely);
    const partnerId = randomUUID();
    await database.kysely.insertInto('partner').values({ agency_id: agency.id, id: partnerId, full_name_encrypted: keyring.encrypt('Sam Newfile', fieldContext('partner', 'full_name', agency.id, partnerId)) }).execute();
    const user = await givenStaffUser(database.kysely, agency.id);
    const ctx = staffCtx(database.kysely, keyring, agency.id, { userId: user.id, roles: ['partner_contact'], compartments: compartmentsFor(['partner_contact']), now });
    const pdf = await readPdf((await getPartnerRecordPdf(ctx, partnerId)).bytes);
    for (const words of ['No way to reach you is recorded.', 'No contact is recorded yet.', 'No safety plan is recorded.', 'No letter was sent.', 'No disclosure about you is recorded.', 'Language of service: not recorded']) {
      expect(pdf.text).toContain(words);
    }
  });

  it('does not exist for anyone outside the partner-contact team (404)', async () => {
    const { partnerId, as } = await givenFullRecord('en');
    for (const role of ['manager', 'facilitator', 'intake', 'finance', 'admin', 'auditor'] as const) {
      await expect(getPartnerRecordPdf(await as(role), partnerId)).rejects.toMatchObject({ kind: 'not_found' });
    }
  });
});
