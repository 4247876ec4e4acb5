import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Ctx } from '../shared/index.js';
import type { AuditEventInput } from './audit-events.js';
import { recordAudit } from './record-audit.js';
import { staffCtx, systemCtx, testKeyring } from './testing/staff-ctx.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const keyring = testKeyring();
const viewed = (): AuditEventInput => ({ type: 'record.viewed', subject: { type: 'participant', id: randomUUID() } });

describe('recordAudit', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database?.close());

  const record = (ctx: Ctx, event: AuditEventInput, options?: { agencyId?: string }) =>
    ctx.db.transaction((trx) => recordAudit(ctx, trx, event, options));
  const chainOf = (agencyId: string) =>
    database.kysely.selectFrom('audit_event').selectAll().where('agency_id', '=', agencyId).orderBy('seq').execute();

  it('chains events with consecutive sequence numbers, each agency on its own chain', async () => {
    const a = await givenAgency(database.kysely);
    const b = await givenAgency(database.kysely);
    const ctxA = staffCtx(database.kysely, keyring, a.id);
    for (let i = 0; i < 3; i++) await record(ctxA, viewed());
    await record(staffCtx(database.kysely, keyring, b.id), { type: 'auth.signed_out', details: { reason: 'idle' } });

    const chainA = await chainOf(a.id);
    expect(chainA.map((row) => row.seq)).toEqual(['1', '2', '3']);
    expect(chainA[0]!.prev_hash).toBe('genesis');
    expect(chainA[1]!.prev_hash).toBe(chainA[0]!.hash);
    expect(chainA[2]!.prev_hash).toBe(chainA[1]!.hash);
    expect(chainA[0]).toMatchObject({
      type: 'record.viewed',
      actor_kind: 'staff',
      actor_user_id: (ctxA.actor as { userId: string }).userId,
      subject_type: 'participant',
      details: {},
      request_id: ctxA.requestId,
      key_id: 'k1',
      occurred_at: ctxA.now,
    });
    const chainB = await chainOf(b.id);
    expect(chainB.map((row) => [row.seq, row.prev_hash, row.details])).toEqual([['1', 'genesis', { reason: 'idle' }]]);
    const head = await database.kysely.selectFrom('audit_chain_head').selectAll().where('agency_id', '=', a.id).executeTakeFirstOrThrow();
    expect(head).toMatchObject({ last_seq: '3', last_hash: chainA[2]!.hash });
  });

  it("records into the agency named by options when no staff member acts (a failed sign-in, the system)", async () => {
    const agency = await givenAgency(database.kysely);
    const anonymous: Ctx = { ...staffCtx(database.kysely, keyring, agency.id), actor: { kind: 'anonymous' } };
    await record(anonymous, { type: 'auth.sign_in_failed', details: { reason: 'unknown_user' } }, { agencyId: agency.id });
    await systemCtx(database.kysely, keyring).db.transaction((trx) =>
      recordAudit(systemCtx(database.kysely, keyring), trx, { type: 'keys.rotated', details: { toKeyId: 'k1', values: 0 } }, { agencyId: agency.id }),
    );
    // Without a transaction of its own, recordAudit opens one (the head lock must last until the insert).
    await recordAudit(systemCtx(database.kysely, keyring), database.kysely, { type: 'keys.rotated', details: { toKeyId: 'k1', values: 3 } }, { agencyId: agency.id });
    const rows = await chainOf(agency.id);
    expect(rows.map((row) => [row.seq, row.actor_kind, row.actor_user_id])).toEqual([['1', 'anonymous', null], ['2', 'system', null], ['3', 'system', null]]);
    expect((await verifyAuditChain(database.kysely, keyring, { agencyId: agency.id }))[0]?.ok).toBe(true);
  });

  it('fails closed: an invalid event, or one for another agency, rolls back the caller’s other writes', async () => {
    const agency = await givenAgency(database.kysely);
    const other = await givenAgency(database.kysely);
    const ctx = staffCtx(database.kysely, keyring, agency.id);
    const withSite = (name: string, event: AuditEventInput, options?: { agencyId?: string }) =>
      ctx.db.transaction(async (trx) => {
        await trx.insertInto('site').values({ agency_id: agency.id, name, time_zone: 'America/Toronto' }).execute();
        await recordAudit(ctx, trx, event, options);
      });
    await expect(withSite('Sudbury', { type: 'auth.signed_in', details: { method: 'password', name: 'Jane Doe' } } as never)).rejects.toMatchObject({
      kind: 'unexpected',
      code: 'audit.event_invalid',
      params: { type: 'auth.signed_in' },
    });
    await expect(withSite('Timmins', viewed(), { agencyId: other.id })).rejects.toMatchObject({ code: 'audit.agency_unknown' });
    // An anonymous request cannot write into an agency its transaction is not scoped to.
    const anonymous: Ctx = { ...ctx, actor: { kind: 'anonymous' } };
    await expect(
      anonymous.db.transaction(async (trx) => {
        await trx.insertInto('site').values({ agency_id: agency.id, name: 'Kenora', time_zone: 'America/Winnipeg' }).execute();
        await recordAudit(anonymous, trx, viewed(), { agencyId: other.id });
      }),
    ).rejects.toThrow(/row-level security/);
    const sites = await database.kysely.selectFrom('site').select('name').where('agency_id', '=', agency.id).execute();
    expect(sites).toEqual([]);
    expect(await chainOf(agency.id)).toEqual([]);
    expect(await chainOf(other.id)).toEqual([]);
  });

  it('lets the app role append without reading back, and read only its own agency with the audit compartment', async () => {
    const agency = await givenAgency(database.kysely);
    const other = await givenAgency(database.kysely);
    await record(staffCtx(database.kysely, keyring, other.id), viewed());
    const writer = staffCtx(database.kysely, keyring, agency.id, { roles: ['facilitator'], compartments: ['participant'] });
    await record(writer, viewed());
    await record(writer, viewed());
    const seen = (compartments: ('participant' | 'audit')[]) =>
      scopeToAgency(database.kysely, agency.id, { compartments }).transaction((trx) => trx.selectFrom('audit_event').select(['agency_id', 'seq']).orderBy('seq').execute());
    expect(await seen(['participant'])).toEqual([]);
    expect(await seen(['audit'])).toEqual([
      { agency_id: agency.id, seq: '1' },
      { agency_id: agency.id, seq: '2' },
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the app role (no grant) and to the owner (trigger)', async () => {
    const agency = await givenAgency(database.kysely);
    await record(staffCtx(database.kysely, keyring, agency.id), viewed());
    const asApp = scopeToAgency(database.kysely, agency.id, { compartments: ['audit'] });
    for (const statement of [
      sql`update audit_event set details = '{"edited":true}' where agency_id = ${agency.id}`,
      sql`delete from audit_event where agency_id = ${agency.id}`,
      sql`truncate audit_event`,
      sql`delete from audit_chain_head where agency_id = ${agency.id}`,
    ]) {
      await expect(asApp.transaction((trx) => statement.execute(trx))).rejects.toThrow(/permission denied/);
    }
    for (const statement of [
      sql`update audit_event set details = '{"edited":true}' where agency_id = ${agency.id}`,
      sql`delete from audit_event where agency_id = ${agency.id}`,
      sql`truncate audit_event`,
    ]) {
      await expect(statement.execute(database.kysely)).rejects.toThrow(/audit_event is append-only/);
    }
    for (const statement of [
      sql`update audit_chain_head set last_seq = 0, last_hash = 'genesis' where agency_id = ${agency.id}`,
      sql`delete from audit_chain_head where agency_id = ${agency.id}`,
      sql`truncate audit_chain_head`,
    ]) {
      await expect(statement.execute(database.kysely)).rejects.toThrow(/audit_chain_head only moves forward/);
    }
    expect(await chainOf(agency.id)).toHaveLength(1);
    expect((await verifyAuditChain(database.kysely, keyring, { agencyId: agency.id }))[0]?.ok).toBe(true);
  });

  it('keeps the chain gapless when transactions of one agency record events at the same time', async () => {
    const agency = await givenAgency(database.kysely);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const ctx = staffCtx(database.kysely, keyring, agency.id);
        await ctx.db.transaction(async (trx) => {
          await trx.insertInto('site').values({ agency_id: agency.id, name: `Site ${i}`, time_zone: 'America/Toronto' }).execute();
          await pause();
          await recordAudit(ctx, trx, viewed());
          await pause();
          await recordAudit(ctx, trx, { type: 'export.created', details: { kind: 'roster', format: 'pdf', records: i } });
        });
      }),
    );
    const rows = await chainOf(agency.id);
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyAuditChain(database.kysely, keyring, { agencyId: agency.id })).toEqual([
      expect.objectContaining({ ok: true, events: 12, head: { seq: 12, hash: rows[11]!.hash } }),
    ]);
  });
});
