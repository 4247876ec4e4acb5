import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency, systemScope } from './scoped-database.js';
import { givenAgency, givenSite } from './testing/factories.js';
import { openTestDatabase, type TestDatabase } from './testing/test-database.js';

describe('row-level security between agencies', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  async function twoAgencies() {
    const a = await givenAgency(database.kysely);
    const b = await givenAgency(database.kysely);
    const siteA = await givenSite(database.kysely, a.id, { name: 'Hamilton' });
    const siteB = await givenSite(database.kysely, b.id, { name: 'Sudbury' });
    return { a, b, siteA, siteB };
  }

  it('runs scoped work as the app role, which is neither superuser nor exempt from RLS', async () => {
    const { a } = await twoAgencies();
    const who = await scopeToAgency(database.kysely, a.id).transaction(async (trx) => {
      const result = await sql<{ user: string; superuser: string; bypass: boolean }>`
        select current_user as user, current_setting('is_superuser') as superuser,
               (select rolbypassrls from pg_roles where rolname = current_user) as bypass`.execute(trx);
      return result.rows[0];
    });
    // If this ever ran as a superuser, every policy below would be silently bypassed.
    expect(who).toEqual({ user: 'pars_app', superuser: 'off', bypass: false });
  });

  it("shows an agency only its own sites, even to a query that forgets to filter", async () => {
    const { a, b, siteA, siteB } = await twoAgencies();
    const seenByA = await scopeToAgency(database.kysely, a.id).transaction((trx) =>
      trx.selectFrom('site').select(['id', 'agency_id']).execute(),
    );
    expect(seenByA.map((row) => row.id)).toEqual([siteA.id]);
    const agenciesSeenByB = await scopeToAgency(database.kysely, b.id).transaction((trx) =>
      trx.selectFrom('agency').select('id').execute(),
    );
    expect(agenciesSeenByB.map((row) => row.id)).toEqual([b.id]);
    // The owner sees both: the isolation above is the policy's doing, not missing data.
    const seenBySystem = await systemScope(database.kysely).transaction((trx) =>
      trx.selectFrom('site').select('id').where('id', 'in', [siteA.id, siteB.id]).execute(),
    );
    expect(seenBySystem).toHaveLength(2);
  });

  it("refuses to write a row into another agency, and cannot change or delete another agency's rows", async () => {
    const { a, b, siteB } = await twoAgencies();
    const scopedA = scopeToAgency(database.kysely, a.id);
    await expect(
      scopedA.transaction((trx) =>
        trx.insertInto('site').values({ agency_id: b.id, name: 'Intruder', time_zone: 'America/Toronto' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await scopedA.transaction((trx) =>
      trx.updateTable('site').set({ name: 'Renamed' }).where('id', '=', siteB.id).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const deleted = await scopedA.transaction((trx) => trx.deleteFrom('site').where('id', '=', siteB.id).executeTakeFirst());
    expect(Number(deleted.numDeletedRows)).toBe(0);
  });

  it('sees nothing at all when no agency is set, and cannot create agencies', async () => {
    await twoAgencies();
    const rows = await database.kysely.transaction().execute(async (trx) => {
      await sql`set local role pars_app`.execute(trx);
      return trx.selectFrom('site').select('id').execute();
    });
    expect(rows).toEqual([]);
    const { a } = await twoAgencies();
    await expect(
      scopeToAgency(database.kysely, a.id).transaction((trx) => trx.insertInto('agency').values({ slug: 'new-one', name: 'New' }).execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps the scope inside its transaction: the next one on the same connection is the owner again', async () => {
    const { a } = await twoAgencies();
    await scopeToAgency(database.kysely, a.id).transaction(async () => undefined);
    const after = await sql<{ user: string; agency: string | null }>`
      select current_user as user, nullif(current_setting('app.agency_id', true), '') as agency`.execute(database.kysely);
    expect(after.rows[0]?.user).not.toBe('pars_app');
    expect(after.rows[0]?.agency).toBeNull();
  });

  it('rolls back every write of a unit of work that fails', async () => {
    const { a } = await twoAgencies();
    const scoped = scopeToAgency(database.kysely, a.id);
    await expect(
      scoped.transaction(async (trx) => {
        await trx.insertInto('site').values({ agency_id: a.id, name: 'Half-done', time_zone: 'America/Toronto' }).execute();
        throw new Error('second step failed');
      }),
    ).rejects.toThrow('second step failed');
    const sites = await scoped.transaction((trx) => trx.selectFrom('site').select('name').where('name', '=', 'Half-done').execute());
    expect(sites).toEqual([]);
  });

  it('hides partner-compartment rows from a transaction without that compartment', async () => {
    const { a } = await twoAgencies();
    const check = (compartments: ('participant' | 'partner')[]) =>
      scopeToAgency(database.kysely, a.id, { compartments }).transaction(async (trx) => {
        const result = await sql<{ partner: boolean; participant: boolean }>`
          select pars_has_compartment('partner') as partner, pars_has_compartment('participant') as participant`.execute(trx);
        return result.rows[0];
      });
    expect(await check(['participant'])).toEqual({ partner: false, participant: true });
    expect(await check(['participant', 'partner'])).toEqual({ partner: true, participant: true });
  });
});
