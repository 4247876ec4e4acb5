import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import { type Database, openDatabase } from '../database.js';
import { migrateToLatest } from '../migrate.js';

/** The database a test file uses, and how to close it (and remove its PGlite copy). */
export interface TestDatabase extends Database {
  dataDir: string | undefined;
}

/**
 * Opens the database for one test file: the PostgreSQL server named by DATABASE_URL, or a
 * private copy of the migrated PGlite template. Tests isolate themselves with a fresh agency.
 */
export async function openTestDatabase(options: { fresh?: boolean } = {}): Promise<TestDatabase> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl && options.fresh) return openFreshServerDatabase(databaseUrl);
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

/**
 * A database of its own on the server, for tests that sweep whole tables (key rotation) and
 * must not meet rows other test files write concurrently. Dropped on close.
 */
async function openFreshServerDatabase(databaseUrl: string): Promise<TestDatabase> {
  const name = `pars_t_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 4 });
  await migrateToLatest(database.kysely);
  return {
    ...database,
    dataDir: undefined,
    close: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
