import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptedColumns, fieldContext } from '../../db/encrypted-columns.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { createKeyring } from './create-keyring.js';
import { findStaleValues } from './find-stale-values.js';
import type { Keyring } from './keyring.js';
import { reencryptRows } from './reencrypt-rows.js';
import { type RotationProgress, rotateKeys } from './rotate-keys.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const oldKeyring = createKeyring({ activeKeyId: 'k1', keys: { k1 } });
const newKeyring = createKeyring({ activeKeyId: 'k2', keys: { k1, k2 } });
const names = ['Geneviève Côté', 'Zoë Tremblay', 'Noël Bélanger', 'Anaïs Lévesque', 'Éloïse Roy', 'Chloé Gagnon', 'Maëlle Ouellet'];

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase({ fresh: true });
});
afterEach(async () => {
  await database.close();
});

/** Partners of a fresh agency, named under `keyring` as the app would write them. */
async function givenPartners(keyring: Keyring, count = names.length): Promise<{ agencyId: string; ids: Map<string, string> }> {
  const agency = await givenAgency(database.kysely);
  const ids = new Map<string, string>();
  for (const name of names.slice(0, count)) {
    const id = randomUUID();
    ids.set(id, name);
    const encrypted = keyring.encrypt(name, fieldContext('partner', 'full_name', agency.id, id));
    await database.kysely.insertInto('partner').values({ agency_id: agency.id, id, full_name_encrypted: encrypted }).execute();
  }
  return { agencyId: agency.id, ids };
}

async function partnerValues(agencyId: string) {
  return database.kysely.selectFrom('partner').select(['id', 'full_name_encrypted']).where('agency_id', '=', agencyId).execute();
}

describe('rotateKeys', () => {
  it('re-encrypts every registered column with the active key, keeping the text', async () => {
    const { agencyId, ids } = await givenPartners(oldKeyring);
    const user = await database.kysely
      .insertInto('app_user')
      .values({ agency_id: agencyId, email: `${randomUUID()}@example.org`, display_name: 'Staff', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const secretContext = fieldContext('mfa_secret', 'secret', agencyId, user.id);
    await database.kysely
      .insertInto('mfa_secret')
      .values({ agency_id: agencyId, user_id: user.id, secret_encrypted: oldKeyring.encrypt('JBSWY3DPEHPK3PXP', secretContext) })
      .execute();

    const progress: RotationProgress[] = [];
    const result = await rotateKeys(database.kysely, newKeyring, { batchSize: 3, onProgress: (p) => progress.push(p) });

    expect(result).toEqual({ reencrypted: 8 });
    // Columns with nothing to re-encrypt report 0/0; the ones this test filled report their batches.
    expect(progress.filter((p) => p.total > 0)).toEqual([
      { table: 'partner', column: 'full_name_encrypted', done: 3, total: 7 },
      { table: 'partner', column: 'full_name_encrypted', done: 6, total: 7 },
      { table: 'partner', column: 'full_name_encrypted', done: 7, total: 7 },
      { table: 'mfa_secret', column: 'secret_encrypted', done: 1, total: 1 },
    ]);
    for (const row of await partnerValues(agencyId)) {
      expect(newKeyring.keyIdOf(row.full_name_encrypted)).toBe('k2');
      expect(newKeyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, row.id))).toBe(ids.get(row.id));
      expect(() => oldKeyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, row.id))).toThrow();
    }
    const secret = await database.kysely.selectFrom('mfa_secret').select('secret_encrypted').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(newKeyring.decrypt(secret.secret_encrypted, secretContext)).toBe('JBSWY3DPEHPK3PXP');
    expect(await findStaleValues(database.kysely, 'k2')).toEqual([]);
    expect(await rotateKeys(database.kysely, newKeyring)).toEqual({ reencrypted: 0 });
  });

  it('resumes an interrupted rotation by running again', async () => {
    const { agencyId, ids } = await givenPartners(oldKeyring);
    const interrupt = () => {
      throw new Error('interrupted');
    };
    await expect(rotateKeys(database.kysely, newKeyring, { batchSize: 3, onProgress: interrupt })).rejects.toThrow('interrupted');
    // The first batch was committed before the interruption; nothing after it ran.
    expect(await findStaleValues(database.kysely, 'k2')).toEqual([{ table: 'partner', column: 'full_name_encrypted', keyId: 'k1', count: 4 }]);

    expect(await rotateKeys(database.kysely, newKeyring, { batchSize: 3 })).toEqual({ reencrypted: 4 });
    for (const row of await partnerValues(agencyId)) {
      expect(newKeyring.keyIdOf(row.full_name_encrypted)).toBe('k2');
      expect(newKeyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, row.id))).toBe(ids.get(row.id));
    }
  });

  it('never overwrites a value changed between reading and writing it', async () => {
    const { agencyId } = await givenPartners(oldKeyring, 1);
    const [read] = await partnerValues(agencyId);
    const context = fieldContext('partner', 'full_name', agencyId, read!.id);
    const edited = oldKeyring.encrypt('Nouveau nom : Hélène', context);
    await database.kysely.updateTable('partner').set({ full_name_encrypted: edited }).where('id', '=', read!.id).execute();

    const partnerColumn = encryptedColumns.find((column) => column.table === 'partner')!;
    const stale = { agency_id: agencyId, id: read!.id, value: read!.full_name_encrypted };
    expect(await reencryptRows(database.kysely, partnerColumn, newKeyring, [stale])).toBe(0);
    expect((await partnerValues(agencyId))[0]!.full_name_encrypted).toBe(edited);

    await rotateKeys(database.kysely, newKeyring);
    const [after] = await partnerValues(agencyId);
    expect(newKeyring.keyIdOf(after!.full_name_encrypted)).toBe('k2');
    expect(newKeyring.decrypt(after!.full_name_encrypted, context)).toBe('Nouveau nom : Hélène');
  });

  it('refuses, changing nothing, when a key still in use is not configured', async () => {
    const { agencyId } = await givenPartners(oldKeyring, 2);
    const before = await partnerValues(agencyId);
    const withoutK1 = createKeyring({ activeKeyId: 'k2', keys: { k2 } });
    await expect(rotateKeys(database.kysely, withoutK1)).rejects.toMatchObject({
      kind: 'invalid',
      code: 'crypto.key_still_used',
      params: { keyId: 'k1', table: 'partner', column: 'full_name_encrypted' },
    });
    expect(await partnerValues(agencyId)).toEqual(before);
  });
});
