import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { createKeyring } from '../../src/core/crypto/index.js';
import type { Keyring } from '../../src/core/crypto/keyring.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedScale } from '../../src/db/scale/seed-scale.js';

/** The generated year ends the day before this: fixed, so every run measures the same data. */
export const benchUntil = '2026-11-01';
export const benchSeed = 1;

/** One fixed key for generated data only (never for real data): a reused database stays readable. */
export const benchKeyring: Keyring = createKeyring({ activeKeyId: 'bench1', keys: { bench1: createHash('sha256').update('pars-bench-generated-data-only').digest() } });

export const serverRoot = process.env.BENCH_PG_ROOT ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Where PGlite data folders and other reusable state live between runs. */
export const cacheDir = process.env.BENCH_CACHE ?? join(process.cwd(), 'bench', '.cache');

export interface ScaleTarget {
  scale: number;
  dialect: 'postgres' | 'pglite';
}

/**
 * N× data is N× the agencies, each the size it has at 1× (agency k is the same at every scale:
 * its random source depends on the seed and k only), so a request reads the same tenant and
 * answers the same at 1× and 10×: growth measures what 10× the rows around it cost.
 */
export function agenciesAt(scale: number): number {
  return Math.max(1, Math.round(50 * scale));
}

function marker(scale: number): string {
  return JSON.stringify({ seed: benchSeed, scale, until: benchUntil, agencies: agenciesAt(scale) });
}

export function databaseName(scale: number): string {
  return `pars_bench_${String(scale).replace('.', '_')}x`;
}

function urlFor(name: string): string {
  const url = new URL(serverRoot);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database holding `pars seed --scale N` (seed 1, until 2026-11-01). A PostgreSQL database is
 * reused when its comment (written after a complete seed) names the same seed, scale and until;
 * otherwise it is dropped, created, migrated and seeded. PGlite: a cached data folder, same rule
 * with a marker row in a file beside it. Migrations run each time (new indexes land on old data).
 */
export async function openScaleDatabase(target: ScaleTarget, options: { poolSize?: number; log?: (line: string) => void } = {}): Promise<{ database: Database; url?: string; seededNow: boolean }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (target.dialect === 'postgres') {
    const name = databaseName(target.scale);
    const admin = new pg.Client({ connectionString: serverRoot });
    await admin.connect();
    let current: string | null = null;
    try {
      const found = await admin.query<{ comment: string | null }>('select shobj_description(oid, $2) as comment from pg_database where datname = $1', [name, 'pg_database']);
      if (found.rowCount === 0) await admin.query(`create database ${name}`);
      else current = found.rows[0]!.comment;
      if (found.rowCount !== 0 && current !== marker(target.scale)) {
        await admin.query(`drop database ${name} with (force)`);
        await admin.query(`create database ${name}`);
      }
    } finally {
      await admin.end();
    }
    const url = urlFor(name);
    const database = await openDatabase({ databaseUrl: url, dataDir: cacheDir, poolSize: options.poolSize ?? 10 });
    await migrateToLatest(database.kysely);
    const seededNow = current !== marker(target.scale);
    if (seededNow) {
      await seed(database, target.scale, log);
      await sql.raw(`comment on database ${name} is '${marker(target.scale)}'`).execute(database.kysely);
    }
    return { database, url, seededNow };
  }
  const dataDir = join(cacheDir, `pglite-${String(target.scale).replace('.', '_')}x`);
  mkdirSync(dataDir, { recursive: true });
  const database = await openDatabase({ dataDir });
  await migrateToLatest(database.kysely);
  await sql`create table if not exists public.bench_marker (value text not null)`.execute(database.kysely);
  const row = await sql<{ value: string }>`select value from public.bench_marker`.execute(database.kysely);
  const seededNow = row.rows[0]?.value !== marker(target.scale);
  if (seededNow) {
    if (row.rows.length > 0) throw new Error(`${dataDir} holds other data (${row.rows[0]!.value}): delete the folder`);
    await seed(database, target.scale, log);
    await sql`insert into public.bench_marker (value) values (${marker(target.scale)})`.execute(database.kysely);
  }
  return { database, seededNow };
}

async function seed(database: Database, scale: number, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let last = 0;
  const result = await seedScale(database.kysely, benchKeyring, {
    scale,
    seed: benchSeed,
    until: benchUntil,
    agencies: agenciesAt(scale),
    onProgress: (p) => {
      if (p.done || Date.now() - last > 10_000) {
        last = Date.now();
        log(`  seeding ${scale}× (${database.dialect}): agency ${p.agency}/${p.agencies}, ${p.rows.toLocaleString('en')} rows, ${Math.round(p.elapsedMs / 1000)} s`);
      }
    },
  });
  await sql`analyze`.execute(database.kysely);
  log(`  seeded ${scale}× (${database.dialect}): ${result.rows.toLocaleString('en')} rows in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * A throw-away copy of a seeded database for one run (the write benchmarks add rows): PostgreSQL
 * copies it as a template (no one may be connected to the original), PGlite copies the folder.
 */
export async function copyForRun(target: ScaleTarget): Promise<{ databaseUrl?: string; dataDir?: string; drop: () => Promise<void> }> {
  const tag = `${process.pid}`;
  if (target.dialect === 'postgres') {
    const source = databaseName(target.scale);
    const copy = `${source}_run_${tag}`;
    const admin = new pg.Client({ connectionString: serverRoot });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${copy} with (force)`);
      await admin.query(`create database ${copy} template ${source}`);
    } finally {
      await admin.end();
    }
    return {
      databaseUrl: urlFor(copy),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverRoot });
        await client.connect();
        try {
          await client.query(`drop database if exists ${copy} with (force)`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const source = join(cacheDir, `pglite-${String(target.scale).replace('.', '_')}x`);
  const dataDir = join(tmpdir(), `pars-bench-pglite-${tag}`);
  rmSync(dataDir, { recursive: true, force: true });
  cpSync(source, dataDir, { recursive: true, filter: (path) => !path.endsWith('.lock') });
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
