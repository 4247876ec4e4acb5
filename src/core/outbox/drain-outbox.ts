import type { Kysely } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { type ScopedDatabase, systemScope } from '../../db/scoped-database.js';
import type { Keyring } from '../crypto/index.js';
import { failureCode, type OutboxTransport, type OutgoingAttachment, TransportError } from './outbox-transport.js';

/** After this many failed attempts a message is left unsent (its row keeps the last error code). */
export const maxAttempts = 8;
/** How long a claimed message stays out of other workers' reach while it is being sent. */
const leaseMinutes = 10;

export interface DrainOptions {
  kysely: Kysely<DB>;
  now: Date;
  transport: OutboxTransport;
  batchSize?: number;
  /** The sender's address; the display name is the agency's. */
  fromAddress?: string;
  /** Decrypts attachments; a message with attachments and no keyring fails (`outbox.keyring_missing`). */
  keyring?: Keyring;
}

export interface DrainResult {
  sent: number;
  failed: number;
  /** Failures that used up the last attempt. */
  gaveUp: number;
}

interface Claimed {
  agency_id: string;
  id: string;
  to_address: string;
  locale: 'en-CA' | 'fr-CA';
  subject: string;
  body_text: string;
  created_at: Date;
  attempts: number;
}

/**
 * Sends the messages that are due, once each, even with several workers: a short transaction
 * claims a batch (`for update skip locked`, so a row another worker holds is passed over) by
 * moving its `send_after` past a lease, and each message is then sent outside any transaction,
 * so a slow mail server never holds the (single, on PGlite) connection. A sent message gets
 * `sent_at`; a failure counts an attempt, keeps only an error code and waits 2^attempts minutes.
 * The worker reads with the owner's scope: it serves every agency and both compartments.
 */
export async function drainOutbox(options: DrainOptions): Promise<DrainResult> {
  const { kysely, now, transport } = options;
  const fromAddress = options.fromAddress ?? 'no-reply@pars.invalid';
  const domain = fromAddress.split('@')[1] ?? 'pars.invalid';
  const system = systemScope(kysely);
  const claimed = await claimDue(system, now, options.batchSize ?? 20);
  const result: DrainResult = { sent: 0, failed: 0, gaveUp: 0 };
  if (claimed.length === 0) return result;
  const senders = await agencyNames(system, [...new Set(claimed.map((row) => row.agency_id))]);
  for (const row of claimed) {
    const sender = senders.get(row.agency_id);
    const name = (row.locale === 'fr-CA' ? sender?.name_fr : null) ?? sender?.name ?? 'PARS';
    try {
      const attachments = await attachmentsOf(system, options.keyring, row);
      await transport.send({
        id: row.id,
        from: { name, address: fromAddress },
        to: row.to_address,
        subject: row.subject,
        text: row.body_text,
        locale: row.locale,
        date: row.created_at,
        messageId: `${row.id}@${domain}`,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
    } catch (error) {
      const attempts = row.attempts + 1;
      const retryAt = new Date(now.getTime() + 2 ** attempts * 60_000);
      await system.transaction((trx) =>
        trx.updateTable('outbox_message').set({ attempts, last_error: failureCode(error), send_after: retryAt }).where('agency_id', '=', row.agency_id).where('id', '=', row.id).execute(),
      );
      result.failed++;
      if (attempts >= maxAttempts) result.gaveUp++;
      continue;
    }
    await system.transaction((trx) =>
      trx.updateTable('outbox_message').set({ sent_at: now, last_error: null }).where('agency_id', '=', row.agency_id).where('id', '=', row.id).execute(),
    );
    result.sent++;
  }
  return result;
}

async function claimDue(system: ScopedDatabase, now: Date, batchSize: number): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + leaseMinutes * 60_000);
  return system.transaction(async (trx) => {
    const due = await trx
      .selectFrom('outbox_message')
      .select(['agency_id', 'id'])
      .where('sent_at', 'is', null)
      .where('send_after', '<=', now)
      .where('attempts', '<', maxAttempts)
      .orderBy('send_after')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable('outbox_message')
      .set({ send_after: leaseUntil })
      .where((eb) => eb(eb.refTuple('agency_id', 'id'), 'in', due.map((row) => eb.tuple(row.agency_id, row.id))))
      .returning(['agency_id', 'id', 'to_address', 'locale', 'subject', 'body_text', 'created_at', 'attempts'])
      .execute();
  });
}

/**
 * A message's files, decrypted, read one message at a time (a batch of reports could be large).
 * A file that does not decrypt fails the message with a code, like a transport failure.
 */
async function attachmentsOf(system: ScopedDatabase, keyring: Keyring | undefined, message: Claimed): Promise<OutgoingAttachment[]> {
  const rows = await system.transaction((trx) =>
    trx
      .selectFrom('outbox_attachment')
      .select(['id', 'file_name', 'media_type', 'content_encrypted'])
      .where('agency_id', '=', message.agency_id)
      .where('message_id', '=', message.id)
      .orderBy('position')
      .execute(),
  );
  if (rows.length === 0) return [];
  if (!keyring) throw new TransportError('outbox.keyring_missing');
  return rows.map((row) => {
    let base64: string;
    try {
      base64 = keyring.decrypt(row.content_encrypted, fieldContext('outbox_attachment', 'content', message.agency_id, row.id));
    } catch (error) {
      throw new TransportError('outbox.attachment_unreadable', { cause: error });
    }
    return { fileName: row.file_name, mediaType: row.media_type, bytes: Buffer.from(base64, 'base64') };
  });
}

async function agencyNames(system: ScopedDatabase, ids: string[]): Promise<Map<string, { name: string; name_fr: string | null }>> {
  const rows = await system.transaction((trx) => trx.selectFrom('agency').select(['id', 'name', 'name_fr']).where('id', 'in', ids).execute());
  return new Map(rows.map((row) => [row.id, row]));
}

