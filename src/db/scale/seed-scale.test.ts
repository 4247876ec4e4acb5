import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../../core/access/index.js';
import { verifyAuditChain } from '../../core/audit/index.js';
import { staffCtx, testKeyring } from '../../core/audit/testing/staff-ctx.js';
import { getParticipantFile } from '../../core/participants/index.js';
import { getWorklist, listContacts } from '../../core/partner-contact/index.js';
import { getParticipantReport } from '../../core/reports/get-participant-report.js';
import { computeAgencyStatistics } from '../../core/statistics/index.js';
import { fieldContext } from '../encrypted-columns.js';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { seedScale, type SeedScaleResult } from './seed-scale.js';

/**
 * A small generated province (2 agencies, 1.5% of Ontario's year) written twice with one seed and
 * once with another: same seed, same data; the database's constraints accept every row; the audit
 * chains verify; and the app's own use cases read what was generated.
 */
const keyring = testKeyring();
const until = '2026-11-01';
const small = { scale: 0.015, agencies: 2, until };
let first: TestDatabase;
let second: TestDatabase;
let firstRun: SeedScaleResult;
let secondRun: SeedScaleResult;
let otherSeed: SeedScaleResult;

beforeAll(async () => {
  first = await openTestDatabase({ fresh: true });
  second = await openTestDatabase({ fresh: true });
  firstRun = await seedScale(first.kysely, keyring, { ...small, seed: 7 });
  secondRun = await seedScale(second.kysely, keyring, { ...small, seed: 7 });
  otherSeed = await seedScale(first.kysely, keyring, { ...small, seed: 8, append: true });
}, 120_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

/** Partner names and contact notes of the seed-7 agencies, decrypted, in id order. */
async function decryptedSample(database: TestDatabase, slugPrefix: string) {
  const partners = await database.kysely
    .selectFrom('partner as p')
    .innerJoin('agency as a', 'a.id', 'p.agency_id')
    .select(['p.agency_id', 'p.id', 'p.full_name_encrypted'])
    .where('a.slug', 'like', `${slugPrefix}%`)
    .orderBy('p.id')
    .execute();
  const notes = await database.kysely
    .selectFrom('contact_record as c')
    .innerJoin('agency as a', 'a.id', 'c.agency_id')
    .select(['c.agency_id', 'c.id', 'c.notes_encrypted'])
    .where('a.slug', 'like', `${slugPrefix}%`)
    .where('c.notes_encrypted', 'is not', null)
    .orderBy('c.id')
    .limit(50)
    .execute();
  return {
    partners: partners.map((p) => [p.id, keyring.decrypt(p.full_name_encrypted, fieldContext('partner', 'full_name', p.agency_id, p.id))]),
    notes: notes.map((c) => [c.id, keyring.decrypt(c.notes_encrypted!, fieldContext('contact_record', 'notes', c.agency_id, c.id))]),
  };
}

describe('pars seed --scale', () => {
  it('writes the same data for the same seed, and other data for another', async () => {
    expect(secondRun.counts).toEqual(firstRun.counts);
    expect(firstRun.created).toEqual(['scale-7-001', 'scale-7-002']);
    const a = await decryptedSample(first, 'scale-7-');
    expect(a.partners.length).toBeGreaterThan(10);
    expect(await decryptedSample(second, 'scale-7-')).toEqual(a);
    const other = await decryptedSample(first, 'scale-8-');
    expect(other.partners.map(([id]) => id)).not.toEqual(a.partners.map(([id]) => id));
    expect(otherSeed.created).toEqual(['scale-8-001', 'scale-8-002']);
  });

  it('refuses a database that holds agencies, unless appending (which skips agencies already there)', async () => {
    await expect(seedScale(first.kysely, keyring, { ...small, seed: 7 })).rejects.toMatchObject({ code: 'cli.seed_not_empty' });
    const again = await seedScale(first.kysely, keyring, { ...small, seed: 7, append: true });
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(['scale-7-001', 'scale-7-002']);
  });

  it('has realistic proportions', () => {
    const c = firstRun.counts;
    const referrals = c.referral!;
    expect(referrals).toBeGreaterThan(120);
    expect(c.participant! / referrals).toBeGreaterThan(0.9);
    expect(c.partner! / c.participant!).toBeGreaterThan(0.5);
    expect(c.partner! / c.participant!).toBeLessThan(0.9);
    expect(c.attendance_mark! / c.enrolment!).toBeGreaterThan(5);
    expect(c.contact_record! / c.partner!).toBeGreaterThan(2);
    expect(c.case_transition! / c.participant!).toBeGreaterThan(3);
    expect(c.court_report).toBeGreaterThan(0);
    expect(c.ledger_entry).toBeGreaterThan(c.fee_assessment! / 2);
    expect(c.audit_event! / referrals).toBeGreaterThan(5);
  });

  it('leaves audit chains that verify', async () => {
    const reports = await verifyAuditChain(first.kysely, keyring);
    expect(reports).toHaveLength(4);
    expect(reports.every((r) => r.ok && r.events > 100)).toBe(true);
  });

  it('keeps receipt numbers unbroken and every case state consistent with its transitions', async () => {
    const gaps = await sql<{ n: number }>`
      select count(*)::int n from receipt_sequence s
      where s.last_number <> (select count(*) from ledger_entry l where l.agency_id = s.agency_id and l.receipt_number is not null)`.execute(first.kysely);
    expect(gaps.rows[0]!.n).toBe(0);
    const mismatched = await sql<{ n: number }>`
      select count(*)::int n from participant p
      join lateral (select to_state from case_transition t where t.agency_id = p.agency_id and t.participant_id = p.id order by occurred_at desc limit 1) last on true
      where last.to_state <> p.case_state`.execute(first.kysely);
    expect(mismatched.rows[0]!.n).toBe(0);
  });

  it("is read by the app's own use cases", async () => {
    const agency = await first.kysely.selectFrom('agency').select('id').where('slug', '=', 'scale-7-001').executeTakeFirstOrThrow();
    const userOf = async (role: Role) =>
      (await first.kysely.selectFrom('role_grant').select('user_id').where('agency_id', '=', agency.id).where('role', '=', role).executeTakeFirstOrThrow()).user_id;
    const as = async (role: Role) => staffCtx(first.kysely, keyring, agency.id, { userId: await userOf(role), roles: [role], compartments: compartmentsFor([role]), now: `${until}T15:00:00.000Z` });

    const statistics = await computeAgencyStatistics(first.kysely, agency.id, { from: '2026-01-01', to: '2026-10-31' }, new Date(`${until}T15:00:00Z`));
    expect(JSON.stringify(statistics)).toContain('referrals');

    const completed = await first.kysely.selectFrom('court_report').select('participant_id').where('agency_id', '=', agency.id).where('status', '=', 'sent').executeTakeFirstOrThrow();
    const file = await getParticipantFile(await as('intake'), completed.participant_id);
    expect(file.referrals.length).toBeGreaterThan(0);
    const report = await getParticipantReport(await as('manager'), completed.participant_id);
    expect(report.report?.content.signature).not.toBeNull();

    const partnerContact = await as('partner_contact');
    const partner = await first.kysely.selectFrom('contact_record').select(['partner_id', sql<number>`count(*)::int`.as('n')]).where('agency_id', '=', agency.id).groupBy('partner_id').orderBy('n', 'desc').executeTakeFirstOrThrow();
    const contacts = await listContacts(partnerContact, partner.partner_id);
    expect(contacts.items.length).toBe(partner.n);
    const worklist = await getWorklist(partnerContact);
    expect(worklist).toBeDefined();
  });
});
