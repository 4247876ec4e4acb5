import { type Kysely, sql } from 'kysely';
import type { EncryptedColumn } from '../../db/encrypted-columns.js';
import { encryptedColumns } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';

/** How many values of one column are still encrypted with one key other than the active one. */
export interface StaleValues {
  table: string;
  column: string;
  keyId: string;
  count: number;
}

/**
 * Counts the values not yet on `activeKeyId`, per column and key id (the envelope's second
 * part). Rotation uses it for its totals and to refuse early when a key it needs is gone; the
 * CLI uses it to tell an interrupted rotation from a finished one.
 */
export async function findStaleValues(
  kysely: Kysely<DB>,
  activeKeyId: string,
  columns: readonly EncryptedColumn[] = encryptedColumns,
): Promise<StaleValues[]> {
  const found: StaleValues[] = [];
  for (const { table, column } of columns) {
    const value = sql.ref(column);
    const { rows } = await sql<{ key_id: string; count: string }>`
      select split_part(${value}, '.', 2) as key_id, count(*) as count from ${sql.table(table)}
      where split_part(${value}, '.', 2) <> ${activeKeyId}
      group by 1 order by 1`.execute(kysely);
    for (const row of rows) found.push({ table, column, keyId: row.key_id, count: Number(row.count) });
  }
  return found;
}
