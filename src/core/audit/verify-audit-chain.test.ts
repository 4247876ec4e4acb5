import { randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { createKeyring } from '../crypto/create-keyring.js';
import type { Keyring } from '../crypto/keyring.js';
import { recordAudit } from './record-audit.js';
import { staffCtx, testKeyring } from './testing/staff-ctx.js';
import { tamper } from './testing/tamper.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const keyring = testKeyring(['k1', 'k2'], 'k1');

/** An agency whose chain holds `count` events (seq 1…count), recorded as staff would. */
async function givenChain(db: Kysely<DB>, count: number, ring: Keyring = keyring) {
  const agency = await givenAgency(db);
  const ctx = staffCtx(db, ring, agency.id);
  await ctx.db.transaction(async (trx) => {
    for (let i = 0; i < count; i++) {
      await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: randomUUID() } });
    }
  });
  return agency;
}

describe('verifyAuditChain', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  const verify = async (agencyId: string, ring: Keyring = keyring) => {
    const [report] = await verifyAuditChain(database.kysely, ring, { agencyId });
    return report!;
  };
  const hashAt = async (agencyId: string, seq: number) =>
    (await database.kysely.selectFrom('audit_event').select('hash').where('agency_id', '=', agencyId).where('seq', '=', String(seq)).executeTakeFirstOrThrow()).hash;

  it('passes an intact chain and reports its head, and an agency without events', async () => {
    const agency = await givenChain(database.kysely, 5);
    expect(await verify(agency.id)).toEqual({ agencyId: agency.id, slug: agency.slug, events: 5, ok: true, head: { seq: 5, hash: await hashAt(agency.id, 5) } });
    const empty = await givenAgency(database.kysely);
    expect(await verify(empty.id)).toEqual({ agencyId: empty.id, slug: empty.slug, events: 0, ok: true, head: { seq: 0, hash: 'genesis' } });
    expect(await verifyAuditChain(database.kysely, keyring, { slug: agency.slug })).toEqual([expect.objectContaining({ agencyId: agency.id, ok: true })]);
  });

  it.each([
    ['an edited detail', sql`update audit_event set details = '{"note":"edited"}'`, 3, 'hash_mismatch'],
    ['an edited subject', sql`update audit_event set subject_id = 'someone-else'`, 3, 'hash_mismatch'],
    ['an edited actor', sql`update audit_event set actor_user_id = gen_random_uuid()`, 3, 'hash_mismatch'],
    ['a time moved by one microsecond', sql`update audit_event set occurred_at = occurred_at + interval '1 microsecond'`, 3, 'hash_mismatch'],
    ['an edited hash', sql`update audit_event set hash = md5(hash)`, 3, 'hash_mismatch'],
    ['an edited previous hash', sql`update audit_event set prev_hash = md5(prev_hash)`, 3, 'previous_hash_mismatch'],
    ['a deleted row', sql`delete from audit_event`, 3, 'sequence_gap'],
    ['a key id that names no known key', sql`update audit_event set key_id = 'k9'`, 3, 'unknown_key'],
    ['a key id swapped for another known key', sql`update audit_event set key_id = 'k2'`, 3, 'hash_mismatch'],
  ])('detects %s at the right event', async (_, change, seq, reason) => {
    const agency = await givenChain(database.kysely, 5);
    await tamper(database.kysely, (trx) => sql`${change} where agency_id = ${agency.id} and seq = ${seq}`.execute(trx));
    expect(await verify(agency.id)).toMatchObject({ ok: false, firstBroken: { seq, reason } });
  });

  it('detects a forged row, in the middle or after the last one', async () => {
    const agency = await givenChain(database.kysely, 5);
    const forge = (seq: number, prevHash: string) => sql`
      insert into audit_event (agency_id, seq, occurred_at, type, actor_kind, details, key_id, prev_hash, hash)
      values (${agency.id}, ${seq}, now(), 'record.viewed', 'system', '{}', 'k1', ${prevHash}, ${'f'.repeat(64)})`;
    const hash5 = await hashAt(agency.id, 5);
    await tamper(database.kysely, (trx) => forge(6, hash5).execute(trx));
    expect(await verify(agency.id)).toMatchObject({ ok: false, events: 6, firstBroken: { seq: 6, reason: 'hash_mismatch' } });
    const hash2 = await hashAt(agency.id, 2);
    await tamper(database.kysely, async (trx) => {
      await sql`delete from audit_event where agency_id = ${agency.id} and seq = 3`.execute(trx);
      await forge(3, hash2).execute(trx);
    });
    expect(await verify(agency.id)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'hash_mismatch' } });
  });

  it('detects two rows swapped, whole or by their contents', async () => {
    const agency = await givenChain(database.kysely, 5);
    await tamper(database.kysely, async (trx) => {
      for (const [from, to] of [[2, 1000], [3, 2], [1000, 3]]) {
        await sql`update audit_event set seq = ${to} where agency_id = ${agency.id} and seq = ${from}`.execute(trx);
      }
    });
    expect(await verify(agency.id)).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'previous_hash_mismatch' } });

    const other = await givenChain(database.kysely, 5);
    await tamper(database.kysely, (trx) =>
      sql`update audit_event e set occurred_at = o.occurred_at, type = o.type, subject_type = o.subject_type, subject_id = o.subject_id,
            details = o.details, request_id = o.request_id, prev_hash = o.prev_hash, hash = o.hash
          from audit_event o
          where e.agency_id = ${other.id} and o.agency_id = ${other.id} and e.seq in (2, 3) and o.seq in (2, 3) and o.seq <> e.seq`.execute(trx),
    );
    expect(await verify(other.id)).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'previous_hash_mismatch' } });
  });

  it('detects the tail cut off, the whole log deleted, or events without a head', async () => {
    const cut = await givenChain(database.kysely, 5);
    await tamper(database.kysely, (trx) => sql`delete from audit_event where agency_id = ${cut.id} and seq >= 4`.execute(trx));
    expect(await verify(cut.id)).toMatchObject({ ok: false, events: 3, head: { seq: 5 }, firstBroken: { seq: 4, reason: 'head_mismatch' } });

    const emptied = await givenChain(database.kysely, 5);
    await tamper(database.kysely, (trx) => sql`delete from audit_event where agency_id = ${emptied.id}`.execute(trx));
    expect(await verify(emptied.id)).toMatchObject({ ok: false, events: 0, firstBroken: { seq: 1, reason: 'head_mismatch' } });

    const headless = await givenChain(database.kysely, 2);
    await tamper(database.kysely, (trx) => sql`delete from audit_chain_head where agency_id = ${headless.id}`.execute(trx));
    expect(await verify(headless.id)).toMatchObject({ ok: false, events: 2, head: { seq: 0, hash: 'genesis' }, firstBroken: { seq: 1, reason: 'head_mismatch' } });
  });

  it('cannot see a cut tail when the head was rewritten too: only a head recorded elsewhere shows it', async () => {
    const agency = await givenChain(database.kysely, 5);
    const recorded = await verify(agency.id);
    const hash3 = await hashAt(agency.id, 3);
    await tamper(database.kysely, async (trx) => {
      await sql`delete from audit_event where agency_id = ${agency.id} and seq >= 4`.execute(trx);
      await sql`update audit_chain_head set last_seq = 3, last_hash = ${hash3} where agency_id = ${agency.id}`.execute(trx);
    });
    const after = await verify(agency.id);
    expect(after.ok).toBe(true);
    // What `pars audit verify` prints is what an operator compares with the head they kept.
    expect(after.head.seq).toBeLessThan(recorded.head.seq);
  });

  it('verifies events signed with a retired key while the keyring holds it, and names the key when it does not', async () => {
    const material = { old: randomBytes(32), new: randomBytes(32) };
    const agency = await givenChain(database.kysely, 2, createKeyring({ activeKeyId: 'old', keys: { old: material.old } }));
    const rotated = createKeyring({ activeKeyId: 'new', keys: material });
    const ctx = staffCtx(database.kysely, rotated, agency.id);
    await ctx.db.transaction((trx) => recordAudit(ctx, trx, { type: 'keys.rotated', details: { toKeyId: 'new', values: 0 } }));
    const keyIds = await database.kysely.selectFrom('audit_event').select('key_id').where('agency_id', '=', agency.id).orderBy('seq').execute();
    expect(keyIds.map((row) => row.key_id)).toEqual(['old', 'old', 'new']);
    expect(await verify(agency.id, rotated)).toMatchObject({ ok: true, events: 3 });
    expect(await verify(agency.id, createKeyring({ activeKeyId: 'new', keys: { new: material.new } }))).toMatchObject({
      ok: false,
      firstBroken: { seq: 1, reason: 'unknown_key' },
    });
    // Same key id, other key material: indistinguishable from a forged chain.
    expect(await verify(agency.id, createKeyring({ activeKeyId: 'old', keys: { old: randomBytes(32), new: material.new } }))).toMatchObject({
      ok: false,
      firstBroken: { seq: 1, reason: 'hash_mismatch' },
    });
  });

  it('reads long chains in batches and still finds the first broken link', async () => {
    const agency = await givenChain(database.kysely, 1_005);
    expect(await verify(agency.id)).toMatchObject({ ok: true, events: 1_005, head: { seq: 1_005 } });
    await tamper(database.kysely, (trx) => sql`delete from audit_event where agency_id = ${agency.id} and seq = 1001`.execute(trx));
    expect(await verify(agency.id)).toMatchObject({ ok: false, events: 1_004, firstBroken: { seq: 1_001, reason: 'sequence_gap' } });
  }, 120_000);
});
