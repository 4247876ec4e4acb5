import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKeyring } from '../crypto/create-keyring.js';
import { rotateKeys } from '../crypto/rotate-keys.js';
import { encryptedColumns } from '../../db/encrypted-columns.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { getReferralDocument } from './get-referral-document.js';
import { givenReferral, staffCtxWithRoles } from './testing/given-referral.js';
import { samplePdf } from './testing/sample-documents.js';
import { uploadReferralDocument } from './upload-referral-document.js';

/** `pars keys rotate` re-encrypts stored documents, and they still download byte for byte. */
let database: TestDatabase;
beforeAll(async () => {
  // A database of its own: rotation sweeps the whole table.
  database = await openTestDatabase({ fresh: true });
});
afterAll(async () => database?.close());

it('re-encrypts a stored document under the new key, and it still matches its digest', async () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const before = createKeyring({ activeKeyId: 'k1', keys: { k1 } });
  const after = createKeyring({ activeKeyId: 'k2', keys: { k1, k2 } });
  const agency = await givenAgency(database.kysely);
  const ctx = staffCtxWithRoles(database.kysely, before, agency.id);
  const referralId = await givenReferral(ctx);
  const saved = await uploadReferralDocument(ctx, { referralId, receive: async () => ({ kind: 'court_order', fileName: 'order.pdf', bytes: samplePdf }) });
  const column = encryptedColumns.filter((c) => c.table === 'referral_document');
  expect(column).toHaveLength(1);
  expect(await rotateKeys(database.kysely, after, { columns: column })).toEqual({ reencrypted: 1 });
  const row = await database.kysely.selectFrom('referral_document').select('content_encrypted').where('id', '=', saved.id).executeTakeFirstOrThrow();
  expect(after.keyIdOf(row.content_encrypted)).toBe('k2');
  const file = await getReferralDocument(staffCtxWithRoles(database.kysely, after, agency.id), { referralId, documentId: saved.id });
  expect(file.bytes.equals(samplePdf)).toBe(true);
});
