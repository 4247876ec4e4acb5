import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { givenAgency, givenSite } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { agencyToday } from './agency-day.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("the agency's day", () => {
  it('is read in the agency’s own zone, not in whichever site sorts first', async () => {
    const db = database.kysely;
    const agency = await givenAgency(db);
    // Made in one transaction, as the demo makes them: the same created_at, and "Kenora" sorts first.
    await db.transaction().execute(async (trx) => {
      await givenSite(trx, agency.id, { name: 'Kenora', timeZone: 'America/Winnipeg' });
      await givenSite(trx, agency.id, { name: 'Toronto', timeZone: 'America/Toronto' });
    });
    const user = await givenStaffUser(db, agency.id, 'Finance');
    // 00:30 on Sunday in Toronto is still Saturday 23:30 in Kenora.
    const now = new Date('2026-11-22T05:30:00Z');
    const ctx = staffCtx(db, testKeyring(), agency.id, { userId: user.id, roles: ['finance'], compartments: [], now: now.toISOString() });
    expect(await ctx.db.transaction((trx) => agencyToday(trx, now))).toEqual({ today: '2026-11-22', timeZone: 'America/Toronto' });
    await db.updateTable('agency').set({ time_zone: 'America/Winnipeg' }).where('id', '=', agency.id).execute();
    expect(await ctx.db.transaction((trx) => agencyToday(trx, now))).toEqual({ today: '2026-11-21', timeZone: 'America/Winnipeg' });
  });
});
