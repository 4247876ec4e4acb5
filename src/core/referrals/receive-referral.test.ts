import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import type { Keyring } from '../crypto/keyring.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { isAppError, type Ctx } from '../shared/index.js';
import { findDuplicateParticipants } from './find-duplicate-participants.js';
import { receiveReferral } from './receive-referral.js';
import { ReceiveReferralInput } from './referrals.schema.js';

let database: TestDatabase;
let keyring: Keyring;
beforeAll(async () => {
  database = await openTestDatabase();
  keyring = testKeyring();
});
afterAll(async () => database?.close());

function ctxFor(agencyId: string, roles: Role[] = ['intake']): Ctx {
  return {
    actor: { kind: 'staff', userId: randomUUID(), agencyId, roles, sessionId: randomUUID() },
    db: scopeToAgency(database.kysely, agencyId, { compartments: compartmentsFor(roles) }),
    keyring,
    now: new Date('2026-11-21T15:00:00Z'),
    locale: 'en-CA',
    requestId: 'test',
  };
}

const referral = (overrides: Record<string, unknown> = {}) =>
  ReceiveReferralInput.parse({
    idempotencyKey: `key-${randomUUID()}`,
    participant: { givenName: 'René', familyName: 'Tremblay', dateOfBirth: '1988-03-02', gender: 'man', groupGender: 'men', language: 'fr', phone: '(613) 555-0142', address: { street: '12 rue Principale', city: 'Ottawa', province: 'ON', postalCode: 'k1a0b1' } },
    referral: { source: 'probation', stream: 'probation_order', courtFileNumber: `CF-${randomUUID().slice(0, 6)}`, orderDate: '2026-10-01', completeBy: '2027-04-01', charges: ['assault'] },
    conditions: [{ kind: 'no_contact', withWhom: 'the complainant', exceptions: 'through counsel' }],
    partners: [{ fullName: 'Sylvie Partner', relationship: 'victim', phone: '613 555 0199', address: '5 Elm St', childrenAges: [6, 15] }],
    ...overrides,
  });

async function issuesOf(promise: Promise<unknown>): Promise<{ path: string; reason: unknown }[]> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.issues.map((issue) => ({ path: issue.path, reason: issue.params?.reason }));
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('receiving a referral', () => {
  it('records the person, referral and no-contact order, and drops the partner into the partner compartment', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = ctxFor(agency.id);
    const receipt = await receiveReferral(ctx, referral());
    expect(receipt).toMatchObject({ partnersPassedOn: 1, repeated: false, receivedAt: '2026-11-21T15:00:00.000Z' });

    const person = await database.kysely.selectFrom('participant').selectAll().where('id', '=', receipt.participantId).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ phone: '+16135550142', postal_code: 'K1A 0B1', case_state: 'referred', agency_id: agency.id });
    const conditions = await database.kysely.selectFrom('referral_condition').selectAll().where('referral_id', '=', receipt.referralId).execute();
    expect(conditions).toEqual([expect.objectContaining({ kind: 'no_contact', with_whom: 'the complainant', exceptions: 'through counsel' })]);

    // As the owner: the partner exists, encrypted, bound to its row; a notice waits for the team.
    const partner = await database.kysely.selectFrom('partner').selectAll().where('participant_id', '=', receipt.participantId).executeTakeFirstOrThrow();
    expect(JSON.stringify(partner)).not.toContain('Sylvie');
    expect(keyring.decrypt(partner.full_name_encrypted, fieldContext('partner', 'full_name', agency.id, partner.id))).toBe('Sylvie Partner');
    // The phone given at referral waits as a contact preference the partner has not confirmed yet.
    const preferences = await database.kysely.selectFrom('contact_preference').selectAll().where('partner_id', '=', partner.id).orderBy('channel', 'desc').execute();
    expect(preferences.map((p) => ({ channel: p.channel, safe: p.safe, confirmed: p.confirmed_on, value: keyring.decrypt(p.value_encrypted, fieldContext('contact_preference', 'value', agency.id, p.id)) })))
      .toEqual([{ channel: 'phone', safe: null, confirmed: null, value: '+16135550199' }, { channel: 'mail', safe: null, confirmed: null, value: '5 Elm St' }]);
    const notice = await database.kysely.selectFrom('partner_notice').selectAll().where('partner_id', '=', partner.id).executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ type: 'new_partner', occurred_on: '2026-11-21' });
    expect(notice.due_at.toISOString()).toBe('2026-11-28T15:00:00.000Z');
    const children = await database.kysely.selectFrom('partner_child').select('age').where('partner_id', '=', partner.id).orderBy('age').execute();
    expect(children.map((c) => c.age)).toEqual([6, 15]);
  });

  it('gives intake no way to read the partner back: the drop box is write-only', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = ctxFor(agency.id);
    await receiveReferral(ctx, referral());
    const seen = await ctx.db.transaction(async (trx) => ({
      partners: (await sql<{ n: number }>`select count(*)::int as n from partner`.execute(trx)).rows[0]?.n,
      children: (await sql<{ n: number }>`select count(*)::int as n from partner_child`.execute(trx)).rows[0]?.n,
      preferences: (await sql<{ n: number }>`select count(*)::int as n from contact_preference`.execute(trx)).rows[0]?.n,
      notices: (await sql<{ n: number }>`select count(*)::int as n from partner_notice`.execute(trx)).rows[0]?.n,
      handoffs: (await sql<{ n: number }>`select count(*)::int as n from partner_handoff`.execute(trx)).rows[0]?.n,
    }));
    expect(seen).toEqual({ partners: 0, children: 0, preferences: 0, notices: 0, handoffs: 1 });
  });

  it('creates one referral from a double submit', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = ctxFor(agency.id);
    const input = referral();
    const first = await receiveReferral(ctx, input);
    const second = await receiveReferral(ctx, input);
    expect(second).toEqual({ ...first, repeated: true });
    const count = await database.kysely.selectFrom('partner').select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses impossible dates and numbers field by field, saving nothing', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = ctxFor(agency.id);
    const bad = referral({
      participant: { givenName: 'A', familyName: 'B', dateOfBirth: '2020-01-01', gender: 'man', groupGender: 'men', language: 'other', phone: '12', address: { street: 'x', city: 'y', province: 'ON', postalCode: '90210' } },
      referral: { source: 'court', stream: 'peace_bond', orderDate: '2026-12-01', completeBy: '2026-11-30' },
      conditions: [{ kind: 'no_contact' }],
      partners: [{ fullName: 'P', relationship: 'victim', phone: 'call me' }],
    });
    expect(await issuesOf(receiveReferral(ctx, bad))).toEqual([
      { path: 'body.participant.dateOfBirth', reason: 'birth_date_range' },
      { path: 'body.participant.phone', reason: 'phone' },
      { path: 'body.participant.address.postalCode', reason: 'postal_code' },
      { path: 'body.participant.languageOther', reason: 'language_other_required' },
      { path: 'body.referral.orderDate', reason: 'future_date' },
      { path: 'body.referral.completeBy', reason: 'before_order_date' },
      { path: 'body.conditions.0.withWhom', reason: 'no_contact_with_whom' },
      { path: 'body.partners.0.phone', reason: 'phone' },
    ]);
    expect(await database.kysely.selectFrom('participant').select('id').where('agency_id', '=', agency.id).execute()).toEqual([]);
  });

  it('needs the drop-box permission to pass partners on', async () => {
    const agency = await givenAgency(database.kysely);
    await expect(receiveReferral(ctxFor(agency.id, ['facilitator']), referral())).rejects.toMatchObject({ code: 'access.not_found' });
  });
});

describe('duplicate check', () => {
  it('offers people with a similar name (accents ignored) or the same court file, not a birth date alone', async () => {
    const agency = await givenAgency(database.kysely);
    const ctx = ctxFor(agency.id);
    const input = referral();
    const { participantId } = await receiveReferral(ctx, input);
    await receiveReferral(ctx, referral({ participant: { givenName: 'Alice', familyName: 'Zhou', dateOfBirth: '1988-03-02', gender: 'woman', groupGender: 'women', language: 'en' }, partners: [] }));
    const byName = await findDuplicateParticipants(ctx, { givenName: 'Rene', familyName: 'Tremblay' });
    expect(byName.map((c) => c.participantId)).toEqual([participantId]);
    expect(byName[0]!.reasons).toEqual(['similar_name']);
    const byFile = await findDuplicateParticipants(ctx, { givenName: 'Unrelated', familyName: 'Person', dateOfBirth: '1988-03-02', courtFileNumber: input.referral.courtFileNumber });
    expect(byFile).toEqual([expect.objectContaining({ participantId, reasons: ['same_birth_date', 'same_court_file'] })]);
    expect(await findDuplicateParticipants(ctx, { givenName: 'Nobody', familyName: 'Known', dateOfBirth: '1988-03-02' })).toEqual([]);
  });
});
