import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column-types.js';

/** `outbox_message`: an email written with the event that causes it, sent later by the worker. */
export interface OutboxMessageTable {
  agency_id: string;
  id: Generated<string>;
  /** The compartment of what the message is about: reading it needs that compartment. */
  compartment: 'participant' | 'partner';
  kind: string;
  idempotency_key: string;
  to_address: string;
  locale: 'en-CA' | 'fr-CA';
  subject: string;
  body_text: string;
  created_at: Timestamp;
  send_after: Timestamp;
  sent_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface OutboxTables {
  outbox_message: OutboxMessageTable;
}
