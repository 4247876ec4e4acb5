import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAgency, givenParticipant } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { raisePartnerNotice } from './raise-partner-notice.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('raising a partner notice from the participant side', () => {
  it('writes one notice per event, which the participant side cannot read back', async () => {
    const agency = await givenAgency(database.kysely);
    const participant = await givenParticipant(database.kysely, agency.id);
    const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
    const notice = { agencyId: agency.id, participantId: participant.id, type: 'absence' as const, reasonCode: 'unexcused', occurredOn: '2026-11-20', dueAt: new Date('2026-11-23T22:00:00Z'), eventKey: 'attendance:test-1' };
    await participantSide.transaction((trx) => raisePartnerNotice(trx, notice));
    await participantSide.transaction((trx) => raisePartnerNotice(trx, notice));
    const seenByParticipantSide = await participantSide.transaction((trx) => trx.selectFrom('partner_notice').selectAll().execute());
    expect(seenByParticipantSide).toEqual([]);
    const partnerSide = scopeToAgency(database.kysely, agency.id, { compartments: ['partner'] });
    const seen = await partnerSide.transaction((trx) => trx.selectFrom('partner_notice').select(['type', 'reason_code', 'urgent', 'event_key']).execute());
    expect(seen).toEqual([{ type: 'absence', reason_code: 'unexcused', urgent: false, event_key: 'attendance:test-1' }]);
  });
});
