import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import type { Keyring } from '../crypto/keyring.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { AppError } from '../shared/index.js';
import { maxDocumentBytes } from './documents.schema.js';
import { givenReferral, staffCtxWithRoles } from './testing/given-referral.js';
import { samplePdf, samplePng } from './testing/sample-documents.js';
import { uploadReferralDocument } from './upload-referral-document.js';

let database: TestDatabase;
let keyring: Keyring;
beforeAll(async () => {
  database = await openTestDatabase();
  keyring = testKeyring();
});
afterAll(async () => database?.close());

const sending = (bytes: Buffer, fileName = 'order.pdf', kind: unknown = 'court_order') => async () => ({ kind, fileName, bytes });

async function refusal(promise: Promise<unknown>): Promise<Pick<AppError, 'kind' | 'code' | 'params'> & { paths: string[] }> {
  const error = (await promise.then(() => undefined, (e: unknown) => e)) as AppError | undefined;
  if (!error) throw new Error('expected a refusal');
  return { kind: error.kind, code: error.code, params: error.params, paths: error.issues.map((issue) => `${issue.path}:${issue.code}`) };
}

describe('uploading a referral document', () => {
  it('stores the order encrypted with its digest, and audits it without its name', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = staffCtxWithRoles(database.kysely, keyring, agency.id);
    const referralId = await givenReferral(ctx);
    const saved = await uploadReferralDocument(ctx, { referralId, receive: sending(samplePdf, 'Gagnon court order.pdf') });
    expect(saved).toMatchObject({ kind: 'court_order', fileName: 'Gagnon court order.pdf', mediaType: 'application/pdf', sizeBytes: samplePdf.length, uploadedAt: '2026-11-21T15:00:00.000Z' });
    const row = await database.kysely.selectFrom('referral_document').selectAll().where('id', '=', saved.id).executeTakeFirstOrThrow();
    expect(row.sha256).toBe(createHash('sha256').update(samplePdf).digest('hex'));
    expect(row.content_encrypted).not.toContain('%PDF');
    expect(row.content_encrypted).not.toContain(samplePdf.toString('base64').slice(0, 20));
    const events = await database.kysely.selectFrom('audit_event').select(['subject_type', 'subject_id', 'details']).where('agency_id', '=', agency.id).where('type', '=', 'document.uploaded').execute();
    expect(events).toEqual([{ subject_type: 'document', subject_id: saved.id, details: { referralId, kind: 'court_order', mediaType: 'application/pdf', sizeBytes: samplePdf.length } }]);
    expect(JSON.stringify(events)).not.toContain('Gagnon');
  });

  it('goes by the bytes, not the name: a PNG called order.pdf is kept as the PNG it is', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = staffCtxWithRoles(database.kysely, keyring, agency.id);
    const referralId = await givenReferral(ctx);
    const saved = await uploadReferralDocument(ctx, { referralId, receive: sending(samplePng, 'order.pdf', 'probation_order') });
    expect(saved).toMatchObject({ mediaType: 'image/png', fileName: 'order.png', kind: 'probation_order' });
  });

  it.each([
    ['a Windows program', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'documents.type_not_allowed'],
    ['plain text named .pdf', Buffer.from('This is not a court order.'), 'documents.type_not_allowed'],
    ['an empty file', Buffer.alloc(0), 'documents.empty'],
    ['a file over 10 MB', Buffer.concat([samplePdf, Buffer.alloc(maxDocumentBytes)]), 'documents.too_large'],
  ])('refuses %s, saving nothing', async (_name, bytes, code) => {
    const agency = await givenAgency(database.kysely);
    const ctx = staffCtxWithRoles(database.kysely, keyring, agency.id);
    const referralId = await givenReferral(ctx);
    expect(await refusal(uploadReferralDocument(ctx, { referralId, receive: sending(bytes) }))).toMatchObject({ kind: 'invalid', code });
    expect(await database.kysely.selectFrom('referral_document').select('id').where('agency_id', '=', agency.id).execute()).toEqual([]);
  });

  it('asks for a kind of document it knows', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = staffCtxWithRoles(database.kysely, keyring, agency.id);
    const referralId = await givenReferral(ctx);
    expect((await refusal(uploadReferralDocument(ctx, { referralId, receive: sending(samplePdf, 'a.pdf', 'warrant') }))).paths).toEqual(['body.kind:invalid_value']);
    expect((await refusal(uploadReferralDocument(ctx, { referralId, receive: async () => ({ kind: undefined, fileName: 'a.pdf', bytes: samplePdf }) }))).paths).toEqual(['body.kind:required']);
  });

  it("answers 404 for another agency's referral, and for a role without referral.write, before reading the file", async () => {
    const home = await givenAgency(database.kysely);
    const referralId = await givenReferral(staffCtxWithRoles(database.kysely, keyring, home.id));
    const other = await givenAgency(database.kysely);
    let read = false;
    const receive = async () => {
      read = true;
      return { kind: 'court_order', fileName: 'x.pdf', bytes: samplePdf };
    };
    expect(await refusal(uploadReferralDocument(staffCtxWithRoles(database.kysely, keyring, other.id), { referralId, receive }))).toMatchObject({ kind: 'not_found', code: 'documents.referral_not_found' });
    expect(await refusal(uploadReferralDocument(staffCtxWithRoles(database.kysely, keyring, home.id, ['facilitator']), { referralId, receive }))).toMatchObject({ kind: 'not_found' });
    expect(await refusal(uploadReferralDocument(staffCtxWithRoles(database.kysely, keyring, home.id), { referralId: randomUUID(), receive }))).toMatchObject({ kind: 'not_found' });
    expect(read).toBe(false);
  });
});
