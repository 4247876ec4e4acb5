import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { testKeyring } from '../audit/testing/staff-ctx.js';
import type { Keyring } from '../crypto/keyring.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { givenAgency } from '../../db/testing/factories.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import type { Ctx } from '../shared/index.js';
import { importReferrals, type ImportReferralsOptions } from './import-referrals.js';

let database: TestDatabase;
let keyring: Keyring;
beforeAll(async () => {
  database = await openTestDatabase();
  keyring = testKeyring();
});
afterAll(async () => database?.close());

/** As the CLI acts: the operator, in one agency, with the participant compartment only. */
function operatorCtx(agencyId: string, keys: Keyring = keyring): Ctx {
  const db = scopeToAgency(database.kysely, agencyId, { compartments: ['participant'] });
  return { actor: { kind: 'system', reason: 'pars referrals import' }, db, keyring: keys, now: new Date('2026-11-21T15:00:00Z'), locale: 'en-CA', requestId: 'cli-test' };
}
function staffCtx(agencyId: string, roles: Role[]): Ctx {
  const actor = { kind: 'staff' as const, userId: randomUUID(), agencyId, roles, sessionId: randomUUID() };
  return { ...operatorCtx(agencyId), actor, db: scopeToAgency(database.kysely, agencyId, { compartments: compartmentsFor(roles) }) };
}

const header = 'given_name,family_name,date_of_birth,gender,group_gender,language,phone,postal_code,street,city,province,source,stream,charges,order_date,no_contact_with,partner_name,partner_relationship,partner_phone,partner_children_ages';
const line = (n: number, dateOfBirth = '1988-03-02', partner = `Partner ${n}`) =>
  `Person${n},"Tremblay, ${n}",${dateOfBirth},man,men,fr,613-555-${String(n).padStart(4, '0')},k1a0b1,12 rue Principale,Ottawa,ON,central_intake,probation_order,"assault; mischief, under $5000",2026-10-01,the complainant,${partner},victim,613 555 0199,6;15`;
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
const run = (ctx: Ctx, file: Uint8Array, options: Partial<ImportReferralsOptions> = {}) => importReferrals(ctx, file, { acceptValid: false, dryRun: false, ...options });

async function countIn(agencyId: string): Promise<{ participants: number; referrals: number; partners: number }> {
  const count = async (table: 'participant' | 'referral' | 'partner') =>
    Number((await database.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('agency_id', '=', agencyId).executeTakeFirstOrThrow()).n);
  return { participants: await count('participant'), referrals: await count('referral'), partners: await count('partner') };
}

describe('importing a CSV of referrals', () => {
  it('imports a clean file: people, referrals with their no-contact orders, and partners dropped in encrypted', async () => {
    const agency = await givenAgency(database.kysely);
    const report = await run(operatorCtx(agency.id), csv(line(1), line(2), line(3)));
    expect(report).toEqual({ imported: [2, 3, 4], alreadyImported: [], notWritten: [], rejected: [], problems: [], refused: false });
    expect(await countIn(agency.id)).toEqual({ participants: 3, referrals: 3, partners: 3 });
    const referral = await database.kysely.selectFrom('referral').selectAll().where('agency_id', '=', agency.id).where('idempotency_key', 'like', 'csv-%-2').executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ source: 'central_intake', charges: ['assault', 'mischief, under $5000'], created_by: null });
    const person = await database.kysely.selectFrom('participant').selectAll().where('id', '=', referral.participant_id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ given_name: 'Person1', family_name: 'Tremblay, 1', phone: '+16135550001', postal_code: 'K1A 0B1' });
    // As the owner: the partner exists, encrypted and bound to its row.
    const partner = await database.kysely.selectFrom('partner').selectAll().where('participant_id', '=', person.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(partner)).not.toContain('Partner 1');
    expect(keyring.decrypt(partner.full_name_encrypted, fieldContext('partner', 'full_name', agency.id, partner.id))).toBe('Partner 1');
    const ages = await database.kysely.selectFrom('partner_child').select('age').where('partner_id', '=', partner.id).orderBy('age').execute();
    expect(ages.map((child) => child.age)).toEqual([6, 15]);
  });

  it('imports nothing from a file with one bad row, and says which row and column to fix', async () => {
    const agency = await givenAgency(database.kysely);
    const report = await run(operatorCtx(agency.id), csv(line(1), line(2, '2020-01-01'), line(3)));
    expect(report).toMatchObject({ imported: [], notWritten: [2, 4], rejected: [3], refused: true });
    expect(report.problems).toEqual([{ row: 3, column: 'date_of_birth', code: 'custom', params: { reason: 'birth_date_range' } }]);
    expect(await countIn(agency.id)).toEqual({ participants: 0, referrals: 0, partners: 0 });
  });

  it('with acceptValid imports the good rows and lists the rejected one; the same file again creates nothing', async () => {
    const agency = await givenAgency(database.kysely);
    const file = csv(line(1), line(2, '2020-01-01'), line(3));
    expect(await run(operatorCtx(agency.id), file, { acceptValid: true })).toMatchObject({ imported: [2, 4], rejected: [3], refused: false });
    expect(await run(operatorCtx(agency.id), file, { acceptValid: true })).toMatchObject({ imported: [], alreadyImported: [2, 4], rejected: [3] });
    expect(await countIn(agency.id)).toEqual({ participants: 2, referrals: 2, partners: 2 });
  });

  it('reports the rows of a file imported before as already imported', async () => {
    const agency = await givenAgency(database.kysely);
    const file = csv(line(1), line(2), line(3));
    await run(staffCtx(agency.id, ['intake']), file);
    expect(await run(operatorCtx(agency.id), file)).toEqual({ imported: [], alreadyImported: [2, 3, 4], notWritten: [], rejected: [], problems: [], refused: false });
    expect(await countIn(agency.id)).toEqual({ participants: 3, referrals: 3, partners: 3 });
  });

  it('refuses a file with an unknown column before reading its rows', async () => {
    const agency = await givenAgency(database.kysely);
    const file = new TextEncoder().encode(`${header},shoe_size\n${line(1)},44\n`);
    const report = await run(operatorCtx(agency.id), file, { acceptValid: true });
    expect(report).toMatchObject({ refused: true, problems: [{ row: null, column: null, code: 'csv_unknown_columns', params: { columns: 'shoe_size' } }] });
    expect(await countIn(agency.id)).toEqual({ participants: 0, referrals: 0, partners: 0 });
  });

  it('checks as the import would in a dry run (dates against today), writing nothing', async () => {
    const agency = await givenAgency(database.kysely);
    const future = line(2).replace('2026-10-01', '2026-12-01');
    const report = await run(operatorCtx(agency.id), csv(line(1), future), { dryRun: true, acceptValid: true });
    expect(report).toMatchObject({ imported: [], notWritten: [2], rejected: [3], refused: false });
    expect(report.problems).toEqual([{ row: 3, column: 'order_date', code: 'custom', params: { reason: 'future_date' } }]);
    expect(await countIn(agency.id)).toEqual({ participants: 0, referrals: 0, partners: 0 });
  });

  it('keeps nothing from the file when a row fails while writing', async () => {
    const agency = await givenAgency(database.kysely);
    // Row 4's partner cannot be encrypted: rows 2 and 3 were already written in the transaction.
    const failing: Keyring = { ...keyring, encrypt: (value, context) => (value === 'Boom' ? thrower() : keyring.encrypt(value, context)) };
    await expect(run(operatorCtx(agency.id, failing), csv(line(1), line(2), line(3, '1990-01-01', 'Boom')))).rejects.toThrow('disk on fire');
    expect(await countIn(agency.id)).toEqual({ participants: 0, referrals: 0, partners: 0 });
  });

  it('reports progress every 100 rows of a long file', async () => {
    const agency = await givenAgency(database.kysely);
    const lines = Array.from({ length: 205 }, (_, i) => line(i).replace(/,Partner \d+,victim,613 555 0199,6;15$/, ',,,,'));
    const progress: [number, number][] = [];
    const report = await run(operatorCtx(agency.id), csv(...lines), { onProgress: (done, total) => progress.push([done, total]) });
    expect(report.imported).toHaveLength(205);
    expect(progress).toEqual([[100, 205], [200, 205]]);
  });

  it('accepts the example of docs/referral-import.md as it stands', async () => {
    const agency = await givenAgency(database.kysely);
    const guide = readFileSync(join(import.meta.dirname, '../../../docs/referral-import.md'), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(guide)![1]!;
    expect(await run(operatorCtx(agency.id), new TextEncoder().encode(example), { dryRun: true })).toMatchObject({ notWritten: [2, 3], problems: [] });
  });

  it('needs a role that may write referrals', async () => {
    const agency = await givenAgency(database.kysely);
    await expect(run(staffCtx(agency.id, ['finance']), csv(line(1)))).rejects.toMatchObject({ code: 'access.not_found' });
  });
});

function thrower(): never {
  throw new Error('disk on fire');
}
