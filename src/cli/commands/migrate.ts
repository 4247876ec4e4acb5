import { openDatabase } from '../../db/database.js';
import { listMigrations, migrateToLatest } from '../../db/migrate.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';

/** `pars migrate`: apply pending migrations (or, with --status, list them). */
export async function migrate(config: EnvConfig, options: { status: boolean }): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    if (options.status) {
      for (const migration of await listMigrations(database.kysely)) {
        process.stdout.write(`${migration.executedAt ? migration.executedAt.toISOString() : 'pending                 '}  ${migration.name}\n`);
      }
      return;
    }
    const results = await migrateToLatest(database.kysely);
    for (const result of results) process.stdout.write(`  ${result.migrationName}\n`);
    process.stdout.write(`${translate(config.locale, 'cli.migrate.applied', { count: results.length })}\n`);
  } finally {
    await database.close();
  }
}
