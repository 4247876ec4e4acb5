import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.js';
import { listMigrations, loadMigrations, migrateToLatest, migrationNamePattern } from './migrate.js';

/**
 * A brand-new database on this run's dialect (PGlite folder, or a new database on the
 * PostgreSQL server of DATABASE_URL), so the whole history is applied from nothing.
 */
async function openEmptyDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pars-migrate-'));
    const database = await openDatabase({ dataDir });
    return { database, dispose: async () => { await database.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const name = `pars_migrate_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '', poolSize: 2 });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.query(`drop database ${name}`);
      await admin.end();
    },
  };
}

describe(`migrations on ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite'}`, () => {
  let empty: Awaited<ReturnType<typeof openEmptyDatabase>>;
  beforeAll(async () => {
    empty = await openEmptyDatabase();
  }, 60_000);
  afterAll(async () => empty?.dispose());

  it('applies every migration in order from an empty database, then nothing on a second run', async () => {
    const files = Object.keys(await loadMigrations());
    const first = await migrateToLatest(empty.database.kysely);
    expect(first.map((result) => result.migrationName)).toEqual(files);
    expect(first.every((result) => result.status === 'Success')).toBe(true);
    expect(await migrateToLatest(empty.database.kysely)).toEqual([]);
    const listed = await listMigrations(empty.database.kysely);
    expect(listed.every((migration) => migration.executedAt instanceof Date)).toBe(true);
  });

  it('names every migration file YYYYMMDDHHMM_verb_noun', () => {
    const files = readdirSync(join(import.meta.dirname, 'migrations')).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file.replace(/\.ts$/, '')).toMatch(migrationNamePattern);
  });

  it('puts every tenant table under row-level security with agency_id first in its primary key', async () => {
    await migrateToLatest(empty.database.kysely);
    const tables = await sql<{ table_name: string; rls: boolean; pk: string[] | null }>`
      select c.relname as table_name, c.relrowsecurity as rls,
        (select array_agg(a.attname::text order by k.ordinality)
           from pg_constraint con
           cross join lateral unnest(con.conkey) with ordinality as k(attnum, ordinality)
           join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
          where con.conrelid = c.oid and con.contype = 'p') as pk
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname not like 'kysely_%'`.execute(empty.database.kysely);
    expect(tables.rows.length).toBeGreaterThan(1);
    for (const table of tables.rows) {
      expect({ table: table.table_name, rls: table.rls }).toEqual({ table: table.table_name, rls: true });
      const pk = table.pk ?? [];
      // `agency` is the tenant itself: its id is the distribution key.
      expect(table.table_name === 'agency' ? pk : pk.slice(0, 1)).toEqual(table.table_name === 'agency' ? ['id'] : ['agency_id']);
    }
  });

  it('indexes every foreign key to a record that grows with an agency, so reading a record\'s rows never scans the agency\'s', async () => {
    await migrateToLatest(empty.database.kysely);
    const growing = ['participant', 'partner', 'referral', 'group_session', 'contact_record', 'group_cycle', 'court_report', 'partner_notice'];
    const unindexed = await sql<{ name: string }>`
      with fk as (
        select con.conrelid, con.conname, con.confrelid::regclass::text as target,
          array(select a.attname::text from unnest(con.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.o) as cols
        from pg_constraint con join pg_namespace ns on ns.oid = con.connamespace
        where con.contype = 'f' and ns.nspname = 'public'
      ), idx as (
        select i.indrelid, array(select a.attname::text from unnest(i.indkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o) as cols
        from pg_index i
      )
      select fk.conname as name from fk
      where fk.target = any(${growing})
        and not exists (select 1 from idx where idx.indrelid = fk.conrelid and idx.cols[1:cardinality(fk.cols)] @> fk.cols and fk.cols @> idx.cols[1:cardinality(fk.cols)])
      order by 1`.execute(empty.database.kysely);
    expect(unindexed.rows.map((row) => row.name)).toEqual([]);
  });

  it('creates the app role without superuser or BYPASSRLS rights', async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>`
      select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = 'pars_app'`.execute(empty.database.kysely);
    expect(role.rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
  });
});
