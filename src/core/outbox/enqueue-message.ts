import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/index.js';
import { AppError, type Locale } from '../shared/index.js';
import type { OutgoingAttachment } from './outbox-transport.js';

/** At most this many files on one message, each of 1 byte to 10 MB (what the table accepts). */
export const maxAttachments = 10;
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** A message to send later, written with the event that causes it. */
export interface OutboxMessageInput {
  agencyId: string;
  /** The compartment of what the message is about; the caller's transaction must hold it. */
  compartment: 'participant' | 'partner';
  /** What kind of message (`session.reminder`, `session.missed` …), for counting and support. */
  kind: string;
  /** One message per key and agency (`reminder:<sessionId>:<participantId>`): a repeat does nothing. */
  idempotencyKey: string;
  to: string;
  locale: Locale;
  subject: string;
  body: string;
  /** Not before this instant (defaults to `now`). */
  sendAfter?: Date | undefined;
  now: Date;
  /** Files sent with the text (a signed report's PDF), stored encrypted with `keyring`. */
  attachments?: readonly OutgoingAttachment[] | undefined;
  /** Required with attachments. */
  keyring?: Keyring | undefined;
}

const mailbox = z.email().max(254);
/** A file name that can go in a header and on a disk: no control characters, no path. */
const fileNamePattern = /^[^\x00-\x1f\x7f/\\]{1,200}$/;
const mediaTypePattern = /^[a-z]+\/[a-z0-9.+-]{1,100}$/;

/** True for a plain address that can go in a `To:` header (no line breaks, no display name). */
export function isMailableAddress(address: string | null | undefined): address is string {
  return typeof address === 'string' && mailbox.safeParse(address).success;
}

/**
 * Writes one outgoing message inside the caller's transaction, so the event and its message are
 * saved together or not at all; the worker sends it later. Returns false when a message with this
 * idempotency key already exists (it is left as it is). ON CONFLICT reads the existing row, which
 * the row-level security policy allows because the caller already holds the message's compartment.
 * Attachments are written with the message (their rows take its compartment), encrypted.
 */
export async function enqueueMessage(trx: Transaction<DB>, input: OutboxMessageInput): Promise<boolean> {
  if (!isMailableAddress(input.to)) throw new AppError('invalid', 'outbox.address_invalid', {});
  const attachments = input.attachments ?? [];
  const valid = (file: OutgoingAttachment) =>
    fileNamePattern.test(file.fileName) && file.fileName.trim() === file.fileName && mediaTypePattern.test(file.mediaType) && file.bytes.length > 0 && file.bytes.length <= maxAttachmentBytes;
  if (attachments.length > maxAttachments || !attachments.every(valid)) throw new AppError('invalid', 'outbox.attachment_invalid', {});
  const keyring = input.keyring;
  if (attachments.length > 0 && !keyring) throw new Error('enqueueMessage: attachments are stored encrypted and need the keyring');
  const inserted = await trx
    .insertInto('outbox_message')
    .values({
      agency_id: input.agencyId,
      compartment: input.compartment,
      kind: input.kind,
      idempotency_key: input.idempotencyKey,
      to_address: input.to,
      locale: input.locale,
      subject: input.subject,
      body_text: input.body,
      created_at: input.now,
      send_after: input.sendAfter ?? input.now,
    })
    .onConflict((conflict) => conflict.columns(['agency_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  for (const [index, file] of attachments.entries()) {
    const id = randomUUID();
    await trx
      .insertInto('outbox_attachment')
      .values({
        agency_id: input.agencyId,
        id,
        message_id: inserted.id,
        compartment: input.compartment,
        position: index + 1,
        file_name: file.fileName,
        media_type: file.mediaType,
        size_bytes: file.bytes.length,
        content_encrypted: keyring!.encrypt(Buffer.from(file.bytes).toString('base64'), fieldContext('outbox_attachment', 'content', input.agencyId, id)),
      })
      .execute();
  }
  return true;
}
