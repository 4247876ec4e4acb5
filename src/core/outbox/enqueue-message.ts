import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { AppError, type Locale } from '../shared/index.js';

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
}

const mailbox = z.email().max(254);

/** True for a plain address that can go in a `To:` header (no line breaks, no display name). */
export function isMailableAddress(address: string | null | undefined): address is string {
  return typeof address === 'string' && mailbox.safeParse(address).success;
}

/**
 * Writes one outgoing message inside the caller's transaction, so the event and its message are
 * saved together or not at all; the worker sends it later. Returns false when a message with this
 * idempotency key already exists (it is left as it is). ON CONFLICT reads the existing row, which
 * the row-level security policy allows because the caller already holds the message's compartment.
 */
export async function enqueueMessage(trx: Transaction<DB>, input: OutboxMessageInput): Promise<boolean> {
  if (!isMailableAddress(input.to)) throw new AppError('invalid', 'outbox.address_invalid', {});
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
  return inserted !== undefined;
}
