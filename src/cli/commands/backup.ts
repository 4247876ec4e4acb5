import { resolve } from 'node:path';
import { systemClock } from '../../core/shared/index.js';
import { writeBackup } from '../../db/backup/write-backup.js';
import { openDatabase } from '../../db/database.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { version } from '../version.js';

/** Where `pars backup` and `pars restore` write; standard output and error by default. */
export interface BackupIo {
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/**
 * `pars backup --to <file>`: every table of every agency, from one consistent snapshot, as a
 * gzip'd JSON-lines file (src/db/backup). The database is not migrated or changed. The keys
 * are not in the file, and the command says so.
 */
export async function backup(config: EnvConfig, options: { to: string }, io: BackupIo = {}): Promise<void> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = resolve(options.to);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    const summary = await writeBackup(database.kysely, file, {
      dialect: database.dialect,
      parsVersion: version,
      now: systemClock.now(),
      onTable: (table, rows) => err(translate(config.locale, 'cli.backup.table', { table, rows })),
    });
    out(translate(config.locale, 'cli.backup.written', { file, tables: summary.tables, rows: summary.rows, migration: summary.migration }));
    for (const head of summary.auditHeads) out(translate(config.locale, 'cli.backup.head', { slug: head.slug, seq: head.lastSeq, hash: head.lastHash.slice(0, 16) }));
    out(translate(config.locale, 'cli.backup.keys_not_included'));
  } finally {
    await database.close();
  }
}
