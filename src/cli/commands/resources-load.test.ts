import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { defaultResources } from '../../core/resources/index.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';

// Each `pars` process opens the database (PGlite takes seconds): give them room on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const bin = join(import.meta.dirname, '../../../bin/pars.js');
const folder = mkdtempSync(join(tmpdir(), 'pars-resources-load-'));
const dataDir = join(folder, 'data');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `pars` from source with a clean, explicit environment (as src/cli/cli.test.ts does). */
function pars(args: string[], env: Record<string, string> = {}) {
  const onServer = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {};
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PARS_FROM_SOURCE: '1', PARS_ENCRYPTION_KEYS: process.env.PARS_ENCRYPTION_KEYS ?? '', PARS_DATA_DIR: dataDir, ...onServer, ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new agency with an empty directory, made as an operator would (the same database `pars` opens). */
async function givenEmptyAgency(): Promise<string> {
  // A copy of the run's migrated template saves migrating a new PGlite folder from nothing.
  if (!process.env.DATABASE_URL) cpSync(join(inject('pgliteTemplate'), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, poolSize: 1 });
  try {
    await migrateToLatest(database.kysely);
    const slug = `r-${randomUUID().slice(0, 8)}`;
    await database.kysely.insertInto('agency').values({ slug, name: `Agency ${slug}` }).execute();
    return slug;
  } finally {
    await database.close();
  }
}

describe('pars resources load-defaults', () => {
  it('adds the default directory once, then says there is nothing to add, in English and French', async () => {
    const agency = await givenEmptyAgency();
    const total = defaultResources.length;
    const first = pars(['resources', 'load-defaults', '--agency', agency]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim()).toBe(`Added ${total} default resources to the directory (0 were already there).`);
    const again = pars(['resources', 'load-defaults', '--agency', agency], { PARS_LANG: 'fr' });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe(`Le répertoire contenait déjà les ${total} ressources par défaut; rien n'a été ajouté.`);
  });

  it('exits 66 for an unknown agency, and 64 without --agency', () => {
    const unknown = pars(['resources', 'load-defaults', '--agency', 'nowhere']);
    expect(unknown.code).toBe(66);
    expect(unknown.stderr).toContain('No agency has the short name nowhere');
    expect(pars(['resources', 'load-defaults']).code).toBe(64);
  });
});
