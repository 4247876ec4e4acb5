import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runPars } from '../testing/run-pars.js';
import { type HsdsService, toHsdsService } from '../../core/resources/hsds-map.js';
import { ResourceRecord } from '../../core/resources/resource-record.js';

// Each `pars` process opens the database (PGlite takes seconds): give them room on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const folder = mkdtempSync(join(tmpdir(), 'pars-hsds-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `pars` with this file's data folder. */
function pars(args: string[], env: Record<string, string> = {}) {
  return runPars(args, { PARS_DATA_DIR: join(folder, 'data'), ...env }, 120_000);
}

describe('pars resources export and import (HSDS 3.1)', () => {
  beforeAll(() => {
    expect(pars(['seed', '--demo']).code).toBe(0);
  }, 300_000);

  it('imports a file all or nothing (or its valid services), exports JSON and a CSV package, and re-imports the package unchanged', () => {
    // Keys unique to this run keep the test repeatable on a shared PostgreSQL database.
    const run = randomUUID().slice(0, 8);
    const record = (key: string, name: string) =>
      ResourceRecord.parse({ key: `${key}-${run}`, name, nameFr: `${name} (fr)`, categories: ['counselling'], phones: [{ kind: 'voice', dial: '+16135550199', display: '613-555-0199' }] });
    const wrong = toHsdsService(record('wrong-phone', 'Wrong Phone')) as HsdsService;
    wrong.phones![0]!.number = '1-800-FLOWERS';
    const file = join(folder, `import-${run}.json`);
    writeFileSync(file, JSON.stringify([toHsdsService(record('good', 'Good Counselling')), wrong]));

    const refused = pars(['resources', 'import', file, '--agency', 'demo']);
    expect(refused.code, refused.stderr).toBe(65);
    expect(refused.stdout.trim()).toMatch(/^Service 2 “Wrong Phone”: \/phones\/0\/number: “1-800-FLOWERS” is not a phone number PARS can dial\./);
    expect(refused.stderr.trim()).toBe('pars: One service has problems, listed above; nothing was imported. Correct them and import the file again, or add --accept-valid to import only the services without problems.');

    const french = pars(['resources', 'import', file, '--agency', 'demo', '--accept-valid', '--dry-run'], { PARS_LANG: 'fr' });
    expect(french.code, french.stderr).toBe(0);
    expect(french.stdout).toContain('Service 2 « Wrong Phone » : /phones/0/number : « 1-800-FLOWERS » n\'est pas un numéro');
    expect(french.stdout).toContain("Simulation : 1 service serait importé; rien n'a été écrit.");

    const accepted = pars(['resources', 'import', file, '--agency', 'demo', '--accept-valid']);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('Imported 1 service: 1 new, 0 updated, 0 unchanged.');
    expect(accepted.stdout).toContain('1 service was rejected (listed above); correct it and import it again.');

    const json = join(folder, `export-${run}.json`);
    const exported = pars(['resources', 'export', '--agency', 'demo', '--format', 'hsds-json', '--out', json]);
    expect(exported.code, exported.stderr).toBe(0);
    const services = JSON.parse(readFileSync(json, 'utf8')) as HsdsService[];
    expect(exported.stdout.trim()).toBe(`Exported ${services.length} resources to ${json} (HSDS 3.1, hsds-json). Confidential resources are never exported.`);
    expect(services.map((service) => service.name)).toContain('Good Counselling');
    expect(services.map((service) => service.name)).not.toContain('Wrong Phone');

    const dir = join(folder, `package-${run}`);
    const csv = pars(['resources', 'export', '--agency', 'demo', '--format', 'hsds-csv', '--out', dir]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['datapackage.json', 'services.csv', 'phones.csv', 'attributes.csv', 'taxonomy_terms.csv']));
    expect(readFileSync(join(dir, 'services.csv'), 'utf8')).toContain('Good Counselling');

    const again = pars(['resources', 'import', dir, '--agency', 'demo']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe(`Imported ${services.length} services: 0 new, 0 updated, ${services.length} unchanged.`);

    // A package folder is never written over.
    const overwrite = pars(['resources', 'export', '--agency', 'demo', '--format', 'hsds-csv', '--out', dir]);
    expect(overwrite.code).toBe(75);
    expect(overwrite.stderr.trim()).toBe(`pars: ${dir} already exists and is not empty. Choose a new folder, so that nothing is overwritten.`);
  });

  it('says where a file stops being JSON (65), and that a missing file cannot be read (66)', () => {
    const file = join(folder, 'broken.json');
    writeFileSync(file, '[\n  { "id": "x",\n    "name" "y" }\n]');
    const broken = pars(['resources', 'import', file, '--agency', 'demo']);
    expect(broken.code).toBe(65);
    expect(broken.stderr.trim()).toBe('pars: The file is not valid JSON: it stops making sense at line 3, column 12. Look there for a missing or extra comma, quotation mark or bracket.');

    const missing = pars(['resources', 'import', join(folder, 'nowhere.json'), '--agency', 'demo']);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('Cannot read');

    const empty = join(folder, 'no-manifest');
    mkdirSync(empty);
    writeFileSync(join(empty, 'services.csv'), 'id,name\n');
    const noManifest = pars(['resources', 'import', empty, '--agency', 'demo']);
    expect(noManifest.code).toBe(65);
    expect(noManifest.stderr).toContain('datapackage.json');
  });
});
