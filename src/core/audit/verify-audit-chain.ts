import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Keyring } from '../crypto/keyring.js';
import { genesisHash, hashAuditEvent, occurredAtFromDatabase } from './audit-chain-hash.js';
import { findAgenciesToVerify, findChainHead, findChainLinks } from './audit.queries.js';

/** Why a chain is broken, at the first link that fails. */
export type AuditChainBreak = 'hash_mismatch' | 'sequence_gap' | 'previous_hash_mismatch' | 'head_mismatch' | 'unknown_key';

/** The verdict on one agency's chain. `head` is the stored head, to be recorded outside PARS. */
export interface AuditChainReport {
  agencyId: string;
  slug: string;
  events: number;
  ok: boolean;
  head: { seq: number; hash: string };
  firstBroken?: { seq: number; reason: AuditChainBreak };
}

const batchSize = 1_000;

/** Which chains to verify: all, or one agency's by id or slug. */
export interface VerifyAuditChainOptions {
  agencyId?: string;
  slug?: string;
}

/**
 * Recomputes every agency's chain (or one's) from `genesis` and compares it with the stored
 * head. Reads as the owner (no RLS), in batches by seq, each agency in one repeatable-read
 * snapshot so that events written meanwhile cannot look like a broken head.
 */
export async function verifyAuditChain(kysely: Kysely<DB>, keyring: Keyring, options: VerifyAuditChainOptions = {}): Promise<AuditChainReport[]> {
  const agencies = await findAgenciesToVerify(kysely, options);
  const reports: AuditChainReport[] = [];
  for (const agency of agencies) {
    reports.push(
      await kysely
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => verifyOne(trx, keyring, agency.id, agency.slug)),
    );
  }
  return reports;
}

async function verifyOne(db: Kysely<DB>, keyring: Keyring, agencyId: string, slug: string): Promise<AuditChainReport> {
  const stored = await findChainHead(db, agencyId);
  const head = stored ? { seq: Number(stored.last_seq), hash: stored.last_hash } : { seq: 0, hash: genesisHash };
  const knownKeys = new Set(keyring.keyIds);
  let firstBroken: AuditChainReport['firstBroken'];
  let events = 0;
  let lastSeq = 0;
  let prevHash = genesisHash;
  for (;;) {
    const links = await findChainLinks(db, agencyId, String(lastSeq), batchSize);
    for (const link of links) {
      events += 1;
      const seq = Number(link.seq);
      if (!firstBroken) {
        const { prev_hash, hash, occurred_at_utc, ...rest } = link;
        const expectedSeq = lastSeq + 1;
        if (seq !== expectedSeq) firstBroken = { seq: expectedSeq, reason: 'sequence_gap' };
        else if (prev_hash !== prevHash) firstBroken = { seq, reason: 'previous_hash_mismatch' };
        else if (!knownKeys.has(link.key_id)) firstBroken = { seq, reason: 'unknown_key' };
        else if (hashAuditEvent(keyring, prev_hash, { ...rest, occurred_at: occurredAtFromDatabase(occurred_at_utc) }) !== hash) {
          firstBroken = { seq, reason: 'hash_mismatch' };
        }
        prevHash = hash;
      }
      lastSeq = seq;
    }
    if (links.length < batchSize) break;
  }
  // The head vouches for the tail: rows cut from the end (or all of them) leave it ahead.
  if (!firstBroken && (head.seq !== lastSeq || head.hash !== prevHash)) {
    firstBroken = { seq: head.seq === lastSeq ? lastSeq : Math.min(head.seq, lastSeq) + 1, reason: 'head_mismatch' };
  }
  return firstBroken ? { agencyId, slug, events, ok: false, head, firstBroken } : { agencyId, slug, events, ok: true, head };
}
