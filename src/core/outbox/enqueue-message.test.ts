import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { enqueueMessage, type OutboxMessageInput } from './enqueue-message.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const now = new Date('2026-11-21T15:00:00Z');
const message = (agencyId: string, overrides: Partial<OutboxMessageInput> = {}): OutboxMessageInput => ({
  agencyId,
  compartment: 'participant',
  kind: 'session.reminder',
  idempotencyKey: 'reminder:s1:p1',
  to: 'sam@example.org',
  locale: 'en-CA',
  subject: 'Reminder',
  body: 'See you on Tuesday.',
  now,
  ...overrides,
});

describe('enqueueing a message', () => {
  it('writes one row per idempotency key; a repeat changes nothing and says so', async () => {
    const agency = await givenAgency(database.kysely);
    const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
    expect(await participantSide.transaction((trx) => enqueueMessage(trx, message(agency.id)))).toBe(true);
    expect(await participantSide.transaction((trx) => enqueueMessage(trx, message(agency.id, { subject: 'Second try' })))).toBe(false);
    const rows = await participantSide.transaction((trx) => trx.selectFrom('outbox_message').select(['subject', 'send_after', 'attempts', 'sent_at']).execute());
    expect(rows).toEqual([{ subject: 'Reminder', send_after: now, attempts: 0, sent_at: null }]);
  });

  it('is written with the event or not at all (the caller’s transaction)', async () => {
    const agency = await givenAgency(database.kysely);
    const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
    await expect(
      participantSide.transaction(async (trx) => {
        await enqueueMessage(trx, message(agency.id));
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await database.kysely.selectFrom('outbox_message').select('id').where('agency_id', '=', agency.id).execute()).toEqual([]);
  });

  it('keeps a partner-side message out of the participant side’s reach, and refuses to let it write one', async () => {
    const agency = await givenAgency(database.kysely);
    const partnerSide = scopeToAgency(database.kysely, agency.id, { compartments: ['partner'] });
    const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
    const letter = message(agency.id, { compartment: 'partner', kind: 'partner.letter', idempotencyKey: 'letter:1' });
    expect(await partnerSide.transaction((trx) => enqueueMessage(trx, letter))).toBe(true);
    expect(await partnerSide.transaction((trx) => enqueueMessage(trx, letter))).toBe(false);
    expect(await participantSide.transaction((trx) => trx.selectFrom('outbox_message').select('id').execute())).toEqual([]);
    await expect(participantSide.transaction((trx) => enqueueMessage(trx, { ...letter, idempotencyKey: 'letter:2' }))).rejects.toMatchObject({ code: '42501' });
  });

  it.each(['sam@example.org\r\nBcc: other@example.org', 'Sam <sam@example.org>', 'not an address', ''])('refuses %j as an address', async (to) => {
    const agency = await givenAgency(database.kysely);
    const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
    await expect(participantSide.transaction((trx) => enqueueMessage(trx, message(agency.id, { to })))).rejects.toMatchObject({ code: 'outbox.address_invalid' });
  });
});
