import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Keyring } from '../../../core/crypto/index.js';
import { encryptedColumns } from '../../encrypted-columns.js';
import type { DB } from '../../schema.js';

/**
 * A sample of decrypted values: for every registered encrypted column, the first `perColumn`
 * non-null values in key order, decrypted with `keyring` and reduced to a SHA-256 (so a
 * comparison can be printed without printing partner details). Two databases holding the same
 * data give equal samples; a value that fails to decrypt throws.
 */
export async function decryptedSample(kysely: Kysely<DB>, keyring: Keyring, perColumn = 20): Promise<Map<string, string>> {
  const sample = new Map<string, string>();
  for (const column of encryptedColumns) {
    const keys = sql.join(column.keyColumns.map((name) => sql.id(name)));
    const rows = await sql<Record<string, unknown>>`
      select ${keys}, ${sql.id(column.column)} as value from ${sql.table(column.table)}
      where ${sql.id(column.column)} is not null order by ${keys} limit ${perColumn}`.execute(kysely);
    for (const row of rows.rows) {
      const plain = keyring.decrypt(String(row.value), column.context(row));
      const id = `${column.table}.${column.column}:${column.keyColumns.map((name) => String(row[name])).join(':')}`;
      sample.set(id, createHash('sha256').update(plain).digest('hex'));
    }
  }
  return sample;
}
