import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { computeOperatorStatistics } from './provincial-statistics.js';
import { getStatistics } from './get-statistics.js';
import { sumStatistics } from './statistics.rules.js';
import type { Statistics } from './statistics.schema.js';
import { generateStatisticsAgency } from './testing/generate-statistics-world.js';

/**
 * The statistics recompute the same numbers as plain SQL written here independently (owner
 * connection, explicit agency filters, no row-level security) on generated agencies.
 */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
const period = { from: '2026-10-01', to: '2026-12-31' };
let agencies: { id: string; slug: string; timeZone: string }[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  agencies = [];
  for (const [index, timeZone] of ['America/Toronto', 'America/Winnipeg', 'America/Toronto'].entries()) {
    const agency = await generateStatisticsAgency(database.kysely, 101 + index, { timeZone, participants: 30 + index * 10 });
    agencies.push({ ...agency, timeZone });
  }
}, 120_000);
afterAll(async () => {
  await database?.close();
});

async function as(agencyId: string, role: Role) {
  const user = await givenStaffUser(database.kysely, agencyId, `Staff ${role}`);
  return staffCtx(database.kysely, keyring, agencyId, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now });
}

/** One number from plain SQL. */
async function one(query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  return Number((await query.execute(database.kysely)).rows[0]!.n);
}

/** Plain-SQL counts for one agency, keyed by what the module returns (written apart from it). */
async function expectedFor(agencyId: string, tz: string) {
  const inP = (column: ReturnType<typeof sql.ref>) => sql`timezone(${tz}, ${column})::date >= ${period.from}::date and timezone(${tz}, ${column})::date <= ${period.to}::date`;
  const a = agencyId;
  const referrals = await one(sql`select count(*) n from referral where agency_id = ${a} and status != 'duplicate' and ${inP(sql.ref('received_at'))}`);
  const courtReferrals = await one(sql`select count(*) n from referral where agency_id = ${a} and source = 'court' and status != 'duplicate' and ${inP(sql.ref('received_at'))}`);
  const peaceBond = await one(sql`select count(*) n from referral where agency_id = ${a} and stream = 'peace_bond' and status != 'duplicate' and ${inP(sql.ref('received_at'))}`);
  const intakes = await one(sql`select count(*) n from intake_assessment where agency_id = ${a} and ${inP(sql.ref('completed_at'))}`);
  const enrolments = await one(sql`select count(*) n from enrolment where agency_id = ${a} and ${inP(sql.ref('enrolled_at'))}`);
  const completions = await one(sql`select count(*) n from case_transition where agency_id = ${a} and to_state = 'completed' and ${inP(sql.ref('occurred_at'))}`);
  const discharges = await one(sql`select count(*) n from case_transition where agency_id = ${a} and to_state = 'discharged' and ${inP(sql.ref('occurred_at'))}`);
  const unspecified = await one(sql`select count(*) n from case_transition where agency_id = ${a} and to_state = 'discharged' and reason_code is null and ${inP(sql.ref('occurred_at'))}`);
  const markBase = sql`from attendance_mark m, group_session s where m.agency_id = ${a} and s.agency_id = ${a} and s.id = m.session_id and s.status = 'scheduled' and s.local_date >= ${period.from}::date and s.local_date <= ${period.to}::date`;
  const marks = await one(sql`select count(*) n ${markBase}`);
  const attended = await one(sql`select count(*) n ${markBase} and m.status in ('present', 'late', 'left_early')`);
  const waitDays = (table: string, column: string) => sql<{ n: number; total: number }>`
    select count(*) n, coalesce(sum(d), 0) total from (
      select timezone(${tz}, x.${sql.ref(column)})::date - max(timezone(${tz}, r.received_at)::date) d
      from ${sql.table(table)} x join referral r on r.agency_id = x.agency_id and r.participant_id = x.participant_id and r.status != 'duplicate' and r.received_at <= x.${sql.ref(column)}
      where x.agency_id = ${a} and ${inP(sql.ref(`x.${column}`))} group by x.id, x.${sql.ref(column)}) w`.execute(database.kysely);
  const intakeWait = (await waitDays('intake_assessment', 'completed_at')).rows[0]!;
  const enrolmentWait = (await waitDays('enrolment', 'enrolled_at')).rows[0]!;
  const offered = await one(sql`select count(*) n from partner where agency_id = ${a} and ${inP(sql.ref('created_at'))}`);
  const reached = await one(sql`select count(distinct partner_id) n from contact_record where agency_id = ${a} and kind in ('call', 'email', 'text', 'in_person') and ${inP(sql.ref('occurred_at'))}`);
  const contacts = await one(sql`select count(*) n from contact_record where agency_id = ${a} and kind in ('call', 'email', 'text', 'in_person') and ${inP(sql.ref('occurred_at'))}`);
  const attempts = await one(sql`select count(*) n from contact_record where agency_id = ${a} and kind = 'attempt' and ${inP(sql.ref('occurred_at'))}`);
  const declined = await one(sql`select count(distinct partner_id) n from partner_consent where agency_id = ${a} and decision = 'declined' and decided_on >= ${period.from}::date and decided_on <= ${period.to}::date`);
  const safetyPlans = await one(sql`select count(distinct partner_id) n from safety_plan where agency_id = ${a} and wanted = true and ${inP(sql.ref('created_at'))}`);
  const disclosures = await one(sql`select count(*) n from disclosure where agency_id = ${a} and made_at is not null and ${inP(sql.ref('made_at'))}`);
  const childAid = await one(sql`select count(*) n from disclosure where agency_id = ${a} and recipient = 'childrens_aid' and made_at is not null and ${inP(sql.ref('made_at'))}`);
  const payments = await one(sql`select count(*) n from ledger_entry where agency_id = ${a} and receipt_number is not null and effective_on >= ${period.from}::date and effective_on <= ${period.to}::date`);
  const collected = await one(sql`select coalesce(sum(case kind when 'payment' then -amount_cents else -amount_cents end), 0) n from ledger_entry where agency_id = ${a} and kind in ('payment', 'refund') and effective_on between ${period.from}::date and ${period.to}::date`);
  const waivers = await one(sql`select count(*) n from fee_assessment where agency_id = ${a} and kind = 'waived' and ${inP(sql.ref('assessed_at'))}`);
  const waived = await one(sql`select coalesce(sum(schedule_fee_cents), 0) n from fee_assessment where agency_id = ${a} and kind = 'waived' and ${inP(sql.ref('assessed_at'))}`);
  return {
    referrals, courtReferrals, peaceBond, intakes, enrolments, completions, discharges, unspecified, marks, attended,
    intakeWait: { count: Number(intakeWait.n), totalDays: Number(intakeWait.total) },
    enrolmentWait: { count: Number(enrolmentWait.n), totalDays: Number(enrolmentWait.total) },
    partnerContact: { offered, reached, contacts, attempts, declined, safetyPlans },
    disclosures, childAid,
    fees: { payments, collectedCents: collected, waivers, waivedCents: waived },
  };
}

/** Participant-side events by gender, by plain SQL (a referral, intake … each counted once by the person's gender). */
async function expectedByGender(agencyId: string, tz: string): Promise<Record<string, { referrals: number; enrolments: number; marks: number }>> {
  const result = await sql<{ gender: string; referrals: number; enrolments: number; marks: number }>`
    select p.gender,
      (select count(*) from referral r where r.agency_id = p.agency_id and r.participant_id = p.id and r.status != 'duplicate' and timezone(${tz}, r.received_at)::date between ${period.from}::date and ${period.to}::date) referrals,
      (select count(*) from enrolment e where e.agency_id = p.agency_id and e.participant_id = p.id and timezone(${tz}, e.enrolled_at)::date between ${period.from}::date and ${period.to}::date) enrolments,
      (select count(*) from attendance_mark m join group_session s on s.agency_id = m.agency_id and s.id = m.session_id
         where m.agency_id = p.agency_id and m.participant_id = p.id and s.status = 'scheduled' and s.local_date between ${period.from}::date and ${period.to}::date) marks
    from participant p where p.agency_id = ${agencyId}`.execute(database.kysely);
  const byGender: Record<string, { referrals: number; enrolments: number; marks: number }> = {};
  for (const row of result.rows) {
    const sum = (byGender[row.gender] ??= { referrals: 0, enrolments: 0, marks: 0 });
    sum.referrals += Number(row.referrals);
    sum.enrolments += Number(row.enrolments);
    sum.marks += Number(row.marks);
  }
  return byGender;
}

function compare(actual: Statistics, expected: Awaited<ReturnType<typeof expectedFor>>) {
  expect({
    referrals: actual.referrals.total, courtReferrals: actual.referrals.bySource.court, peaceBond: actual.referrals.byStream.peace_bond,
    intakes: actual.intakes, enrolments: actual.enrolments, completions: actual.completions, discharges: actual.discharges.total,
    unspecified: actual.discharges.byReason.unspecified, marks: actual.attendance.marks, attended: actual.attendance.attended,
    intakeWait: actual.waits.referralToIntake, enrolmentWait: actual.waits.referralToEnrolment, partnerContact: actual.partnerContact,
    disclosures: actual.disclosures.total, childAid: actual.disclosures.byRecipient.childrens_aid, fees: actual.fees,
  }).toEqual(expected);
}

describe('statistics against an independent SQL computation', () => {
  it('give each agency the numbers plain SQL gives, for a manager, a partner-contact lead and an auditor alike', async () => {
    for (const agency of agencies) {
      const expected = await expectedFor(agency.id, agency.timeZone);
      expect(expected.referrals).toBeGreaterThan(5);
      expect(expected.marks).toBeGreaterThan(20);
      // Every kind of number is exercised, so a mismatch cannot hide behind zeros.
      expect(Math.min(expected.intakes, expected.enrolments, expected.completions, expected.discharges, expected.intakeWait.count, expected.partnerContact.offered, expected.partnerContact.contacts, expected.partnerContact.attempts, expected.disclosures, expected.fees.payments, expected.fees.waivers)).toBeGreaterThan(0);
      const manager = await getStatistics(await as(agency.id, 'manager'), database.kysely, period);
      compare(manager, expected);
      expect(manager.agencies).toBe(1);
      expect(await getStatistics(await as(agency.id, 'partner_contact_lead'), database.kysely, period)).toEqual(manager);
      expect(await getStatistics(await as(agency.id, 'auditor'), database.kysely, period)).toEqual(manager);
    }
  });

  it('break the events down by gender as plain SQL does, and every breakdown adds up to the totals', async () => {
    for (const agency of agencies) {
      const statistics = await getStatistics(await as(agency.id, 'manager'), database.kysely, period);
      const byGender = await expectedByGender(agency.id, agency.timeZone);
      for (const row of statistics.breakdowns.gender) {
        expect({ referrals: row.referrals, enrolments: row.enrolments, marks: row.marks }).toEqual(byGender[row.key] ?? { referrals: 0, enrolments: 0, marks: 0 });
      }
      for (const dimension of ['stream', 'gender', 'language', 'indigenous'] as const) {
        const rows = statistics.breakdowns[dimension];
        const total = (field: 'referrals' | 'intakes' | 'enrolments' | 'completions' | 'discharges' | 'marks' | 'attended') => rows.reduce((sum, row) => sum + row[field], 0);
        expect([total('referrals'), total('intakes'), total('enrolments'), total('completions'), total('discharges'), total('marks'), total('attended')]).toEqual([
          statistics.referrals.total, statistics.intakes, statistics.enrolments, statistics.completions, statistics.discharges.total, statistics.attendance.marks, statistics.attendance.attended,
        ]);
      }
      const indigenous = statistics.breakdowns.indigenous.find((row) => row.key === 'yes')!;
      const indigenousStream = statistics.breakdowns.stream.find((row) => row.key.startsWith('indigenous-'))!;
      expect(indigenous.enrolments).toBe(indigenousStream.enrolments);
      expect(indigenous.marks).toBe(indigenousStream.marks);
    }
  });

  it('sum agencies into a provincial view that equals the sum of the plain-SQL numbers', async () => {
    const list = await Promise.all(agencies.map(async (agency) => getStatistics(await as(agency.id, 'manager'), database.kysely, period)));
    const provincial = sumStatistics(list, period);
    const expected = await Promise.all(agencies.map((agency) => expectedFor(agency.id, agency.timeZone)));
    expect(provincial.agencies).toBe(3);
    expect(provincial.referrals.total).toBe(expected.reduce((sum, e) => sum + e.referrals, 0));
    expect(provincial.attendance.marks).toBe(expected.reduce((sum, e) => sum + e.marks, 0));
    expect(provincial.partnerContact.offered).toBe(expected.reduce((sum, e) => sum + e.partnerContact.offered, 0));
    expect(provincial.fees.collectedCents).toBe(expected.reduce((sum, e) => sum + e.fees.collectedCents, 0));
    expect(provincial.breakdowns.stream.find((row) => row.key === 'men-en')!.marks).toBe(list.reduce((sum, s) => sum + s.breakdowns.stream.find((row) => row.key === 'men-en')!.marks, 0));
    const operator = await computeOperatorStatistics(database.kysely, { slug: agencies[1]!.slug }, period, new Date(now));
    expect(operator).toEqual(list[1]);
  });

  it('return numbers only: no participant, partner or stream id, no name', async () => {
    const statistics = await getStatistics(await as(agencies[0]!.id, 'manager'), database.kysely, period);
    const text = JSON.stringify(statistics);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text).not.toContain('Erated');
  });

  it('are refused to roles without statistics.read', async () => {
    for (const role of ['intake', 'facilitator', 'partner_contact', 'finance', 'admin'] as const) {
      await expect(getStatistics(await as(agencies[0]!.id, role), database.kysely, period)).rejects.toMatchObject({ kind: 'forbidden' });
    }
  });

  it('default to the current quarter on the agency’s calendar', async () => {
    const statistics = await getStatistics(await as(agencies[0]!.id, 'manager'), database.kysely, {});
    expect(statistics.period).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});
