import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { ResourceRecord } from './resource-record.js';
import { findResources } from './resources.queries.js';
import { upsertResourcesFromRecords } from './upsert-resources.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const now = new Date('2026-11-21T15:00:00Z');
const record = (key: string, overrides: Partial<ResourceRecord> = {}) =>
  ResourceRecord.parse({ key, name: `Resource ${key}`, categories: ['counselling'], phones: [{ kind: 'voice', dial: '+14165550100', display: '416-555-0100' }], ...overrides });

describe('writing records into a directory (what the HSDS import calls)', () => {
  it('inserts new keys, updates changed ones in place with a revision, and leaves equal ones alone, in the caller’s transaction', async () => {
    const { id: agencyId } = await givenAgency(database.kysely);
    const db = scopeToAgency(database.kysely, agencyId);
    expect(await db.transaction((trx) => upsertResourcesFromRecords(trx, agencyId, [record('ra'), record('rb'), record('rc')], now))).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    const [a] = (await db.transaction((trx) => findResources(trx, { keys: ['ra'] }))).items;
    await database.kysely.updateTable('resource').set({ retired_at: now }).where('agency_id', '=', agencyId).where('key', '=', 'rc').execute();

    const second = [record('ra', { name: 'Renamed', phones: [] }), record('rb'), record('rc', { hours: '9–5' }), record('rd')];
    expect(await db.transaction((trx) => upsertResourcesFromRecords(trx, agencyId, second, now, { by: null }))).toEqual({ inserted: 1, updated: 2, unchanged: 1 });
    const { items } = await db.transaction((trx) => findResources(trx, { includeRetired: true }));
    expect(items.find((r) => r.key === 'ra')).toMatchObject({ id: a!.id, name: 'Renamed', phones: [], version: 2 });
    expect(items.find((r) => r.key === 'rb')).toMatchObject({ version: 1 });
    // An import does not bring a retired resource back.
    expect(items.find((r) => r.key === 'rc')).toMatchObject({ hours: '9–5', retired: true });
    const revisions = await db.transaction((trx) => trx.selectFrom('resource_revision').select(['resource_id', 'change', 'changed_fields', 'previous']).where('resource_id', '=', a!.id).execute());
    expect(revisions).toEqual([{ resource_id: a!.id, change: 'imported', changed_fields: ['name', 'phones'], previous: expect.objectContaining({ name: 'Resource ra' }) }]);
  });

  it('refuses an invalid record, naming it, and writes nothing', async () => {
    const { id: agencyId } = await givenAgency(database.kysely);
    const db = scopeToAgency(database.kysely, agencyId);
    const bad = { ...record('ok'), phones: [{ kind: 'voice', dial: '416-555-0100', display: 'x' }] } as ResourceRecord;
    await expect(db.transaction((trx) => upsertResourcesFromRecords(trx, agencyId, [record('fine'), bad], now))).rejects.toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'records.1.phones.0.dial', code: 'invalid_format' }],
    });
    expect((await db.transaction((trx) => findResources(trx))).total).toBe(0);
  });
});
