import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import { AppError } from '../core/shared/index.js';
import type { DB } from './schema.js';

/** `YYYYMMDDHHMM_verb_noun`, the only accepted migration file name (forward-only, ordered by time). */
export const migrationNamePattern = /^\d{12}_[a-z]+(_[a-z0-9]+)+$/;

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Loads every migration in `src/db/migrations` (or its build), refusing misnamed files. */
export async function loadMigrations(): Promise<Record<string, Migration>> {
  const files = (await readdir(migrationsDir)).filter(
    (file) => /\.(ts|js)$/.test(file) && !/\.(d|test)\.ts$/.test(file) && !file.endsWith('.map'),
  );
  const migrations: Record<string, Migration> = {};
  for (const file of files.sort()) {
    const name = file.replace(/\.(ts|js)$/, '');
    if (!migrationNamePattern.test(name)) {
      throw new Error(`Migration file "${file}" must be named YYYYMMDDHHMM_verb_noun`);
    }
    migrations[name] = (await import(pathToFileURL(join(migrationsDir, file)).href)) as Migration;
  }
  return migrations;
}

function migratorFor(kysely: Kysely<DB>): Migrator {
  // Unordered migrations are refused: history is forward-only and the same everywhere.
  return new Migrator({ db: kysely, provider: { getMigrations: loadMigrations } });
}

/** Applies every pending migration in order; the same set runs on PGlite and PostgreSQL. */
export async function migrateToLatest(kysely: Kysely<DB>): Promise<MigrationResult[]> {
  const { error, results } = await migratorFor(kysely).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('unexpected', 'system.migration_failed', { migration: failed }, { cause: error });
  }
  return results ?? [];
}

/** Lists migrations with whether each has been applied. */
export async function listMigrations(kysely: Kysely<DB>): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const infos = await migratorFor(kysely).getMigrations();
  return infos.map((info) => ({ name: info.name, executedAt: info.executedAt }));
}
