import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError } from '../../core/shared/index.js';
import type { Dialect } from '../database.js';
import type { DB } from '../schema.js';
import { type BackupTable, listBackupTables } from './backup-tables.js';
import { backupFormat, backupFormatVersion, type BackupHeader, type BackupSummary, type TableMarker } from './backup-format.js';

const fetchSize = 1_000;

export interface WriteBackupOptions {
  dialect: Dialect;
  parsVersion: string;
  now: Date;
  /** Called after each table is written. */
  onTable?: (table: string, rows: number) => void;
}

/**
 * Writes every table of the database (owner connection: all agencies, no row-level security)
 * to `file`, from one read-only snapshot, so the counts and audit heads of the header match the
 * rows exactly even while the server keeps writing. Rows stream through a cursor and gzip
 * (bounded memory); the file appears only once complete (written as `<file>.partial`, renamed).
 */
export async function writeBackup(kysely: Kysely<DB>, file: string, options: WriteBackupOptions): Promise<BackupSummary> {
  if (existsSync(file)) throw new AppError('conflict', 'backup.file_exists', { file });
  const partial = `${file}.partial`;
  try {
    const summary = await kysely
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const header = await readHeader(trx, options);
        const tables = await listBackupTables(trx);
        header.tables = [];
        for (const table of tables) {
          const counted = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table.name)}`.execute(trx);
          header.tables.push({ name: table.name, rows: Number(counted.rows[0]!.n) });
        }
        await pipeline(Readable.from(lines(trx, header, tables, options)), createGzip(), createWriteStream(partial, { mode: 0o600 }));
        return { file, migration: header.migration, tables: tables.length, rows: header.tables.reduce((sum, t) => sum + t.rows, 0), auditHeads: header.auditHeads };
      });
    renameSync(partial, file);
    return summary;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function readHeader(trx: Transaction<DB>, options: WriteBackupOptions): Promise<BackupHeader> {
  const migrated = await sql<{ exists: boolean }>`select to_regclass('public.kysely_migration') is not null as exists`.execute(trx);
  const last = migrated.rows[0]?.exists ? await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(trx) : { rows: [] };
  const migration = last.rows[0]?.name;
  if (!migration) throw new AppError('rule_violation', 'backup.not_migrated', {});
  const heads = await sql<{ agencyId: string; slug: string; lastSeq: string; lastHash: string }>`
    select h.agency_id as "agencyId", a.slug, h.last_seq::text as "lastSeq", h.last_hash as "lastHash"
    from audit_chain_head h join agency a on a.id = h.agency_id order by a.slug, h.agency_id`.execute(trx);
  return {
    format: backupFormat,
    version: backupFormatVersion,
    migration,
    createdAt: options.now.toISOString(),
    dialect: options.dialect,
    parsVersion: options.parsVersion,
    tables: [],
    auditHeads: heads.rows,
  };
}

async function* lines(trx: Transaction<DB>, header: BackupHeader, tables: BackupTable[], options: WriteBackupOptions): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  let total = 0;
  for (const [index, table] of tables.entries()) {
    const expected = header.tables[index]!.rows;
    const marker: TableMarker = { $table: table.name, columns: table.columns, rows: expected };
    yield `${JSON.stringify(marker)}\n`;
    await sql`declare pars_backup_rows no scroll cursor for ${rowsQuery(table)}`.execute(trx);
    let written = 0;
    for (;;) {
      const batch = await sql<{ row: string }>`fetch forward ${sql.raw(String(fetchSize))} from pars_backup_rows`.execute(trx);
      if (batch.rows.length === 0) break;
      written += batch.rows.length;
      // The row text goes out as PostgreSQL wrote it: never parsed here, so bigints and
      // microseconds keep every digit.
      yield `${batch.rows.map((r) => r.row).join('\n')}\n`;
    }
    await sql`close pars_backup_rows`.execute(trx);
    total += written;
    options.onTable?.(table.name, written);
  }
  yield `${JSON.stringify({ $end: true, tables: tables.length, rows: total })}\n`;
}

/** The rows of a table as JSON text, in primary-key order; rows that point at their own table come after the rows they point at. */
function rowsQuery(table: BackupTable) {
  const t = sql.table(table.name);
  const json = table.generated.length > 0 ? sql`(to_jsonb(r) - ${sql.val(table.generated)}::text[])::text` : sql`to_jsonb(r)::text`;
  const order = sql.join(table.primaryKey.map((column) => sql.ref(`r.${column}`)));
  if (table.selfReferences.length === 0) return sql`select ${json} as row from ${t} r order by ${order}`;
  const pk = sql.join(table.primaryKey.map((column) => sql.id(column)));
  const roots = sql.join(
    table.selfReferences.map((ref) => sql`(${sql.join(ref.columns.map((column) => sql`${sql.ref(`c.${column}`)} is null`), sql` or `)})`),
    sql` and `,
  );
  const links = sql.join(
    table.selfReferences.map((ref) => sql`(${sql.join(ref.columns.map((column, i) => sql`${sql.ref(`c.${column}`)} = ${sql.ref(`p.${ref.referenced[i]!}`)}`), sql` and `)})`),
    sql` or `,
  );
  const carried = [...new Set([...table.primaryKey, ...table.selfReferences.flatMap((ref) => ref.referenced)])];
  const pkOf = (alias: string) => sql.join(carried.map((column) => sql.ref(`${alias}.${column}`)));
  return sql`with recursive tree as (
      select ${pkOf('c')}, 0 as depth from ${t} c where ${roots}
      union all
      select ${pkOf('c')}, p.depth + 1 from ${t} c join tree p on ${links} where p.depth < 10000
    ), depth as (select ${pk}, max(depth) as depth from tree group by ${pk})
    select ${json} as row from ${t} r left join depth d using (${pk}) order by d.depth nulls last, ${order}`;
}
