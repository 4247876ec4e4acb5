import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStandings } from '../core/attendance/standing.queries.js';
import { testKeyring } from '../core/audit/testing/staff-ctx.js';
import { scopeToAgency } from './scoped-database.js';
import { seedDemo } from './seed-demo.js';
import { openTestDatabase, type TestDatabase } from './testing/test-database.js';

let database: TestDatabase;
let agencyId: string;
beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  ({ agencyId } = await seedDemo(database.kysely, testKeyring()));
}, 120_000);
afterAll(async () => {
  await database?.close();
});

describe('the demo program', () => {
  it('has streams with their curriculum, and two running groups whose members show every standing and outcome', async () => {
    const db = scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] });
    const { streams, groups, states, standings } = await db.transaction(async (trx) => {
      const members = await trx.selectFrom('enrolment').select('participant_id').where('status', '=', 'active').execute();
      const loaded = await loadStandings(trx, members.map((m) => m.participant_id), { now: new Date() });
      return {
        streams: await trx.selectFrom('program_stream').select('code').execute(),
        groups: await trx.selectFrom('group_cycle').select('name').execute(),
        states: (await trx.selectFrom('participant').select('case_state').execute()).map((p) => p.case_state),
        standings: [...loaded.values()].map((l) => l.result.standing),
      };
    });
    expect(streams.map((s) => s.code)).toEqual(expect.arrayContaining(['men-en', 'men-fr', 'women-en', 'indigenous', 'phone-en']));
    expect(groups).toHaveLength(2);
    expect(new Set(standings)).toEqual(new Set(['eligible_to_complete', 'on_track', 'at_risk', 'pending_discharge']));
    expect(states).toEqual(expect.arrayContaining(['active', 'pending_discharge', 'completed', 'discharged', 'waitlisted', 'referred']));
    const notices = await scopeToAgency(database.kysely, agencyId, { compartments: ['partner'] }).transaction((trx) => trx.selectFrom('partner_notice').select('type').execute());
    expect(notices.map((n) => n.type)).toEqual(expect.arrayContaining(['new_partner', 'pending_discharge', 'discharge', 'completion']));
    const values = await db.transaction((trx) => trx.selectFrom('relationship_value').select('text').execute());
    expect(values.length).toBeGreaterThan(0);
  });
});
