import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import { drainOutbox, maxAttempts } from './drain-outbox.js';
import { enqueueMessage } from './enqueue-message.js';
import { type OutboxTransport, type OutgoingEmail, TransportError } from './outbox-transport.js';

// A database of its own on a PostgreSQL server: the drain serves every agency, and other test
// files' messages must not be drained (or counted) here.
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase({ fresh: true });
});
afterAll(async () => {
  await database?.close();
});

const minute = 60_000;

/** A transport that remembers what it was given (after a pause, so concurrent drains overlap). */
function recordingTransport(): OutboxTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return { name: 'memory', sent, send: async (email) => void sent.push(await new Promise<OutgoingEmail>((resolve) => setTimeout(() => resolve(email), 5))) };
}

async function givenMessages(count: number, now: Date, options: { sendAfter?: Date; agencyName?: string } = {}): Promise<{ agencyId: string; keys: string[] }> {
  const agency = await givenAgency(database.kysely, options.agencyName ? { name: options.agencyName } : {});
  const keys = Array.from({ length: count }, () => `reminder:${randomUUID()}`);
  await scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] }).transaction(async (trx) => {
    for (const [index, key] of keys.entries()) {
      await enqueueMessage(trx, { agencyId: agency.id, compartment: 'participant', kind: 'session.reminder', idempotencyKey: key, to: `person${index}@example.org`, locale: 'fr-CA', subject: 'Rappel', body: 'À mardi.', now, sendAfter: options.sendAfter });
    }
  });
  return { agencyId: agency.id, keys };
}

const rowsOf = (agencyId: string) =>
  database.kysely.selectFrom('outbox_message').select(['idempotency_key', 'sent_at', 'attempts', 'last_error', 'send_after']).where('agency_id', '=', agencyId).orderBy('idempotency_key').execute();

describe('draining the outbox', () => {
  it('sends what is due once, from the agency, and leaves what is not due yet', async () => {
    const now = new Date('2027-01-04T12:00:00Z');
    const due = await givenMessages(2, now, { agencyName: 'Maison Céleste' });
    const later = await givenMessages(1, now, { sendAfter: new Date(now.getTime() + 60 * minute) });
    const transport = recordingTransport();
    expect(await drainOutbox({ kysely: database.kysely, now, transport, fromAddress: 'rappels@agence.example.org' })).toEqual({ sent: 2, failed: 0, gaveUp: 0 });
    expect(transport.sent.map((email) => email.to).sort()).toEqual(['person0@example.org', 'person1@example.org']);
    expect(transport.sent[0]).toMatchObject({ from: { name: 'Maison Céleste', address: 'rappels@agence.example.org' }, subject: 'Rappel', text: 'À mardi.', locale: 'fr-CA' });
    expect(transport.sent[0]!.messageId).toMatch(/^[0-9a-f-]{36}@agence\.example\.org$/);
    expect((await rowsOf(due.agencyId)).map((row) => row.sent_at)).toEqual([now, now]);
    expect((await rowsOf(later.agencyId)).map((row) => row.sent_at)).toEqual([null]);
    expect(await drainOutbox({ kysely: database.kysely, now, transport })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    const anHourOn = new Date(now.getTime() + 60 * minute);
    expect(await drainOutbox({ kysely: database.kysely, now: anHourOn, transport })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(transport.sent).toHaveLength(3);
  });

  it('never sends a message twice when two workers drain at once', async () => {
    const now = new Date('2027-02-01T12:00:00Z');
    const { agencyId } = await givenMessages(30, now);
    const first = recordingTransport();
    const second = recordingTransport();
    const results = await Promise.all([
      drainOutbox({ kysely: database.kysely, now, transport: first, batchSize: 7 }),
      drainOutbox({ kysely: database.kysely, now, transport: second, batchSize: 7 }),
      drainOutbox({ kysely: database.kysely, now, transport: first, batchSize: 7 }),
      drainOutbox({ kysely: database.kysely, now, transport: second, batchSize: 7 }),
      drainOutbox({ kysely: database.kysely, now, transport: first, batchSize: 7 }),
    ]);
    const ids = [...first.sent, ...second.sent].map((email) => email.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(ids.length);
    // Whatever the five batches left is sent by the next drain, still once.
    await drainOutbox({ kysely: database.kysely, now, transport: first, batchSize: 50 });
    const all = [...first.sent, ...second.sent].map((email) => email.id);
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect((await rowsOf(agencyId)).every((row) => row.sent_at !== null)).toBe(true);
  });

  it('backs off 2^attempts minutes after each failure, stores only a code, and gives up after the last attempt', async () => {
    const start = new Date('2027-03-01T12:00:00Z');
    const { agencyId } = await givenMessages(1, start);
    let calls = 0;
    const failing: OutboxTransport = {
      name: 'failing',
      send: async (email) => {
        calls++;
        // What a mail server might say: it quotes the address, which must not be stored.
        throw Object.assign(new Error(`550 5.1.1 <${email.to}>: Recipient address rejected`), { code: 'EENVELOPE' });
      },
    };
    let now = start;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const result = await drainOutbox({ kysely: database.kysely, now, transport: failing });
      expect(result).toEqual({ sent: 0, failed: 1, gaveUp: attempt === maxAttempts ? 1 : 0 });
      const [row] = await rowsOf(agencyId);
      expect(row).toMatchObject({ attempts: attempt, last_error: 'transport.eenvelope', sent_at: null });
      expect(row!.send_after).toEqual(new Date(now.getTime() + 2 ** attempt * minute));
      // A minute before the retry is due, nothing happens.
      expect(await drainOutbox({ kysely: database.kysely, now: new Date(row!.send_after.getTime() - minute), transport: failing })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
      now = row!.send_after;
    }
    expect(calls).toBe(maxAttempts);
    expect(await drainOutbox({ kysely: database.kysely, now: new Date(now.getTime() + 24 * 60 * minute), transport: failing })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(calls).toBe(maxAttempts);
    const stored = JSON.stringify(await database.kysely.selectFrom('outbox_message').select(['last_error']).where('agency_id', '=', agencyId).execute());
    expect(stored).not.toContain('@');
  });

  it('sends after a failure once the transport recovers, and names its own failures by code', async () => {
    const now = new Date('2027-04-01T12:00:00Z');
    const { agencyId } = await givenMessages(1, now);
    const flaky: OutboxTransport = { name: 'flaky', send: async () => { throw new TransportError('transport.unavailable'); } };
    await drainOutbox({ kysely: database.kysely, now, transport: flaky });
    expect((await rowsOf(agencyId))[0]).toMatchObject({ attempts: 1, last_error: 'transport.unavailable' });
    const transport = recordingTransport();
    await drainOutbox({ kysely: database.kysely, now: new Date(now.getTime() + 2 * minute), transport });
    expect(transport.sent).toHaveLength(1);
    expect((await rowsOf(agencyId))[0]).toMatchObject({ attempts: 1, last_error: null, sent_at: new Date(now.getTime() + 2 * minute) });
  });

  it('hands a message’s files to the transport decrypted, in order, and fails by code when they cannot be read', async () => {
    const now = new Date('2027-05-03T12:00:00Z');
    const keyring = testKeyring();
    const agency = await givenAgency(database.kysely);
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0d, 0x0a]);
    const files = [
      { fileName: 'completion-report-2027-05-03.pdf', mediaType: 'application/pdf', bytes: pdf },
      { fileName: 'annexe-été.txt', mediaType: 'text/plain', bytes: Buffer.from('Annexe\n') },
    ];
    await scopeToAgency(database.kysely, agency.id, { compartments: ['participant'] }).transaction((trx) =>
      enqueueMessage(trx, { agencyId: agency.id, compartment: 'participant', kind: 'court_report', idempotencyKey: 'report:files', to: 'clerk@court.example.org', locale: 'en-CA', subject: 'Report', body: 'Attached.', now, attachments: files, keyring }),
    );
    // Without the keyring the files cannot be read: the message waits, with a code.
    expect(await drainOutbox({ kysely: database.kysely, now, transport: recordingTransport() })).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect((await rowsOf(agency.id))[0]).toMatchObject({ attempts: 1, last_error: 'outbox.keyring_missing' });
    const later = new Date(now.getTime() + 2 * minute);
    expect(await drainOutbox({ kysely: database.kysely, now: later, transport: recordingTransport(), keyring: testKeyring() })).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect((await rowsOf(agency.id))[0]).toMatchObject({ attempts: 2, last_error: 'outbox.attachment_unreadable' });
    const transport = recordingTransport();
    expect(await drainOutbox({ kysely: database.kysely, now: new Date(later.getTime() + 4 * minute), transport, keyring })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(transport.sent[0]!.attachments?.map((file) => ({ ...file, bytes: Buffer.from(file.bytes).toString('hex') }))).toEqual(files.map((file) => ({ ...file, bytes: file.bytes.toString('hex') })));
  });

  it('sends a message without files with no attachments at all', async () => {
    const now = new Date('2027-06-01T12:00:00Z');
    await givenMessages(1, now);
    const transport = recordingTransport();
    await drainOutbox({ kysely: database.kysely, now, transport, keyring: testKeyring() });
    expect(transport.sent[0]).not.toHaveProperty('attachments');
  });
});
