import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runPars } from '../testing/run-pars.js';
import { problemLine, rowRanges } from './referrals-import.js';

// Each `pars` process opens the database (PGlite takes seconds): give them room on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'pars-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `pars` with this file's data folder. */
function pars(args: string[], env: Record<string, string> = {}) {
  return runPars(args, { PARS_DATA_DIR: join(folder, 'data'), ...env }, 90_000);
}

const birthDateMessage = {
  en: 'Row 3, column date_of_birth: Enter a birth date in the past that gives an age between 12 and 110.',
  fr: 'Ligne 3, colonne date_of_birth : Entrez une date de naissance passée qui donne un âge de 12 à 110 ans.',
};

describe('the import report', () => {
  it('names the row and column, then says what to fix, in English and French', () => {
    const problem = { row: 3, column: 'date_of_birth', code: 'custom', params: { reason: 'birth_date_range' } };
    expect(problemLine('en-CA', problem)).toBe(birthDateMessage.en);
    expect(problemLine('fr-CA', problem)).toBe(birthDateMessage.fr);
    expect(problemLine('en-CA', { row: 5, column: 'gender', code: 'csv_choice', params: { values: 'man, woman' } })).toBe('Row 5, column gender: Enter one of: man, woman.');
    expect(problemLine('fr-CA', { row: null, column: null, code: 'csv_unknown_columns', params: { columns: 'shoe_size' } })).toMatch(/^Fichier : L'en-tête nomme des colonnes .* : shoe_size\./);
  });

  it('lists row numbers as short ranges', () => {
    expect(rowRanges([7, 2, 3, 4, 9, 10])).toBe('2–4, 7, 9–10');
  });
});

describe('pars referrals import', () => {
  it('refuses a file with a bad row (exit 65), imports its valid rows with --accept-valid, and nothing twice', () => {
    expect(pars(['seed', '--demo']).code).toBe(0);
    // A court file number unique to this run keeps the file new on a shared PostgreSQL database.
    const run = randomUUID().slice(0, 8);
    const header = 'given_name,family_name,date_of_birth,gender,group_gender,language,source,stream,court_file_number,charges,order_date,partner_name,partner_relationship';
    const row = (n: number, dateOfBirth = '1985-06-15') => `Person${n},"Cli, ${n}",${dateOfBirth},man,men,en,central_intake,probation_order,CF-${run}-${n},"assault; mischief, under $5000",2024-01-15,Partner ${n},victim`;
    const file = join(folder, `referrals-${run}.csv`);
    writeFileSync(file, `\uFEFF${[header, row(1), row(2, '2020-01-01'), row(3)].join('\r\n')}\r\n`);

    const refused = pars(['referrals', 'import', file, '--agency', 'demo']);
    expect(refused.code, refused.stderr).toBe(65);
    expect(refused.stdout.trim()).toBe(birthDateMessage.en);
    expect(refused.stderr.trim()).toBe('pars: The file has one problem, listed above; nothing was imported. Correct the rows and import the file again, or add --accept-valid to import only the rows without problems.');

    const french = pars(['referrals', 'import', file, '--agency', 'demo', '--dry-run', '--accept-valid'], { PARS_LANG: 'fr' });
    expect(french.code, french.stderr).toBe(0);
    expect(french.stdout).toContain(birthDateMessage.fr);
    expect(french.stdout).toContain("Simulation : 2 lignes seraient importées; rien n'a été écrit.");

    const accepted = pars(['referrals', 'import', file, '--agency', 'demo', '--accept-valid']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain(birthDateMessage.en);
    expect(accepted.stdout).toContain('Imported 2 referrals (rows 2, 4).');
    expect(accepted.stdout).toContain('1 row was rejected (row 3); correct it and import it in a new file holding only the corrected rows.');

    const again = pars(['referrals', 'import', file, '--agency', 'demo', '--accept-valid']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('No new referrals were imported.');
    expect(again.stdout).toContain('2 rows were already imported from this same file; nothing new was created for them (rows 2, 4).');
  });

  it('exits 66 for a file that cannot be read or an unknown agency', () => {
    const missing = pars(['referrals', 'import', join(folder, 'nowhere.csv'), '--agency', 'demo']);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('Cannot read the file');
    const file = join(folder, 'any.csv');
    writeFileSync(file, 'given_name\n');
    expect(pars(['referrals', 'import', file, '--agency', 'nowhere']).code).toBe(66);
  });
});
