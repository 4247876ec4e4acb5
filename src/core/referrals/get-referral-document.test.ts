import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import type { Keyring } from '../crypto/keyring.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { givenReferral, staffCtxWithRoles } from './testing/given-referral.js';
import { samplePdf, samplePng } from './testing/sample-documents.js';
import { getReferralDocument } from './get-referral-document.js';
import { listReferralDocuments } from './list-referral-documents.js';
import { uploadReferralDocument } from './upload-referral-document.js';

let database: TestDatabase;
let keyring: Keyring;
beforeAll(async () => {
  database = await openTestDatabase();
  keyring = testKeyring();
});
afterAll(async () => database?.close());

/** An agency with a referral holding a PDF (uploaded first) and a PNG (an hour later). */
async function givenDocuments() {
  const agency = await givenAgency(database.kysely);
  const ctx = staffCtxWithRoles(database.kysely, keyring, agency.id);
  const referralId = await givenReferral(ctx);
  const pdf = await uploadReferralDocument(ctx, { referralId, receive: async () => ({ kind: 'court_order', fileName: 'order.pdf', bytes: samplePdf }) });
  const later = { ...ctx, now: new Date('2026-11-21T16:00:00Z') };
  const png = await uploadReferralDocument(later, { referralId, receive: async () => ({ kind: 'other', fileName: 'photo.png', bytes: samplePng }) });
  return { agencyId: agency.id, ctx, referralId, pdf, png };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: { kind: string; code: string }) => `${error.kind}:${error.code}`);

describe('reading referral documents', () => {
  it('lists metadata newest first, and returns the exact bytes of each, audited as views', async () => {
    const { agencyId, ctx, referralId, pdf, png } = await givenDocuments();
    expect(await listReferralDocuments(ctx, referralId)).toEqual([png, pdf]);
    const file = await getReferralDocument(ctx, { referralId, documentId: pdf.id });
    expect(file).toEqual({ fileName: 'order.pdf', mediaType: 'application/pdf', bytes: samplePdf });
    expect((await getReferralDocument(ctx, { referralId, documentId: png.id })).bytes.equals(samplePng)).toBe(true);
    const views = await database.kysely.selectFrom('audit_event').select(['subject_type', 'subject_id']).where('agency_id', '=', agencyId).where('type', '=', 'record.viewed').orderBy('seq').execute();
    expect(views).toEqual([
      { subject_type: 'referral', subject_id: referralId },
      { subject_type: 'document', subject_id: pdf.id },
      { subject_type: 'document', subject_id: png.id },
    ]);
  });

  it("answers 404 to another agency, to a role without referral.read, and under another referral's id", async () => {
    const { agencyId, referralId, pdf } = await givenDocuments();
    const other = await givenAgency(database.kysely);
    const stranger = staffCtxWithRoles(database.kysely, keyring, other.id);
    expect(await codeOf(listReferralDocuments(stranger, referralId))).toBe('not_found:documents.referral_not_found');
    expect(await codeOf(getReferralDocument(stranger, { referralId, documentId: pdf.id }))).toBe('not_found:documents.not_found');
    const facilitator = staffCtxWithRoles(database.kysely, keyring, agencyId, ['facilitator']);
    expect(await codeOf(getReferralDocument(facilitator, { referralId, documentId: pdf.id }))).toBe('not_found:access.not_found');
    const intake = staffCtxWithRoles(database.kysely, keyring, agencyId);
    const otherReferral = await givenReferral(intake);
    expect(await codeOf(getReferralDocument(intake, { referralId: otherReferral, documentId: pdf.id }))).toBe('not_found:documents.not_found');
    expect(await listReferralDocuments(intake, otherReferral)).toEqual([]);
  });

  it('never serves a file that no longer matches its digest, nor content moved from another row', async () => {
    const { ctx, referralId, pdf, png } = await givenDocuments();
    await database.kysely.updateTable('referral_document').set({ sha256: '0'.repeat(64) }).where('id', '=', pdf.id).execute();
    expect(await codeOf(getReferralDocument(ctx, { referralId, documentId: pdf.id }))).toBe('unexpected:documents.content_mismatch');
    const { content_encrypted } = await database.kysely.selectFrom('referral_document').select('content_encrypted').where('id', '=', pdf.id).executeTakeFirstOrThrow();
    await database.kysely.updateTable('referral_document').set({ content_encrypted }).where('id', '=', png.id).execute();
    expect(await codeOf(getReferralDocument(ctx, { referralId, documentId: png.id }))).toBe('unexpected:crypto.decrypt_failed');
  });
});
