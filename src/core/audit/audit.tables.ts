import type { ColumnType } from 'kysely';
import type { Int8 } from '../../db/column-types.js';

/** A column written once and never updated (the log is append-only; the type says so too). */
type WriteOnce<T> = ColumnType<T, T, never>;

/**
 * `audit_event`: one link of an agency's hash chain. `hash` = HMAC(key_id, prev_hash + canonical
 * JSON of the other columns); see `audit-chain-hash.ts`. Details hold ids, codes and counts only.
 */
export interface AuditEventTable {
  agency_id: WriteOnce<string>;
  seq: ColumnType<string, string | number, never>;
  id: WriteOnce<string>;
  occurred_at: ColumnType<Date, Date | string, never>;
  type: WriteOnce<string>;
  actor_kind: WriteOnce<'staff' | 'system' | 'anonymous'>;
  actor_user_id: WriteOnce<string | null>;
  session_id: WriteOnce<string | null>;
  subject_type: WriteOnce<string | null>;
  subject_id: WriteOnce<string | null>;
  /** jsonb: read as the parsed object, written as JSON text. */
  details: ColumnType<Record<string, unknown>, string, never>;
  request_id: WriteOnce<string | null>;
  key_id: WriteOnce<string>;
  prev_hash: WriteOnce<string>;
  hash: WriteOnce<string>;
}

/** `audit_chain_head`: the last link of an agency's chain (`genesis` before the first event). */
export interface AuditChainHeadTable {
  agency_id: string;
  last_seq: Int8;
  last_hash: string;
}

export interface AuditTables {
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
}
