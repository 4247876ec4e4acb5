import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, Migrator, sql, type Transaction } from 'kysely';
import { AppError } from '../../core/shared/index.js';
import { loadMigrations, migrateToLatest } from '../migrate.js';
import type { DB } from '../schema.js';
import { type BackupTable, listBackupTables } from './backup-tables.js';
import { type BackupHeader, type BackupSummary, EndMarker, parseHeader, TableMarker } from './backup-format.js';
import { checkRestored } from './check-restored.js';

const batchRows = 1_000;
const batchBytes = 4_000_000;

export interface RestoreOptions {
  /** Called after each table is inserted. */
  onTable?: (table: string, rows: number) => void;
}

/** Reads only the header of a backup file. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const reader = backupLines(file);
  try {
    const first = await reader.next();
    return parseHeader(first.done ? undefined : first.value, file);
  } finally {
    await reader.return(undefined);
  }
}

/**
 * Restores a backup into an empty database: refuses a database that holds any row or has
 * migrations past the backup's, and a backup from a newer PARS; migrates to the backup's
 * migration, inserts every table in foreign-key order in ONE transaction, checks the row counts
 * and each agency's audit chain head against the header before committing (a mismatch rolls
 * everything back), then applies the newer migrations this code has.
 */
export async function restoreBackup(kysely: Kysely<DB>, file: string, options: RestoreOptions = {}): Promise<BackupSummary & { migrated: number }> {
  const header = await readBackupHeader(file);
  const known = Object.keys(await loadMigrations()).sort();
  if (!known.includes(header.migration)) throw new AppError('conflict', 'backup.newer_than_code', { migration: header.migration });
  await refuseNonEmpty(kysely);
  const applied = await appliedMigrations(kysely);
  const past = applied.find((name) => name > header.migration);
  if (past) throw new AppError('conflict', 'backup.target_migrated_past', { migration: header.migration, applied: past });

  const { error } = await new Migrator({ db: kysely, provider: { getMigrations: loadMigrations } }).migrateTo(header.migration);
  if (error) throw new AppError('unexpected', 'system.migration_failed', { migration: header.migration }, { cause: error });
  // Migrations create no rows today; if one ever does, a restore must not silently merge with it.
  await refuseNonEmpty(kysely);

  const tables = new Map((await listBackupTables(kysely)).map((table) => [table.name, table]));
  const rows = await kysely.transaction().execute(async (trx) => {
    const inserted = await insertAll(trx, file, tables, options);
    await checkRestored(trx, header);
    return inserted;
  });
  const migrated = await migrateToLatest(kysely);
  return { file, migration: header.migration, tables: header.tables.length, rows, auditHeads: header.auditHeads, migrated: migrated.length };
}

async function insertAll(trx: Transaction<DB>, file: string, tables: Map<string, BackupTable>, options: RestoreOptions): Promise<number> {
  let current: { table: BackupTable; columns: string[]; rows: number } | undefined;
  let batch: string[] = [];
  let bytes = 0;
  let total = 0;
  let ended = false;
  const flush = async () => {
    if (!current || batch.length === 0) return;
    await insertBatch(trx, current.table, current.columns, batch);
    current.rows += batch.length;
    total += batch.length;
    batch = [];
    bytes = 0;
  };
  const finishTable = async () => {
    await flush();
    if (!current) return;
    await moveIdentitySequences(trx, current.table);
    options.onTable?.(current.table.name, current.rows);
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (ended || line.length === 0) continue;
    if (!line.startsWith('{"$')) {
      if (!current) throw new AppError('invalid', 'backup.not_a_backup', { file });
      batch.push(line);
      bytes += line.length;
      if (batch.length >= batchRows || bytes >= batchBytes) await flush();
      continue;
    }
    await finishTable();
    const parsed: unknown = JSON.parse(line);
    if (EndMarker.safeParse(parsed).success) {
      ended = true;
      current = undefined;
      continue;
    }
    const marker = TableMarker.safeParse(parsed);
    if (!marker.success) throw new AppError('invalid', 'backup.not_a_backup', { file });
    const table = tables.get(marker.data.$table);
    const unknown = table ? marker.data.columns.filter((column) => !table.columns.includes(column)) : [];
    if (!table || unknown.length > 0) throw new AppError('invalid', 'backup.schema_mismatch', { table: marker.data.$table, columns: unknown.join(', ') });
    current = { table, columns: marker.data.columns, rows: 0 };
  }
  if (!ended) throw new AppError('invalid', 'backup.truncated', { file });
  return total;
}

async function insertBatch(trx: Transaction<DB>, table: BackupTable, columns: string[], rows: string[]): Promise<void> {
  const list = sql.join(columns.map((column) => sql.id(column)));
  const overriding = table.identity.length > 0 ? sql`overriding system value` : sql``;
  // PostgreSQL parses the rows it wrote: every type (timestamps to the microsecond, bigints,
  // arrays, jsonb) comes back as it was, whichever dialect wrote or reads it.
  await sql`insert into ${sql.table(table.name)} (${list}) ${overriding}
    select ${list} from jsonb_populate_recordset(null::${sql.table(table.name)}, ${`[${rows.join(',')}]`}::jsonb)`.execute(trx);
}

/** Identity columns were copied with their values: the next generated value must follow them. */
async function moveIdentitySequences(trx: Transaction<DB>, table: BackupTable): Promise<void> {
  for (const column of table.identity) {
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${column}), coalesce(max(${sql.id(column)}), 1), max(${sql.id(column)}) is not null) from ${sql.table(table.name)}`.execute(trx);
  }
}

async function refuseNonEmpty(kysely: Kysely<DB>): Promise<void> {
  for (const table of await listBackupTables(kysely)) {
    const found = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(table.name)}) as any`.execute(kysely);
    if (found.rows[0]?.any) throw new AppError('conflict', 'backup.target_not_empty', { table: table.name });
  }
}

async function appliedMigrations(kysely: Kysely<DB>): Promise<string[]> {
  const exists = await sql<{ exists: boolean }>`select to_regclass('public.kysely_migration') is not null as exists`.execute(kysely);
  if (!exists.rows[0]?.exists) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(kysely);
  return rows.rows.map((row) => row.name);
}

/** The lines of a gzip'd backup, streamed. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) yield line;
  } finally {
    reader.close();
    input.destroy();
  }
}
