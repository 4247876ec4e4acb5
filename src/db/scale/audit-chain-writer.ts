import { genesisHash, hashAuditEvent, type HashedAuditFields } from '../../core/audit/audit-chain-hash.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import type { BulkWriter } from './bulk-writer.js';
import type { Random } from './random.js';

/** An event to append: who, when, what (the types and details of core/audit/audit-events.ts). */
export interface ScaleAuditEvent {
  at: Date;
  type: string;
  actor: { userId: string; sessionId: string } | 'system';
  subject?: { type: string; id: string };
  details: Record<string, unknown>;
}

/**
 * One agency's audit chain, built as `recordAudit` builds it (same fields, same HMAC, ids drawn
 * from the agency's random source), so `pars audit verify` accepts it. Events wait until `seal`
 * and are then chained in time order within the batch (a batch is a few hundred cases, so the
 * log is in time order except where a case's events reach past the next batch's first ones).
 */
export class AuditChainWriter {
  private pending: ScaleAuditEvent[] = [];
  private seq = 0;
  private lastHash = genesisHash;

  constructor(
    private readonly agencyId: string,
    private readonly keyring: Keyring,
    private readonly random: Random,
    private readonly writer: BulkWriter,
  ) {}

  add(event: ScaleAuditEvent): void {
    this.pending.push(event);
  }

  /** Chains the waiting events (oldest first) into the writer's buffer. */
  seal(): void {
    const events = this.pending.sort((a, b) => a.at.getTime() - b.at.getTime());
    this.pending = [];
    for (const event of events) {
      this.seq += 1;
      const staff = event.actor === 'system' ? undefined : event.actor;
      const fields: HashedAuditFields = {
        agency_id: this.agencyId,
        seq: String(this.seq),
        id: this.random.uuid(),
        occurred_at: event.at.toISOString(),
        type: event.type,
        actor_kind: staff ? 'staff' : 'system',
        actor_user_id: staff?.userId ?? null,
        session_id: staff?.sessionId ?? null,
        subject_type: event.subject?.type ?? null,
        subject_id: event.subject?.id ?? null,
        details: event.details,
        request_id: null,
        key_id: this.keyring.activeKeyId,
      };
      const hash = hashAuditEvent(this.keyring, this.lastHash, fields);
      this.writer.add('audit_event', { ...fields, prev_hash: this.lastHash, hash });
      this.lastHash = hash;
    }
  }

  /** Seals the rest and writes the chain's head (the last link). */
  finish(): void {
    this.seal();
    if (this.seq > 0) this.writer.add('audit_chain_head', { agency_id: this.agencyId, last_seq: this.seq, last_hash: this.lastHash });
  }
}
