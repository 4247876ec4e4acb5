import { type Kysely, sql } from 'kysely';
import type { EncryptedColumn } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from './keyring.js';

/** A row as rotation read it: its key columns and the encrypted value (`value`). */
export type ReadRow = Record<string, unknown> & { value: string };

/**
 * Re-encrypts rows with the active key. Each update applies only while the value is still the
 * one that was read (`where <column> = <old value>`), so an edit made in between is never
 * overwritten with an older plaintext. Returns how many rows were updated.
 */
export async function reencryptRows(db: Kysely<DB>, column: EncryptedColumn, keyring: Keyring, rows: readonly ReadRow[]): Promise<number> {
  let updated = 0;
  for (const row of rows) {
    const context = column.context(row);
    const next = keyring.encrypt(keyring.decrypt(row.value, context), context);
    const sameRow = column.keyColumns.map((name) => sql`${sql.ref(name)} = ${row[name]}`);
    const result = await sql`
      update ${sql.table(column.table)} set ${sql.ref(column.column)} = ${next}
      where ${sql.join(sameRow, sql` and `)} and ${sql.ref(column.column)} = ${row.value}`.execute(db);
    updated += Number(result.numAffectedRows ?? 0n);
  }
  return updated;
}
