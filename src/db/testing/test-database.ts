import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../database.js';

/** The database a test file uses, and how to close it (and remove its PGlite copy). */
export interface TestDatabase extends Database {
  dataDir: string | undefined;
}

/**
 * Opens the database for one test file: the PostgreSQL server named by DATABASE_URL, or a
 * private copy of the migrated PGlite template. Tests isolate themselves with a fresh agency.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const database = await openDatabase({ databaseUrl, dataDir: '', poolSize: 4 });
    return { ...database, dataDir: undefined };
  }
  const template = inject('pgliteTemplate');
  const dataDir = mkdtempSync(join(tmpdir(), 'pars-test-'));
  cpSync(join(template, 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  const database = await openDatabase({ dataDir });
  return {
    ...database,
    dataDir,
    close: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** True when this run targets a PostgreSQL server rather than embedded PGlite. */
export const onServer = Boolean(process.env.DATABASE_URL);
