import { z } from 'zod';
import { AppError } from '../../core/shared/index.js';

/**
 * The backup file: gzip'd JSON lines. Line 1 is the header; then, per table in foreign-key
 * order, a marker line `{"$table": …}` followed by one line per row (the row as PostgreSQL's
 * `to_jsonb` writes it, so every type round-trips exactly on either dialect); the last line is
 * `{"$end": …}`, so a cut-off file is told from a complete one. Encrypted columns are copied as
 * they are: the keys are not in the backup.
 */
export const backupFormat = 'pars-backup';
export const backupFormatVersion = 1;

export const BackupHeader = z.object({
  format: z.literal(backupFormat),
  version: z.number().int(),
  /** The last migration applied to the database the backup was taken from. */
  migration: z.string(),
  createdAt: z.string(),
  dialect: z.enum(['pglite', 'postgres']),
  parsVersion: z.string(),
  /** Row counts, in the order the tables follow in the file (parents first). */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  /** Each agency's audit chain head when the backup was taken (`lastSeq` as text: a bigint). */
  auditHeads: z.array(z.object({ agencyId: z.string(), slug: z.string(), lastSeq: z.string(), lastHash: z.string() })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const TableMarker = z.object({ $table: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() });
export type TableMarker = z.infer<typeof TableMarker>;

export const EndMarker = z.object({ $end: z.literal(true), tables: z.number().int(), rows: z.number().int() });

/** Parses the first line of a backup, refusing anything that is not a PARS backup of a format this code reads. */
export function parseHeader(line: string | undefined, file: string): BackupHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line ?? '');
  } catch {
    parsed = undefined;
  }
  const header = BackupHeader.safeParse(parsed);
  if (!header.success) throw new AppError('invalid', 'backup.not_a_backup', { file });
  if (header.data.version > backupFormatVersion) throw new AppError('invalid', 'backup.format_too_new', { file, version: header.data.version });
  return header.data;
}

/** What a backup or a restore reports: totals and the audit chain heads. */
export interface BackupSummary {
  file: string;
  migration: string;
  tables: number;
  rows: number;
  auditHeads: BackupHeader['auditHeads'];
}
