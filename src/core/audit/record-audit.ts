import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../access/actor.js';
import { AppError, type Ctx } from '../shared/index.js';
import { type AuditEvent, AuditEventInput } from './audit-events.js';
import { type HashedAuditFields, hashAuditEvent } from './audit-chain-hash.js';
import { appendLink, lockChainHead } from './audit.queries.js';

/** Where an event is recorded, when `ctx` alone does not say. */
export interface RecordAuditOptions {
  /** The agency whose chain receives the event (a failed sign-in, the system). Defaults to the actor's. */
  agencyId?: string;
  /** Who to record as acting, when it is not `ctx.actor` (e.g. the session a sign-in just opened). */
  actor?: Actor;
}

/**
 * Appends one event to its agency's hash chain, inside the caller's transaction: if the event
 * cannot be written, the caller's whole unit of work fails (fail closed, so a sensitive read is
 * never served unaudited). The chain head is locked `for update` until the caller commits, which
 * serialises an agency's audited transactions: record the event late in the unit of work.
 */
export async function recordAudit(
  ctx: Ctx,
  trx: Transaction<DB> | Kysely<DB>,
  event: AuditEventInput,
  options: RecordAuditOptions = {},
): Promise<void> {
  const parsed = AuditEventInput.safeParse(event);
  if (!parsed.success) {
    const type = typeof (event as { type?: unknown })?.type === 'string' ? String(event.type).slice(0, 60) : 'unknown';
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
    throw new AppError('unexpected', 'audit.event_invalid', { type }, { issues });
  }
  const agencyId = agencyFor(ctx, options).toLowerCase();
  const actor = options.actor ?? ctx.actor;
  const append = (db: Kysely<DB>) => appendToChain(ctx, db, agencyId, actor, parsed.data);
  // Without a transaction the head lock would end with its statement; open one.
  await (trx.isTransaction ? append(trx) : trx.transaction().execute(append));
}

function agencyFor(ctx: Ctx, options: RecordAuditOptions): string {
  const fromActor = ctx.actor.kind === 'staff' ? ctx.actor.agencyId : undefined;
  const fromScope = ctx.db.scope.kind === 'agency' ? ctx.db.scope.agencyId : undefined;
  const agencyId = options.agencyId ?? fromActor ?? fromScope;
  // Staff record only into their own agency's chain (row-level security would refuse it anyway).
  if (!agencyId || (fromActor && fromActor.toLowerCase() !== agencyId.toLowerCase())) {
    throw new AppError('unexpected', 'audit.agency_unknown', {});
  }
  return agencyId;
}

async function appendToChain(ctx: Ctx, db: Kysely<DB>, agencyId: string, actor: Actor, event: AuditEvent): Promise<void> {
  const head = await lockChainHead(db, agencyId);
  const subject = 'subject' in event ? event.subject : undefined;
  const fields: HashedAuditFields = {
    agency_id: agencyId,
    seq: String(BigInt(head.lastSeq) + 1n),
    id: randomUUID(),
    occurred_at: ctx.now.toISOString(),
    type: event.type,
    actor_kind: actor.kind,
    actor_user_id: actor.kind === 'staff' ? actor.userId.toLowerCase() : null,
    session_id: actor.kind === 'staff' ? actor.sessionId.toLowerCase() : null,
    subject_type: subject?.type ?? null,
    subject_id: subject?.id ?? null,
    details: event.details,
    request_id: ctx.requestId || null,
    key_id: ctx.keyring.activeKeyId,
  };
  const hash = hashAuditEvent(ctx.keyring, head.lastHash, fields);
  await appendLink(db, { ...fields, prev_hash: head.lastHash, hash });
}
