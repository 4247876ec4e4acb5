import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { givenStaffUser } from '../audit/testing/staff-ctx.js';
import { checkTransition } from '../participants/case-lifecycle.rules.js';
import { findCaseFacts } from '../participants/case-facts.queries.js';
import { recordLedgerEntry } from './ledger.js';
import { now, payment, today, useFeesWorld } from './testing/fees-world.js';

/** Fees up to date as a condition of completion, read from the ledger. */
const { db: database, givenWorld } = useFeesWorld();

describe('fees and completion', () => {
  it('reads fees as outstanding while the ledger owes, so completion is refused when the stream asks', async () => {
    const w = await givenWorld({ feesUpToDateForCompletion: true });
    const db = database();
    const site = await db.selectFrom('site').select('id').where('agency_id', '=', w.agency.id).executeTakeFirstOrThrow();
    const facilitator = await givenStaffUser(db, w.agency.id);
    const group = await db
      .insertInto('group_cycle')
      .values({ agency_id: w.agency.id, stream_id: w.streamId, name: 'Tuesday evening', site_id: site.id, weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: '2026-09-01', capacity: 12, facilitator_1: facilitator.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('enrolment').values({ agency_id: w.agency.id, participant_id: w.participant.id, group_id: group.id, enrolled_at: new Date(now) }).execute();
    const finance = await w.as('finance');
    await recordLedgerEntry(finance, w.participant.id, { kind: 'charge', chargeType: 'private_session', idempotencyKey: `c-${randomUUID()}`, amountCents: 125_00, effectiveOn: today });
    const manager = await w.as('manager');
    const factsOwing = await manager.db.transaction((trx) => findCaseFacts(trx, w.participant.id, new Date(now)));
    expect(factsOwing).toMatchObject({ feesUpToDate: false, feesRequiredForCompletion: true });
    const ready = { ...factsOwing, creditedSessions: 12, sessionsRequired: 12, completionReviewed: true };
    expect(checkTransition('active', 'complete', ready)).toEqual({ ok: false, reason: 'fees_outstanding' });
    await recordLedgerEntry(finance, w.participant.id, payment(125_00));
    const factsPaid = await manager.db.transaction((trx) => findCaseFacts(trx, w.participant.id, new Date(now)));
    expect(factsPaid.feesUpToDate).toBe(true);
    expect(checkTransition('active', 'complete', { ...factsPaid, creditedSessions: 12, sessionsRequired: 12, completionReviewed: true })).toMatchObject({ ok: true });
  });
});
