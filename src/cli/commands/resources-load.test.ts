import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { runPars } from '../testing/run-pars.js';
import { defaultResources } from '../../core/resources/index.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';

// Each `pars` process opens the database (PGlite takes seconds): give them room on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'pars-resources-load-'));
const dataDir = join(folder, 'data');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `pars` with this file's data folder. */
function pars(args: string[], env: Record<string, string> = {}) {
  return runPars(args, { PARS_DATA_DIR: dataDir, ...env }, 90_000);
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
