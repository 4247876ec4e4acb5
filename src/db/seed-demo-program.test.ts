import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStandings } from '../core/attendance/standing.queries.js';
import { testKeyring } from '../core/audit/testing/staff-ctx.js';
import { scopeToAgency } from './scoped-database.js';
import { seedDemo } from './seed-demo.js';
import { decideChannel, loadGateFacts } from '../core/partners/channel-gate.js';
import { fieldContext } from './encrypted-columns.js';
import { SafetyPlanContent } from '../core/safety-plans/safety-plans.schema.js';
import { openTestDatabase, type TestDatabase } from './testing/test-database.js';

let database: TestDatabase;
let agencyId: string;
const keyring = testKeyring();
beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
  ({ agencyId } = await seedDemo(database.kysely, keyring));
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

  it('has partner files in every state: 12 weeks done, mail unsafe with disclosures, a letter proposed, never reached, declined', async () => {
    const partnerSide = scopeToAgency(database.kysely, agencyId, { compartments: ['partner', 'disclosure'] });
    const today = new Date().toISOString().slice(0, 10);
    const files = await partnerSide.transaction(async (trx) => {
      const partners = await trx.selectFrom('partner').select(['id', 'full_name_encrypted']).execute();
      // Nothing in the partner files happens after the seed ran (a worker's call "now" must come after every seeded one).
      const seededLater = await trx.selectFrom('contact_record').select('id').where('occurred_at', '>', new Date()).execute();
      expect(seededLater).toEqual([]);
      const byName = new Map<string, { letter: string; voicemail: string; contacts: number; plans: number; delivered: number; disclosures: string[] }>();
      for (const partner of partners) {
        const name = keyring.decrypt(partner.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, partner.id));
        const facts = await loadGateFacts(trx, partner.id, today);
        const gate = (action: 'letter' | 'voicemail') => {
          const decision = decideChannel(facts, action);
          return decision.open ? 'open' : decision.reason;
        };
        byName.set(name, {
          letter: gate('letter'),
          voicemail: gate('voicemail'),
          contacts: (await trx.selectFrom('contact_record').select('id').where('partner_id', '=', partner.id).execute()).length,
          plans: (await trx.selectFrom('safety_plan').select(['id', 'content_encrypted']).where('partner_id', '=', partner.id).execute())
            // Each plan reads back as the safety plan use cases read it (strictly).
            .map((plan) => plan.content_encrypted && SafetyPlanContent.strict().parse(JSON.parse(keyring.decrypt(plan.content_encrypted, fieldContext('safety_plan', 'content', agencyId, plan.id))))).length,
          delivered: (await trx.selectFrom('notice_delivery').select('notice_id').where('partner_id', '=', partner.id).execute()).length,
          disclosures: (await trx.selectFrom('disclosure').select(['recipient', 'status']).where('partner_id', '=', partner.id).orderBy('recipient').execute()).map((d) => `${d.recipient}:${d.status}`),
        });
      }
      return byName;
    });
    expect(files.get('Melissa Bains')).toMatchObject({ letter: 'open', voicemail: 'open', contacts: 6, plans: 2 });
    expect(files.get('Melissa Bains')!.delivered).toBeGreaterThan(0);
    expect(files.get('Amanda Bowman')).toMatchObject({ letter: 'not_safe', voicemail: 'voicemail_not_allowed', disclosures: ['childrens_aid:made', 'crown:pending_approval'] });
    expect(files.get('Chantal Bergeron')).toMatchObject({ letter: 'open', contacts: 3 });
    expect(files.get('Julie Lavoie')).toMatchObject({ letter: 'no_channel', contacts: 1 });
    expect(files.get('Nathalie Caron')).toMatchObject({ letter: 'declined', voicemail: 'declined' });
    // The participant side holds only the category the Children's Aid report attached.
    const concerns = await scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] }).transaction((trx) => trx.selectFrom('case_safety_concern').select(['category']).execute());
    expect(concerns).toEqual([{ category: 'child_protection' }]);
  });

  it('has fee ledgers: paid up, partly paid, waived, subsidized, negotiated, one owing over 90 days; receipts numbered 1, 2, 3… with no gap', async () => {
    const db = scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] });
    const { assessments, entries, sequence, schedules } = await db.transaction(async (trx) => ({
      assessments: await trx.selectFrom('fee_assessment').select(['participant_id', 'kind', 'total_fee_cents']).execute(),
      entries: await trx.selectFrom('ledger_entry').select(['participant_id', 'kind', 'amount_cents', 'effective_on', 'receipt_number']).execute(),
      sequence: await trx.selectFrom('receipt_sequence').select('last_number').executeTakeFirst(),
      schedules: await trx.selectFrom('fee_schedule').select('stream_id').execute(),
    }));
    expect(new Set(assessments.map((a) => a.kind))).toEqual(new Set(['computed', 'negotiated', 'waived', 'subsidized']));
    expect(new Set(schedules.map((s) => s.stream_id)).size).toBe(schedules.length);
    const receipts = entries.flatMap((e) => (e.receipt_number === null ? [] : [e.receipt_number])).sort((a, b) => a - b);
    expect(receipts).toEqual(receipts.map((_, index) => index + 1));
    expect(receipts.length).toBeGreaterThanOrEqual(6);
    expect(sequence?.last_number).toBe(receipts.length);
    const balances = new Map<string, number>();
    for (const entry of entries) balances.set(entry.participant_id, (balances.get(entry.participant_id) ?? 0) + entry.amount_cents);
    const values = [...balances.values()];
    expect(values.filter((b) => b === 0).length).toBeGreaterThanOrEqual(2);
    expect(values.filter((b) => b > 0).length).toBeGreaterThanOrEqual(2);
    expect(values.every((b) => b >= 0)).toBe(true);
    const ninetyDaysAgo = new Date(Date.now() - 91 * 86_400_000).toISOString().slice(0, 10);
    const overdue = entries.filter((e) => e.kind === 'charge' && e.effective_on < ninetyDaysAgo).map((e) => e.participant_id);
    expect(overdue.some((id) => (balances.get(id) ?? 0) > 0)).toBe(true);
    // The waived fee charges nothing.
    const waived = assessments.find((a) => a.kind === 'waived');
    expect(waived?.total_fee_cents).toBe(0);
    expect(entries.filter((e) => e.participant_id === waived?.participant_id)).toEqual([]);
  });
});
