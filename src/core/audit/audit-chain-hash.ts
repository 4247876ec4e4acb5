import type { Keyring } from '../crypto/keyring.js';
import { canonicalJson } from './canonical-json.js';

/** The first `prev_hash` of every agency's chain. */
export const genesisHash = 'genesis';

/** Every column of an `audit_event` row except `prev_hash` and `hash`, as both sides hash them. */
export interface HashedAuditFields {
  agency_id: string;
  seq: string;
  id: string;
  /** ISO 8601 in UTC with milliseconds, as `Date.toISOString()` writes it. */
  occurred_at: string;
  type: string;
  actor_kind: string;
  actor_user_id: string | null;
  session_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  request_id: string | null;
  key_id: string;
}

/**
 * The link's hash: HMAC-SHA256 under `key_id` of the previous hash and the canonical JSON of the
 * row. Every column is covered, so editing any of them, or moving a row, breaks the link.
 */
export function hashAuditEvent(keyring: Keyring, prevHash: string, fields: HashedAuditFields): string {
  return keyring.hmac(fields.key_id, 'audit-chain', `${prevHash}\n${canonicalJson(fields)}`);
}

/**
 * `occurred_at` as the verifier reads it back: PostgreSQL's `to_char(… at time zone 'UTC',
 * 'YYYY-MM-DD"T"HH24:MI:SS.US')`. Writers only store whole milliseconds, so any other value
 * (someone set microseconds) keeps its six digits and can never match the hash.
 */
export function occurredAtFromDatabase(utcMicros: string): string {
  return utcMicros.endsWith('000') ? `${utcMicros.slice(0, -3)}Z` : `${utcMicros}Z`;
}
