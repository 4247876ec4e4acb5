import { type Kysely, sql } from 'kysely';
import { type EncryptedColumn, encryptedColumns } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../shared/index.js';
import { isValidKeyId } from './crypto.rules.js';
import { findStaleValues } from './find-stale-values.js';
import type { Keyring } from './keyring.js';
import { type ReadRow, reencryptRows } from './reencrypt-rows.js';

/** Where a rotation is: `done` of `total` values of one column re-encrypted. */
export interface RotationProgress {
  table: string;
  column: string;
  done: number;
  total: number;
}

export interface RotateKeysOptions {
  batchSize?: number;
  /** Called after each committed batch, and once (0/0) for a column with nothing to do. */
  onProgress?: (progress: RotationProgress) => void;
  /** Defaults to every registered column. */
  columns?: readonly EncryptedColumn[];
}

/**
 * Re-encrypts every registered column's values that are not on the active key, in batches that
 * each commit on their own: an interrupted rotation loses at most one batch and resumes by
 * running again. Runs as the owner (no row-level security): it is an operator's command.
 */
export async function rotateKeys(kysely: Kysely<DB>, keyring: Keyring, options: RotateKeysOptions = {}): Promise<{ reencrypted: number }> {
  const { batchSize = 500, onProgress, columns = encryptedColumns } = options;
  const stale = await findStaleValues(kysely, keyring.activeKeyId, columns);
  const missing = stale.find((entry) => !keyring.keyIds.includes(entry.keyId));
  if (missing) {
    // Refuse before changing anything: those values cannot be read without the missing key.
    const keyId = isValidKeyId(missing.keyId) ? missing.keyId : 'unknown';
    throw new AppError('invalid', 'crypto.key_still_used', { keyId, table: missing.table, column: missing.column });
  }
  let reencrypted = 0;
  for (const column of columns) {
    const total = stale.filter((entry) => entry.table === column.table && entry.column === column.column).reduce((sum, entry) => sum + entry.count, 0);
    if (total === 0) {
      onProgress?.({ table: column.table, column: column.column, done: 0, total: 0 });
      continue;
    }
    let done = 0;
    let cursor: unknown[] | undefined;
    // Large values (documents) rotate a few rows at a time, so a batch never holds gigabytes.
    const size = Math.min(batchSize, column.batchSize ?? batchSize);
    for (;;) {
      const batch = await kysely.transaction().execute(async (trx) => {
        const rows = await readBatch(trx, column, keyring.activeKeyId, cursor, size);
        return { rows, updated: await reencryptRows(trx, column, keyring, rows) };
      });
      if (batch.rows.length === 0) break;
      const last = batch.rows[batch.rows.length - 1]!;
      cursor = column.keyColumns.map((name) => last[name]);
      done += batch.updated;
      reencrypted += batch.updated;
      onProgress?.({ table: column.table, column: column.column, done, total: Math.max(total, done) });
      if (batch.rows.length < size) break;
    }
  }
  return { reencrypted };
}

/** The next rows after `cursor` (primary-key order) not on the active key, locked until commit. */
async function readBatch(trx: Kysely<DB>, column: EncryptedColumn, activeKeyId: string, cursor: unknown[] | undefined, limit: number): Promise<ReadRow[]> {
  const keys = sql.join(column.keyColumns.map((name) => sql.ref(name)));
  const value = sql.ref(column.column);
  const after = cursor ? sql`and (${keys}) > (${sql.join(cursor)})` : sql``;
  const { rows } = await sql<ReadRow>`
    select ${keys}, ${value} as value from ${sql.table(column.table)}
    where split_part(${value}, '.', 2) <> ${activeKeyId} ${after}
    order by ${keys} limit ${limit} for update`.execute(trx);
  return rows;
}
