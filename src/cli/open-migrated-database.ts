import { type Database, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { EnvConfig } from './env-config.js';

/** Opens the configured database and brings it to the latest migration (closing it if that fails). */
export async function openMigratedDatabase(
  config: EnvConfig,
  onPoolError?: (error: Error) => void,
): Promise<{ database: Database; applied: number }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    onPoolError,
  });
  try {
    const results = await migrateToLatest(database.kysely);
    return { database, applied: results.length };
  } catch (error) {
    await database.close();
    throw error;
  }
}
