import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffCtx, systemCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import type { Ctx } from '../shared/ctx.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { defaultResources } from './default-resources.js';
import { loadDefaultResources } from './load-default-resources.js';
import { findResources } from './resources.queries.js';
import { retireResource } from './retire-resource.js';
import { updateResource } from './save-resource.js';

let database: TestDatabase;
const keyring = testKeyring();
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** The operator at the command line, working on one agency (as `pars resources load-defaults`). */
function operator(agencyId: string): Ctx {
  return { ...systemCtx(database.kysely, keyring), db: scopeToAgency(database.kysely, agencyId) };
}
const manager = (agencyId: string) => staffCtx(database.kysely, keyring, agencyId, { roles: ['manager'], compartments: ['participant'] });
const directory = (agencyId: string) => scopeToAgency(database.kysely, agencyId).transaction((trx) => findResources(trx, { includeRetired: true }));
const loadEvents = (agencyId: string) =>
  database.kysely.selectFrom('audit_event').select(['details', 'actor_kind']).where('agency_id', '=', agencyId).where('type', '=', 'resource.defaults_loaded').execute();

describe('loading the default directory', () => {
  it('adds every default resource once, audited once, and nothing on a second run', async () => {
    const { id: agencyId } = await givenAgency(database.kysely);
    const total = defaultResources.length;
    expect(await loadDefaultResources(operator(agencyId))).toEqual({ inserted: total, existing: 0, total });
    expect(await loadDefaultResources(operator(agencyId))).toEqual({ inserted: 0, existing: total, total });
    const { items } = await directory(agencyId);
    expect(items.map((resource) => resource.key).sort()).toEqual(defaultResources.map((resource) => resource.key).sort());
    expect(items.every((resource) => resource.version === 1)).toBe(true);
    expect(await loadEvents(agencyId)).toEqual([{ details: { inserted: total, existing: 0 }, actor_kind: 'system' }]);
    // Another agency's directory is its own.
    const { id: otherId } = await givenAgency(database.kysely);
    expect((await directory(otherId)).total).toBe(0);
  });

  it('never overwrites what the agency changed, retired, or added, and brings back only defaults it lacks', async () => {
    const { id: agencyId } = await givenAgency(database.kysely);
    await loadDefaultResources(operator(agencyId));
    const before = await directory(agencyId);
    const gerstein = before.items.find((resource) => resource.key === 'gerstein-crisis-centre')!;
    const film = before.items.find((resource) => resource.key === 'private-violence')!;
    const { id: _id, retired: _r, retiredAt: _ra, createdAt: _c, updatedAt: _u, version, ...record } = gerstein;
    await updateResource(manager(agencyId), gerstein.id, { ...record, hours: 'Always open', version });
    await retireResource(manager(agencyId), film.id, { version: film.version });
    // A default missing from the agency (as after an upgrade that adds one) is the only thing added.
    await database.kysely.deleteFrom('resource_phone').where('agency_id', '=', agencyId).where('resource_id', '=', before.items.find((r) => r.key === 'beyond-survival')!.id).execute();
    await database.kysely.deleteFrom('resource').where('agency_id', '=', agencyId).where('key', '=', 'beyond-survival').execute();

    expect(await loadDefaultResources(manager(agencyId))).toMatchObject({ inserted: 1, existing: defaultResources.length - 1 });
    const after = await directory(agencyId);
    expect(after.items.find((resource) => resource.key === 'gerstein-crisis-centre')).toMatchObject({ hours: 'Always open', version: 2 });
    expect(after.items.find((resource) => resource.key === 'private-violence')).toMatchObject({ retired: true });
    expect(after.total).toBe(defaultResources.length);
  });

  it('is for managers, admins and the operator only', async () => {
    const { id: agencyId } = await givenAgency(database.kysely);
    const facilitator = staffCtx(database.kysely, keyring, agencyId, { roles: ['facilitator'], compartments: ['participant'] });
    await expect(loadDefaultResources(facilitator)).rejects.toMatchObject({ kind: 'forbidden', code: 'access.forbidden' });
    expect((await directory(agencyId)).total).toBe(0);
  });
});
