import { inflateRawSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { toHsdsService } from '../../core/resources/hsds-map.js';
import { fullRecord } from '../../core/resources/testing/hsds-fixtures.js';
import { ResourceRecord } from '../../core/resources/resource-record.js';
import { upsertResourcesFromRecords } from '../../core/resources/upsert-resources.js';
import { givenStaffSession, type StaffSession } from '../testing/given-staff-session.js';
import { buildTestServer } from '../testing/test-server.js';

let database: TestDatabase;
let app: FastifyInstance;
let source: { manager: StaffSession; facilitator: StaffSession };
let target: { admin: StaffSession; facilitator: StaffSession; agencyId: string };

const shelter = ResourceRecord.parse({ key: 'hidden-shelter', name: 'Hidden Shelter QX41', categories: ['shelter'], address: '9 Secret Road ZZ77, Toronto, ON M4C 1B5', confidential: true });

beforeAll(async () => {
  database = await openTestDatabase();
  const built = await buildTestServer(database);
  app = built.app;
  const now = built.clock.now();
  const db = database.kysely;
  const a = await givenAgency(db);
  await scopeToAgency(db, a.id).transaction((trx) => upsertResourcesFromRecords(trx, a.id, [fullRecord, shelter], now));
  source = { manager: await givenStaffSession(db, a.id, ['manager'], now), facilitator: await givenStaffSession(db, a.id, ['facilitator'], now) };
  const b = await givenAgency(db);
  target = { agencyId: b.id, admin: await givenStaffSession(db, b.id, ['admin'], now), facilitator: await givenStaffSession(db, b.id, ['facilitator'], now) };
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** The files of a .zip (local headers in order; what PARS writes: deflated, no data descriptors). */
function unzip(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files[name] = inflateRawSync(zip.subarray(start, start + size)).toString('utf8');
    at = start + size;
  }
  return files;
}

describe('GET /api/v1/resources/export', () => {
  it('gives the directory as HSDS JSON to anyone who reads it, without the confidential shelter', async () => {
    const response = await app.inject({ url: '/api/v1/resources/export?format=hsds-json', headers: source.facilitator.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="resources-hsds-2026-11-21.json"');
    expect(response.json()).toEqual([JSON.parse(JSON.stringify(toHsdsService(fullRecord)))]);
    expect(response.body).not.toMatch(/QX41|ZZ77|Secret Road/);
  });

  it('gives the tabular package as a .zip', async () => {
    const response = await app.inject({ url: '/api/v1/resources/export?format=hsds-csv', headers: source.manager.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzip(response.rawPayload);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['datapackage.json', 'services.csv', 'phones.csv', 'taxonomy_terms.csv']));
    expect(files['services.csv']).toContain(fullRecord.name);
    expect(Object.values(files).join('\n')).not.toMatch(/QX41|ZZ77|Secret Road/);
  });

  it('refuses an unknown format', async () => {
    expect((await app.inject({ url: '/api/v1/resources/export?format=xml', headers: source.manager.headers })).statusCode).toBe(400);
  });
});

describe('POST /api/v1/resources/import', () => {
  it('imports an export into another agency for someone who manages the directory, and only them', async () => {
    const exported = (await app.inject({ url: '/api/v1/resources/export', headers: source.manager.headers })).json();
    expect((await app.inject({ method: 'POST', url: '/api/v1/resources/import', headers: target.facilitator.headers, payload: exported })).statusCode).toBe(403);

    const dryRun = await app.inject({ method: 'POST', url: '/api/v1/resources/import?dryRun=true', headers: target.admin.headers, payload: exported });
    expect(dryRun.json()).toMatchObject({ records: 1, valid: 1, dryRun: true, written: false, created: 0 });
    const response = await app.inject({ method: 'POST', url: '/api/v1/resources/import', headers: target.admin.headers, payload: exported });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ format: 'hsds-json', records: 1, valid: 1, invalid: [], refused: false, written: true, created: 1 });
    const names = await database.kysely.selectFrom('resource').select('name').where('agency_id', '=', target.agencyId).execute();
    expect(names).toEqual([{ name: fullRecord.name }]);
  });

  it('answers with every problem in the reader’s language, and writes nothing', async () => {
    const service = toHsdsService(ResourceRecord.parse({ ...fullRecord, key: 'flowers' }));
    service.phones![0]!.number = '1-800-FLOWERS';
    const response = await app.inject({ method: 'POST', url: '/api/v1/resources/import', headers: { ...target.admin.headers, 'accept-language': 'fr-CA' }, payload: { contents: [service] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      refused: true,
      written: false,
      invalid: [{ index: 0, pointer: '/contents/0', reasons: [{ pointer: '/phones/0/number', code: 'phone_format', message: expect.stringMatching(/^\/phones\/0\/number : « 1-800-FLOWERS » n'est pas un numéro/) }] }],
    });
    const keys = await database.kysely.selectFrom('resource').select('key').where('agency_id', '=', target.agencyId).where('key', '=', 'flowers').execute();
    expect(keys).toEqual([]);
  });

  it('refuses what is not an HSDS document', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/resources/import', headers: target.admin.headers, payload: { services: [] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('hsds.json_not_services');
  });
});
