import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { compartmentsFor, type Role } from '../../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../../audit/testing/staff-ctx.js';
import { givenAgency, givenParticipant, givenSite } from '../../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../../db/testing/test-database.js';
import { translate } from '../../../i18n/translate.js';
import { isAppError } from '../../shared/app-error.js';
import type { Ctx } from '../../shared/ctx.js';
import type { CreateLedgerEntryInput } from '../fees.schema.js';

/** The fee tests' clock: Tuesday 2026-11-24, 10:00 in Toronto. */
export const now = '2026-11-24T15:00:00.000Z';
export const today = '2026-11-24';
export const keyring = testKeyring();

/**
 * One database for a test file (opened before its tests, closed after) and a fresh agency per
 * world: a participant, a men's stream with `policy`, and staff of any role on demand.
 */
export function useFeesWorld() {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  const db = () => database.kysely;

  async function givenWorld(policy: Record<string, unknown> = {}) {
    const db = database.kysely;
    const agency = await givenAgency(db);
    await givenSite(db, agency.id);
    const participant = await givenParticipant(db, agency.id, { givenName: 'Jordan', familyName: 'Sample' });
    const stream = await db.insertInto('program_stream').values({ agency_id: agency.id, code: 'men-en', name: "Men's group", name_fr: 'Groupe pour hommes', policy }).returning('id').executeTakeFirstOrThrow();
    const users = new Map<Role, string>();
    const as = async (role: Role): Promise<Ctx> => {
      if (!users.has(role)) {
        const user = await givenStaffUser(db, agency.id, `Staff ${role}`);
        await db.insertInto('role_grant').values({ agency_id: agency.id, user_id: user.id, role }).execute();
        users.set(role, user.id);
      }
      return staffCtx(db, keyring, agency.id, { userId: users.get(role)!, roles: [role], compartments: compartmentsFor([role]), now });
    };
    const declare = (householdSize: number, annualIncomeCents: number) =>
      db
        .insertInto('participant_income')
        .values({ agency_id: agency.id, participant_id: participant.id, household_size: householdSize, annual_income_cents: annualIncomeCents, declared_at: new Date(now) })
        .onConflict((oc) => oc.columns(['agency_id', 'participant_id']).doUpdateSet({ household_size: householdSize, annual_income_cents: annualIncomeCents }))
        .execute();
    return { agency, participant, streamId: stream.id, as, userOf: (role: Role) => users.get(role)!, declare };
  }

  async function rowsOf(participantId: string) {
    return database.kysely.selectFrom('ledger_entry').selectAll().where('participant_id', '=', participantId).execute();
  }

  return { db, givenWorld, rowsOf };
}

export /** The error a call is refused with, after checking its message exists in English and French. */
async function refusal(call: Promise<unknown>): Promise<{ code: string; en: string; fr: string }> {
  try {
    await call;
  } catch (error) {
    if (!isAppError(error)) throw error;
    const en = translate('en-CA', `error.${error.code}`, error.params);
    const fr = translate('fr-CA', `error.${error.code}`, error.params);
    expect(en).not.toBe(`error.${error.code}`);
    expect(fr).not.toBe(en);
    return { code: error.code, en, fr };
  }
  throw new Error('expected a refusal');
}

export const payment = (amountCents: number, overrides: Partial<Extract<CreateLedgerEntryInput, { kind: 'payment' }>> = {}): CreateLedgerEntryInput => ({
  kind: 'payment',
  idempotencyKey: `pay-${randomUUID()}`,
  amountCents,
  method: 'cash',
  effectiveOn: today,
  ...overrides,
});
