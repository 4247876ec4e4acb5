import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import type { Keyring } from '../crypto/keyring.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { AppError, type Ctx } from '../shared/index.js';
import type { Role } from '../access/index.js';
import { defaultResources } from './default-resources.js';
import { exportHsds, type HsdsExport } from './hsds-export.js';
import { type HsdsImportInput, type HsdsImportOptions, importHsds } from './hsds-import.js';
import { toHsdsService } from './hsds-map.js';
import { hsdsPackageFromServices } from './hsds-tabular.js';
import { ResourceRecord } from './resource-record.js';
import { findResources, recordOf } from './resources.queries.js';
import { upsertResourcesFromRecords } from './upsert-resources.js';
import { fullRecord } from './testing/hsds-fixtures.js';

let database: TestDatabase;
let keyring: Keyring;
beforeAll(async () => {
  database = await openTestDatabase();
  keyring = testKeyring();
});
afterAll(async () => database?.close());

const now = new Date('2026-11-21T15:00:00Z');

/** As the CLI acts: the operator, in one agency, no compartment (the directory has none). */
function operatorCtx(agencyId: string, locale: Ctx['locale'] = 'en-CA'): Ctx {
  return { actor: { kind: 'system', reason: 'pars resources import' }, db: scopeToAgency(database.kysely, agencyId), keyring, now, locale, requestId: 'cli-test' };
}
function staffCtx(agencyId: string, roles: Role[]): Ctx {
  return { ...operatorCtx(agencyId), actor: { kind: 'staff', userId: randomUUID(), agencyId, roles, sessionId: randomUUID() } };
}

const defaults = defaultResources.map((entry) => ResourceRecord.parse(entry));
const run = (ctx: Ctx, input: HsdsImportInput, options: Partial<HsdsImportOptions> = {}) => importHsds(ctx, input, { acceptValid: false, dryRun: false, ...options });
const asJson = (...records: ResourceRecord[]): HsdsImportInput => ({ format: 'hsds-json', text: JSON.stringify(records.map(toHsdsService)) });
const asInput = (exported: HsdsExport): HsdsImportInput => (exported.format === 'hsds-json' ? { format: 'hsds-json', text: exported.json } : { format: 'hsds-csv', files: exported.files });

/** An agency whose directory holds these records. */
async function givenDirectory(records: readonly ResourceRecord[]): Promise<string> {
  const agency = await givenAgency(database.kysely);
  await operatorCtx(agency.id).db.transaction((trx) => upsertResourcesFromRecords(trx, agency.id, records, now));
  return agency.id;
}

/** The agency's directory as records, by key (retired ones too). */
async function directoryOf(agencyId: string): Promise<ResourceRecord[]> {
  const { items } = await operatorCtx(agencyId).db.transaction((trx) => findResources(trx, { includeRetired: true }));
  return items.map(recordOf).sort((a, b) => a.key.localeCompare(b.key));
}

async function auditOf(agencyId: string) {
  return database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agencyId).where('type', 'in', ['export.created', 'resources.imported']).orderBy('seq').execute();
}

const byKey = (records: readonly ResourceRecord[]) => [...records].sort((a, b) => a.key.localeCompare(b.key));

describe('an HSDS export re-imported into a fresh agency', () => {
  it.each(['hsds-json', 'hsds-csv'] as const)('gives the same directory (%s, the default directory)', async (format) => {
    const source = await givenDirectory(defaults);
    const exported = await exportHsds(operatorCtx(source), format);
    expect(exported.records).toBe(defaults.filter((record) => !record.confidential).length);

    const target = (await givenAgency(database.kysely)).id;
    const report = await run(operatorCtx(target), asInput(exported));
    expect(report).toMatchObject({ records: exported.records, valid: exported.records, invalid: [], problems: [], refused: false, written: true, created: exported.records, updated: 0 });
    expect(await directoryOf(target)).toEqual(byKey(defaults.filter((record) => !record.confidential)));

    // The same file again changes nothing; an edited copy updates in place.
    expect(await run(operatorCtx(target), asInput(exported))).toMatchObject({ created: 0, updated: 0, unchanged: exported.records, written: false });
    expect(await auditOf(source)).toEqual([{ type: 'export.created', details: { kind: 'resources_hsds', format: format === 'hsds-json' ? 'json' : 'csv', records: exported.records } }]);
    expect(await auditOf(target)).toEqual([
      { type: 'resources.imported', details: { format: format === 'hsds-json' ? 'json' : 'csv', records: exported.records, created: exported.records, updated: 0, unchanged: 0, rejected: 0 } },
      { type: 'resources.imported', details: { format: format === 'hsds-json' ? 'json' : 'csv', records: exported.records, created: 0, updated: 0, unchanged: exported.records, rejected: 0 } },
    ]);
  });

  it.each(['hsds-json', 'hsds-csv'] as const)('carries every field of a resource in both languages (%s)', async (format) => {
    const source = await givenDirectory([fullRecord]);
    const target = (await givenAgency(database.kysely)).id;
    await run(operatorCtx(target), asInput(await exportHsds(operatorCtx(source), format)));
    expect(await directoryOf(target)).toEqual([fullRecord]);
  });

  it('updates a resource whose text changed, matching it by its PARS key', async () => {
    const target = await givenDirectory([fullRecord]);
    const report = await run(operatorCtx(target), asJson({ ...fullRecord, description: 'A new description.' }));
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect((await directoryOf(target))[0]?.description).toBe('A new description.');
  });
});

describe('confidential resources', () => {
  const canary = ResourceRecord.parse({
    key: 'safe-house-canary',
    name: 'Canary Safe House 7Q4Z',
    description: 'Emergency shelter; canary text 9K2X.',
    categories: ['shelter'],
    address: '742 Canary Lane 5B8R, Toronto, ON M4C 1B5',
    confidential: true,
    phones: [{ kind: 'voice', dial: '+14165550142', display: '416-555-0142' }],
  });
  const planted = ['7Q4Z', '9K2X', 'Canary Lane', '5B8R', 'M4C 1B5', '555-0142', '5550142', 'safe-house-canary'];

  it.each(['hsds-json', 'hsds-csv'] as const)('are never in an export, nor any of their text (%s)', async (format) => {
    const source = await givenDirectory([fullRecord, canary]);
    const exported = await exportHsds(operatorCtx(source), format);
    expect(exported.records).toBe(1);
    const everything = exported.format === 'hsds-json' ? exported.json : Object.values(exported.files).join('\n');
    for (const text of planted) expect(everything).not.toContain(text);
    // The one public resource is there, address and all: the test would see a leak.
    for (const text of ['123 Main Street', 'M5V 1A1', fullRecord.name]) expect(everything).toContain(text);
  });

  it('stay confidential, with their address, when an import brings the same key without either', async () => {
    const target = await givenDirectory([canary]);
    const { address: _address, confidential: _confidential, ...published } = canary;
    const report = await run(operatorCtx(target), asJson(ResourceRecord.parse({ ...published, description: 'Now described.' })));
    expect(report).toMatchObject({ updated: 1 });
    expect(await directoryOf(target)).toEqual([{ ...canary, description: 'Now described.' }]);
  });
});

describe('an import with problems', () => {
  const good = ResourceRecord.parse({ key: 'good-one', name: 'Good One', categories: ['legal'], phones: [{ kind: 'voice', dial: '+16135550199', display: '613-555-0199' }] });
  const service = (record: ResourceRecord) => toHsdsService(record) as unknown as Record<string, unknown>;

  it('refuses malformed JSON, saying where', async () => {
    const agency = await givenDirectory([]);
    const error = await run(operatorCtx(agency), { format: 'hsds-json', text: '[\n  { "id": "x",\n    "name" "y" }\n]' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'invalid', code: 'hsds.json_malformed', params: { line: 3, column: 12 } });
    await expect(run(operatorCtx(agency), { format: 'hsds-json', text: '{"services": []}' })).rejects.toMatchObject({ code: 'hsds.json_not_services' });
  });

  it('names every invalid service and each of its problems, and writes nothing', async () => {
    const agency = await givenDirectory([]);
    const broken = { ...service(good), id: 'not-a-uuid', status: 'open' };
    const wrongPhone = service(ResourceRecord.parse({ ...good, key: 'wrong-phone', name: 'Wrong Phone' }));
    (wrongPhone.phones as { number: string }[])[0]!.number = '555-CALL';
    const unknownCategory = service(ResourceRecord.parse({ ...good, key: 'odd-category', name: 'Odd Category' }));
    (unknownCategory.attributes as { taxonomy_term: { code: string; id: string } }[]).find((attribute) => attribute.taxonomy_term.code === 'legal')!.taxonomy_term = { ...(unknownCategory.attributes as { taxonomy_term: { code: string; id: string } }[])[1]!.taxonomy_term, id: randomUUID(), code: 'astrology' };
    const text = JSON.stringify([service(fullRecord), broken, wrongPhone, unknownCategory]);

    const report = await run(operatorCtx(agency), { format: 'hsds-json', text });
    expect(report).toMatchObject({ records: 4, valid: 1, refused: true, written: false, created: 0 });
    expect(report.invalid.map(({ index, name, pointer, reasons }) => ({ index, name, pointer, reasons: reasons.map((reason) => reason.message) }))).toEqual([
      { index: 1, name: 'Good One', pointer: '/1', reasons: ['/id: is not a valid uuid (HSDS 3.1).', '/status: must be one of: active, inactive, defunct, temporarily closed.'] },
      { index: 2, name: 'Wrong Phone', pointer: '/2', reasons: [expect.stringMatching(/^\/phones\/0\/number: “555-CALL” is not a phone number PARS can dial\./)] },
      { index: 3, name: 'Odd Category', pointer: '/3', reasons: [expect.stringMatching(/^\/attributes\/\d+\/taxonomy_term\/code: “astrology” is not a PARS category\. Use one of: crisis_line, shelter, /)] },
    ]);
    expect(await directoryOf(agency)).toEqual([]);
    expect(await auditOf(agency)).toEqual([]);
  });

  it('with acceptValid writes only the valid services; a dry run writes nothing', async () => {
    const agency = await givenDirectory([]);
    const wrongPhone = service(ResourceRecord.parse({ ...good, key: 'wrong-phone' }));
    (wrongPhone.phones as { number: string }[])[0]!.number = '12';
    const input: HsdsImportInput = { format: 'hsds-json', text: JSON.stringify({ contents: [service(good), wrongPhone, service(fullRecord)] }) };

    expect(await run(operatorCtx(agency), input, { acceptValid: true, dryRun: true })).toMatchObject({ valid: 2, refused: false, dryRun: true, written: false });
    expect(await directoryOf(agency)).toEqual([]);

    const report = await run(operatorCtx(agency), input, { acceptValid: true });
    expect(report).toMatchObject({ records: 3, valid: 2, refused: false, written: true, created: 2 });
    expect(report.invalid).toEqual([{ index: 1, id: wrongPhone.id, name: 'Good One', pointer: '/contents/1', reasons: [expect.objectContaining({ pointer: '/phones/0/number', code: 'phone_format', params: { number: '12' } })] }]);
    expect((await directoryOf(agency)).map((record) => record.key)).toEqual(['assaulted-womens-helpline', 'good-one']);
    expect(await auditOf(agency)).toEqual([{ type: 'resources.imported', details: { format: 'json', records: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 } }]);
  });

  it('refuses a resource twice in one file, naming its key', async () => {
    const agency = await givenDirectory([]);
    const report = await run(operatorCtx(agency), asJson(good, { ...good, name: 'Good One again' }));
    expect(report.invalid).toEqual([{ index: 1, id: expect.any(String), name: 'Good One again', pointer: '/1', reasons: [expect.objectContaining({ code: 'duplicate_key', params: { key: 'good-one' } })] }]);
    expect(await directoryOf(agency)).toEqual([]);
  });

  it('in a tabular package, names the table, row and column, and a package problem refuses it whole', async () => {
    const agency = await givenDirectory([]);
    const files = hsdsPackageFromServices([toHsdsService(good), toHsdsService(fullRecord)], now);
    const phones = files['phones.csv']!.replace('613-555-0199', '613-555-01');
    const report = await run(operatorCtx(agency, 'fr-CA'), { format: 'hsds-csv', files: { ...files, 'phones.csv': phones } }, { acceptValid: true });
    expect(report.invalid).toEqual([
      { index: 0, id: expect.any(String), name: 'Good One', row: 2, reasons: [expect.objectContaining({ table: 'phones.csv', row: 2, pointer: '/number', message: expect.stringMatching(/^phones\.csv, ligne 2, \/number : « 613-555-01 » n'est pas un numéro/) })] },
    ]);
    expect(report).toMatchObject({ created: 1, refused: false });

    const strayOrganization = files['organizations.csv']!.replace(/\r\n[0-9a-f]{8}-/, '\r\nnot-a-uuid-');
    const refused = await run(operatorCtx(agency), { format: 'hsds-csv', files: { ...files, 'organizations.csv': strayOrganization } }, { acceptValid: true });
    expect(refused).toMatchObject({ refused: true, written: false, problems: [expect.objectContaining({ table: 'organizations.csv', pointer: '/id', code: 'schema_format' })] });
  });
});

describe('who may', () => {
  it('export with resource.read and import with resource.manage', async () => {
    const agency = await givenDirectory([fullRecord]);
    await expect(exportHsds(staffCtx(agency, ['facilitator']), 'hsds-json')).resolves.toMatchObject({ records: 1 });
    await expect(run(staffCtx(agency, ['facilitator']), asJson(fullRecord))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(run(staffCtx(agency, ['admin']), asJson(fullRecord))).resolves.toMatchObject({ unchanged: 1 });
  });
});
