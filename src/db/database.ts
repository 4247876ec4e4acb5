import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../core/shared/index.js';
import { acquireDataFolderLock, type DataFolderLock } from './data-folder-lock.js';
import type { DB } from './schema.js';

export type Dialect = 'pglite' | 'postgres';

export interface DatabaseConfig {
  /** `postgres://…` selects a PostgreSQL server; absent selects embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder (the database lives in `<dataDir>/pglite`). */
  dataDir: string;
  /** Connections in the PostgreSQL pool (PGlite has exactly one). */
  poolSize?: number;
  /** Called when an idle pooled connection fails, so the process logs it instead of crashing. */
  onPoolError?: (error: Error) => void;
}

/** An open database: the Kysely instance (owner role) and how to close it. */
export interface Database {
  readonly kysely: Kysely<DB>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

// `date` columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's zone.
pg.types.setTypeParser(1082, (value: string) => value);

/**
 * Opens the configured database: a PostgreSQL server through a `pg` pool, or embedded PGlite
 * behind the same `pg` interface (one connection) after taking the data folder's lock.
 * Fails fast, in one translated line, when the server cannot be reached.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl ? openServer(config.databaseUrl, config) : openEmbedded(config);
}

async function openServer(databaseUrl: string, config: DatabaseConfig): Promise<Database> {
  const target = describeUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'pars',
  });
  pool.on('error', (error) => config.onPoolError?.(error));
  const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(kysely);
  } catch (cause) {
    await kysely.destroy().catch(() => undefined);
    throw new AppError('unavailable', 'system.database_unavailable', { target, reason: reasonOf(cause) }, { cause });
  }
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

async function openEmbedded(config: DatabaseConfig): Promise<Database> {
  const lock: DataFolderLock = acquireDataFolderLock(config.dataDir);
  try {
    // pgcrypto is deliberately absent: loaded before pg_trgm it breaks similarity search
    // (docs/decisions/002-database-dialects.md).
    const pglite = await PGlite.create({
      dataDir: join(config.dataDir, 'pglite'),
      extensions: { citext, pg_trgm, unaccent },
    });
    const pool = new pg.Pool(createPgConfig(pglite));
    pool.on('error', (error) => config.onPoolError?.(error));
    const kysely = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kysely,
      dialect: 'pglite',
      close: async () => {
        await kysely.destroy();
        await pglite.close();
        lock.release();
      },
    };
  } catch (cause) {
    lock.release();
    throw new AppError('unavailable', 'system.database_unavailable', { target: config.dataDir, reason: reasonOf(cause) }, { cause });
  }
}

/** Parses a DATABASE_URL and names its host/database without the password. */
export function describeUrl(databaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new AppError('invalid', 'system.database_url_invalid', {});
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new AppError('invalid', 'system.database_url_invalid', {});
  }
  return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'}`;
}

function reasonOf(cause: unknown): string {
  const error = cause as { code?: string; message?: string };
  // Error codes (ECONNREFUSED, 3D000 …) say enough and never contain credentials.
  return error?.code ?? (error?.message ?? 'unknown').split('\n')[0]!.slice(0, 120);
}
