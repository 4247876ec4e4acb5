import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import { enqueueMessage, maxAttachmentBytes, type OutboxMessageInput } from './enqueue-message.js';

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

  describe('with attachments', () => {
    const keyring = testKeyring();
    const pdf = Buffer.from('%PDF-1.7\nthe signed report\n%%EOF\n');
    const withFile = (agencyId: string, overrides: Partial<OutboxMessageInput> = {}) =>
      message(agencyId, { kind: 'court_report', idempotencyKey: 'report:1', attachments: [{ fileName: 'completion-report-2026-11-24.pdf', mediaType: 'application/pdf', bytes: pdf }], keyring, ...overrides });

    it('writes each file encrypted, in the message’s compartment, once per idempotency key', async () => {
      const agency = await givenAgency(database.kysely);
      const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
      expect(await participantSide.transaction((trx) => enqueueMessage(trx, withFile(agency.id)))).toBe(true);
      expect(await participantSide.transaction((trx) => enqueueMessage(trx, withFile(agency.id)))).toBe(false);
      const rows = await participantSide.transaction((trx) => trx.selectFrom('outbox_attachment').selectAll().execute());
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ compartment: 'participant', position: 1, file_name: 'completion-report-2026-11-24.pdf', media_type: 'application/pdf', size_bytes: pdf.length });
      expect(rows[0]!.content_encrypted).not.toContain(pdf.toString('base64').slice(0, 12));
      expect(keyring.decrypt(rows[0]!.content_encrypted, `outbox_attachment.content:${agency.id}:${rows[0]!.id}`)).toBe(pdf.toString('base64'));
      // The partner side does not see a participant message's files.
      const partnerSide = scopeToAgency(database.kysely, agency.id, { compartments: ['partner'] });
      expect(await partnerSide.transaction((trx) => trx.selectFrom('outbox_attachment').select('id').execute())).toEqual([]);
    });

    it('cannot give a file another compartment than its message', async () => {
      const agency = await givenAgency(database.kysely);
      const both = scopeToAgency(database.kysely, agency.id, { compartments: ['participant', 'partner'] });
      await both.transaction((trx) => enqueueMessage(trx, message(agency.id)));
      const [row] = await both.transaction((trx) => trx.selectFrom('outbox_message').select('id').execute());
      await expect(
        both.transaction((trx) =>
          trx
            .insertInto('outbox_attachment')
            .values({ agency_id: agency.id, id: crypto.randomUUID(), message_id: row!.id, compartment: 'partner', position: 1, file_name: 'x.pdf', media_type: 'application/pdf', size_bytes: 1, content_encrypted: 'x' })
            .execute(),
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });

    it.each([
      ['a name that adds a header', { fileName: 'report.pdf\r\nBcc: spy@example.org' }],
      ['a path', { fileName: '../../etc/report.pdf' }],
      ['no bytes', { bytes: Buffer.alloc(0) }],
      ['more than 10 MB', { bytes: Buffer.alloc(maxAttachmentBytes + 1) }],
      ['a media type that is not one', { mediaType: 'application/pdf\r\nX: y' }],
    ])('refuses %s, and writes nothing', async (_name, file) => {
      const agency = await givenAgency(database.kysely);
      const participantSide = scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] });
      const attachments = [{ fileName: 'report.pdf', mediaType: 'application/pdf', bytes: pdf, ...file }];
      await expect(participantSide.transaction((trx) => enqueueMessage(trx, withFile(agency.id, { attachments })))).rejects.toMatchObject({ code: 'outbox.attachment_invalid' });
      expect(await database.kysely.selectFrom('outbox_message').select('id').where('agency_id', '=', agency.id).execute()).toEqual([]);
    });
  });
});
