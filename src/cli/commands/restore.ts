import { resolve } from 'node:path';
import { restoreBackup } from '../../db/backup/restore-backup.js';
import { openDatabase } from '../../db/database.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import type { BackupIo } from './backup.js';

/**
 * `pars restore --from <file>`: a backup into a new, empty database (DATABASE_URL) or data
 * folder (PARS_DATA_DIR), either dialect whatever the backup's. All or nothing; the counts and
 * audit chain heads are checked against the backup before anything is kept.
 */
export async function restore(config: EnvConfig, options: { from: string }, io: BackupIo = {}): Promise<void> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = resolve(options.from);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    const summary = await restoreBackup(database.kysely, file, {
      onTable: (table, rows) => err(translate(config.locale, 'cli.backup.table', { table, rows })),
    });
    out(translate(config.locale, 'cli.restore.done', { file, tables: summary.tables, rows: summary.rows, agencies: summary.auditHeads.length }));
    for (const head of summary.auditHeads) out(translate(config.locale, 'cli.backup.head', { slug: head.slug, seq: head.lastSeq, hash: head.lastHash.slice(0, 16) }));
    out(translate(config.locale, 'cli.restore.migrated', { count: summary.migrated }));
    out(translate(config.locale, 'cli.restore.keys_reminder'));
  } finally {
    await database.close();
  }
}
