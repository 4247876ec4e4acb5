import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { genesisHash, type HashedAuditFields } from './audit-chain-hash.js';

/**
 * The agency's chain head, locked until the transaction ends (created at `genesis` the first
 * time). The lock is what keeps two concurrent writers from taking the same sequence number.
 */
export async function lockChainHead(db: Kysely<DB>, agencyId: string): Promise<{ lastSeq: string; lastHash: string }> {
  const select = () =>
    db.selectFrom('audit_chain_head').select(['last_seq', 'last_hash']).where('agency_id', '=', agencyId).forUpdate().executeTakeFirst();
  let head = await select();
  if (!head) {
    // A concurrent first writer may insert the same row: do nothing, then lock whichever won.
    await db
      .insertInto('audit_chain_head')
      .values({ agency_id: agencyId, last_seq: 0, last_hash: genesisHash })
      .onConflict((oc) => oc.column('agency_id').doNothing())
      .execute();
    head = await select();
  }
  if (!head) throw new Error('audit_chain_head could not be created');
  return { lastSeq: String(head.last_seq), lastHash: head.last_hash };
}

/**
 * Appends one link and moves the head to it, in one statement (a data-modifying WITH: one round
 * trip, both or neither). No RETURNING: the app role's insert must not depend on reading the log.
 */
export async function appendLink(db: Kysely<DB>, row: HashedAuditFields & { prev_hash: string; hash: string }): Promise<void> {
  await db
    .with('link', (w) => w.insertInto('audit_event').values({ ...row, actor_kind: row.actor_kind as 'staff' | 'system' | 'anonymous', details: JSON.stringify(row.details) }))
    .updateTable('audit_chain_head')
    .set({ last_seq: row.seq, last_hash: row.hash })
    .where('agency_id', '=', row.agency_id)
    .execute();
}

/** Agencies with their slugs, optionally just one (by id or slug), for verification (owner, no RLS). */
export function findAgenciesToVerify(db: Kysely<DB>, only: { agencyId?: string; slug?: string }) {
  let query = db.selectFrom('agency').select(['id', 'slug']).orderBy('slug');
  if (only.agencyId) query = query.where('id', '=', only.agencyId);
  if (only.slug) query = query.where('slug', '=', only.slug);
  return query.execute();
}

/** The stored head of one agency's chain, if it has one. */
export function findChainHead(db: Kysely<DB>, agencyId: string) {
  return db.selectFrom('audit_chain_head').select(['last_seq', 'last_hash']).where('agency_id', '=', agencyId).executeTakeFirst();
}

/** Up to `limit` links after `afterSeq`, in order, with `occurred_at` as UTC text to the microsecond. */
export function findChainLinks(db: Kysely<DB>, agencyId: string, afterSeq: string, limit: number) {
  return db
    .selectFrom('audit_event')
    .select([
      'agency_id',
      'seq',
      'id',
      sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`.as('occurred_at_utc'),
      'type',
      'actor_kind',
      'actor_user_id',
      'session_id',
      'subject_type',
      'subject_id',
      'details',
      'request_id',
      'key_id',
      'prev_hash',
      'hash',
    ])
    .where('agency_id', '=', agencyId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** `record.viewed` events of one record with the viewer's name, newest first (RLS: audit compartment). */
export function findRecordViewRows(db: Kysely<DB>, agencyId: string, subjectType: string, subjectId: string, limit: number) {
  return db
    .selectFrom('audit_event as e')
    .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 'e.agency_id').onRef('u.id', '=', 'e.actor_user_id'))
    .select(['e.occurred_at', 'e.actor_user_id', 'u.display_name'])
    .where('e.agency_id', '=', agencyId)
    .where('e.type', '=', 'record.viewed')
    .where('e.subject_type', '=', subjectType)
    .where('e.subject_id', '=', subjectId)
    .orderBy('e.occurred_at', 'desc')
    .limit(limit)
    .execute();
}
