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

/** `outbox_attachment`: a file sent with a message; its message's compartment, its bytes encrypted. */
export interface OutboxAttachmentTable {
  agency_id: string;
  id: string;
  message_id: string;
  compartment: 'participant' | 'partner';
  /** 1, 2 …: the order the files are attached in. */
  position: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  /** The bytes as base64, encrypted with `fieldContext('outbox_attachment', 'content', agency, id)`. */
  content_encrypted: string;
}

export interface OutboxTables {
  outbox_message: OutboxMessageTable;
  outbox_attachment: OutboxAttachmentTable;
}
