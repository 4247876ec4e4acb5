import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compartmentsFor, type Role } from '../access/index.js';
import { givenStaffUser, staffCtx, testKeyring } from '../audit/testing/staff-ctx.js';
import { openTestDatabase, type TestDatabase } from '../../db/testing/test-database.js';
import { getAgencyCompliance } from './get-agency-compliance.js';
import { getComplianceItems } from './get-compliance-items.js';
import { clockIds, type ClockId } from './compliance.schema.js';
import { generateComplianceAgency } from './testing/generate-compliance-world.js';

/**
 * Each clock's figures recomputed by plain SQL written here apart from the module (owner
 * connection, explicit agency filters, no row-level security, business days by generate_series)
 * on generated agencies in two time zones.
 */
let database: TestDatabase;
const keyring = testKeyring();
const now = '2026-11-24T15:00:00.000Z';
const period = { from: '2026-10-01', to: '2026-12-31' };
let agencies: { id: string; timeZone: string }[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  agencies = [];
  for (const [index, timeZone] of ['America/Toronto', 'America/Winnipeg'].entries()) {
    const agency = await generateComplianceAgency(database.kysely, 301 + index, { timeZone, participants: 45 });
    agencies.push({ id: agency.id, timeZone });
  }
}, 180_000);
afterAll(async () => {
  await database?.close();
});

async function as(agencyId: string, role: Role) {
  const user = await givenStaffUser(database.kysely, agencyId, `Staff ${role}`);
  return staffCtx(database.kysely, keyring, agencyId, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now });
}

type Counts = { inScope: number; metOnTime: number; metLate: number; overdue: number; pending: number };

/** Counts of items given as (due_on, met_on) agency days. */
async function dayCounts(items: RawBuilder<unknown>, today: string): Promise<Counts> {
  const result = await sql<Record<keyof Counts, number>>`
    with i as (select due_on, met_on,
      case when met_on is not null and met_on <= due_on then 'on_time' when met_on is not null then 'late' when ${today}::date > due_on then 'overdue' else 'pending' end as status
      from (${items}) raw)
    select count(*) "inScope", count(*) filter (where status = 'on_time') "metOnTime", count(*) filter (where status = 'late') "metLate",
      count(*) filter (where status = 'overdue') overdue, count(*) filter (where status = 'pending') pending
    from i where (due_on between ${period.from}::date and ${period.to}::date) or (status = 'overdue' and due_on < ${period.from}::date)`.execute(database.kysely);
  return Object.fromEntries(Object.entries(result.rows[0]!).map(([k, v]) => [k, Number(v)])) as Counts;
}

/** Counts of items given as (due_at, met_at) instants, due days on the agency's calendar. */
async function instantCounts(items: RawBuilder<unknown>, tz: string): Promise<Counts> {
  return dayCountsOf(sql`select timezone(${tz}, due_at)::date due_on,
    case when met_at is not null and met_at <= due_at then 'on_time' when met_at is not null then 'late' when ${now}::timestamptz > due_at then 'overdue' else 'pending' end as status from (${items}) raw`);
}
async function dayCountsOf(classified: RawBuilder<unknown>): Promise<Counts> {
  const result = await sql<Record<keyof Counts, number>>`
    select count(*) "inScope", count(*) filter (where status = 'on_time') "metOnTime", count(*) filter (where status = 'late') "metLate",
      count(*) filter (where status = 'overdue') overdue, count(*) filter (where status = 'pending') pending
    from (${classified}) i where (due_on between ${period.from}::date and ${period.to}::date) or (status = 'overdue' and due_on < ${period.from}::date)`.execute(database.kysely);
  return Object.fromEntries(Object.entries(result.rows[0]!).map(([k, v]) => [k, Number(v)])) as Counts;
}

/** The `n`-th business day after `day` (weekends and the agency's holidays skipped). */
const businessDay = (a: string, day: RawBuilder<unknown>, n: RawBuilder<unknown>) => sql`(select d::date from generate_series(${day}::date + 1, ${day}::date + 400, interval '1 day') d
  where extract(isodow from d) < 6 and d::date not in (select h.day from holiday h where h.agency_id = ${a}) order by d offset (${n}) - 1 limit 1)`;

async function expectedFor(a: string, tz: string): Promise<Record<ClockId, Counts>> {
  const today = String((await sql<{ d: string }>`select timezone(${tz}, ${now}::timestamptz)::date::text d`.execute(database.kysely)).rows[0]!.d);
  const activePartners = sql`select p.* from partner p where p.agency_id = ${a} and coalesce((select c.decision from partner_consent c where c.agency_id = p.agency_id and c.partner_id = p.id order by c.decided_on desc, c.recorded_at desc limit 1), 'none') <> 'declined'`;
  const closings = sql`select p.id, timezone(${tz}, t.occurred_at)::date closed_on, t.id transition_id,
      coalesce((select d.due_business_days from report_stream_deadline d where d.agency_id = p.agency_id and d.stream_id = (
        select g.stream_id from enrolment e join group_cycle g on g.agency_id = e.agency_id and g.id = e.group_id where e.agency_id = p.agency_id and e.participant_id = p.id order by e.enrolled_at desc limit 1)),
        (select s.due_business_days from report_setting s where s.agency_id = p.agency_id)) due_days,
      (select rd.delivered_on from court_report cr join report_delivery rd on rd.agency_id = cr.agency_id and rd.report_id = cr.id where cr.agency_id = p.agency_id and cr.transition_id = t.id order by rd.recorded_at limit 1) sent_on,
      (select k.acknowledged_on from court_report cr join report_ack k on k.agency_id = cr.agency_id and k.report_id = cr.id where cr.agency_id = p.agency_id and cr.transition_id = t.id) ack_on
    from participant p join lateral (select * from case_transition ct where ct.agency_id = p.agency_id and ct.participant_id = p.id and ct.to_state = p.case_state order by occurred_at desc limit 1) t on true
    where p.agency_id = ${a} and p.case_state in ('completed', 'discharged')`;
  const ackDays = sql`(select s.ack_escalation_business_days from report_setting s where s.agency_id = ${a})`;
  const setting = sql`(select * from agency_setting where agency_id = ${a})`;
  return {
    referral_to_intake: await dayCounts(sql`select due_on, met_on from (select timezone(${tz}, r.received_at)::date + (select intake_due_days from ${setting} s) due_on,
        (select min(timezone(${tz}, i.completed_at)::date) from intake_assessment i where i.agency_id = r.agency_id and i.participant_id = r.participant_id and i.completed_at >= r.received_at) met_on,
        p.case_state from referral r join participant p on p.agency_id = r.agency_id and p.id = r.participant_id where r.agency_id = ${a} and r.status in ('received', 'accepted')) x
        where met_on is not null or case_state not in ('unsuitable', 'completed', 'discharged', 'withdrawn', 'transferred')`, today),
    first_partner_contact: await instantCounts(sql`select coalesce((select n.due_at from partner_notice n where n.agency_id = p.agency_id and n.type = 'new_partner' and n.partner_id = p.id limit 1),
        p.created_at + (select partner_first_contact_days from ${setting} s) * interval '24 hours') due_at,
        (select min(c.occurred_at) from contact_record c where c.agency_id = p.agency_id and c.partner_id = p.id and c.kind not in ('attempt', 'letter')) met_at
      from (${activePartners}) p`, tz),
    minimum_partner_contacts: await instantCounts(sql`select ((e.start + 7 * (select partner_contact_weeks from ${setting} s))::timestamp + interval '17 hours') at time zone ${tz} due_at,
        (select c.occurred_at from (select c.occurred_at, row_number() over (order by c.occurred_at, c.created_at, c.id) k from contact_record c
          where c.agency_id = p.agency_id and c.partner_id = p.id and c.kind not in ('attempt', 'letter') and timezone(${tz}, c.occurred_at)::date >= e.start) c
          where c.k = (select partner_min_contacts from ${setting} s)) met_at
      from (${activePartners}) p join lateral (select n.occurred_on start from partner_notice n where n.agency_id = p.agency_id and n.participant_id = p.participant_id and n.type = 'enrolled' order by n.occurred_on desc, n.created_at desc limit 1) e on true`, tz),
    partner_notices: await instantCounts(sql`select n.due_at, (select d.delivered_at from notice_delivery d where d.agency_id = n.agency_id and d.notice_id = n.id and d.partner_id = p.id) met_at
      from (${activePartners}) p join partner_notice n on n.agency_id = p.agency_id and n.participant_id = p.participant_id and n.type <> 'new_partner' and (n.partner_id is null or n.partner_id = p.id)`, tz),
    report_sent: await dayCounts(sql`select ${businessDay(a, sql`x.closed_on`, sql`x.due_days`)} due_on, x.sent_on met_on from (${closings}) x`, today),
    report_acknowledged: await dayCounts(sql`select ${businessDay(a, sql`x.sent_on`, ackDays)} due_on, x.ack_on met_on from (${closings}) x where x.sent_on is not null`, today),
    group_size: await dayCountsOf(sql`select s.local_date due_on, case when s.enrolled between coalesce((ps.policy->>'groupSizeMin')::int, 6) and coalesce((ps.policy->>'groupSizeMax')::int, 14) then 'on_time' else 'overdue' end status
      from group_cycle g join program_stream ps on ps.agency_id = g.agency_id and ps.id = g.stream_id
      join lateral (select gs.local_date, (select count(*) from enrolment e where e.agency_id = g.agency_id and e.group_id = g.id and e.enrolled_at <= gs.starts_at and (e.ended_at is null or e.ended_at > gs.starts_at)) enrolled
        from group_session gs where gs.agency_id = g.agency_id and gs.group_id = g.id and gs.status = 'scheduled' and gs.starts_at <= ${now}::timestamptz
        and gs.local_date between ${period.from}::date and ${period.to}::date order by gs.starts_at desc limit 1) s on true
      where g.agency_id = ${a}`),
  };
}

describe('compliance against an independent SQL computation', () => {
  it('gives each clock the counts plain SQL gives, alike for a manager and a partner-contact lead', async () => {
    for (const agency of agencies) {
      const expected = await expectedFor(agency.id, agency.timeZone);
      // Every clock is exercised, and most have items of more than one standing.
      for (const clock of clockIds) expect(expected[clock].inScope, clock).toBeGreaterThan(0);
      for (const clock of ['referral_to_intake', 'first_partner_contact', 'partner_notices', 'report_sent', 'report_acknowledged'] as const) {
        expect([expected[clock].metOnTime, expected[clock].metLate + expected[clock].overdue].every((n) => n > 0), clock).toBe(true);
      }
      const manager = await getAgencyCompliance(await as(agency.id, 'manager'), database.kysely, period);
      expect(manager.period).toEqual(period);
      expect(manager.suppressed).toBe(false);
      const actual = Object.fromEntries(manager.clocks.map(({ clock, percentMet: _, ...counts }) => [clock, counts]));
      expect(actual).toEqual(expected);
      for (const figures of manager.clocks) {
        const e = expected[figures.clock];
        const due = e.metOnTime + e.metLate + e.overdue;
        expect(figures.percentMet).toBe(due === 0 ? null : Math.round((e.metOnTime / due) * 1000) / 10);
      }
      const lead = await getAgencyCompliance(await as(agency.id, 'partner_contact_lead'), database.kysely, period);
      expect(lead.clocks).toEqual(manager.clocks);
    }
  });

  it('lists behind each clock as many items as it counts, overdue and late first', async () => {
    const agency = agencies[0]!;
    const manager = await as(agency.id, 'manager');
    const figures = await getAgencyCompliance(manager, database.kysely, period);
    for (const clock of clockIds) {
      const { items } = await getComplianceItems(manager, database.kysely, clock, period);
      const counted = figures.clocks.find((f) => f.clock === clock)!;
      expect(items.length, clock).toBe(counted.inScope);
      expect(items.filter((item) => item.status === 'overdue').length, clock).toBe(counted.overdue);
      const order = items.map((item) => ['overdue', 'met_late', 'pending', 'met_on_time'].indexOf(item.status));
      expect(order, clock).toEqual([...order].sort((x, y) => x - y));
    }
  });

  it('shows each reader only the subjects their permissions name', async () => {
    const agency = agencies[0]!;
    const manager = await getComplianceItems(await as(agency.id, 'manager'), database.kysely, 'report_sent', period);
    expect(manager.items[0]!.subject).toMatchObject({ kind: 'participant', name: expect.stringMatching(/^Gen Erated-/) });
    const managerPartners = await getComplianceItems(await as(agency.id, 'manager'), database.kysely, 'first_partner_contact', period);
    expect(managerPartners.items.every((item) => item.subject.kind === 'anonymous')).toBe(true);
    const lead = await as(agency.id, 'partner_contact_lead');
    const leadPartners = await getComplianceItems(lead, database.kysely, 'first_partner_contact', period);
    expect(leadPartners.items.every((item) => item.subject.kind === 'partner')).toBe(true);
    expect(JSON.stringify(leadPartners)).not.toContain('not-encrypted-test-value');
    const leadReports = await getComplianceItems(lead, database.kysely, 'report_sent', period);
    expect(leadReports.items.every((item) => item.subject.kind === 'anonymous')).toBe(true);
    expect((await getComplianceItems(lead, database.kysely, 'group_size', period)).items.every((item) => item.subject.kind === 'anonymous')).toBe(true);
    // A file of a sample is shown to a reader without participant.read; the others stay anonymous.
    const sampled = manager.items[0]!.subject as { id: string; name: string };
    const withSample = await getComplianceItems(lead, database.kysely, 'report_sent', period, new Set([sampled.id]));
    expect(withSample.items.filter((item) => item.subject.kind === 'participant')).toEqual([expect.objectContaining({ subject: expect.objectContaining({ id: sampled.id, name: sampled.name }) })]);
    expect(withSample.items.filter((item) => item.subject.kind === 'anonymous').length).toBe(withSample.items.length - 1);
  });

  it('is refused to roles without statistics.read, and every view is audited', async () => {
    for (const role of ['intake', 'facilitator', 'partner_contact', 'finance', 'admin'] as const) {
      await expect(getAgencyCompliance(await as(agencies[0]!.id, role), database.kysely, period)).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(getComplianceItems(await as(agencies[0]!.id, role), database.kysely, 'group_size', period)).rejects.toMatchObject({ kind: 'forbidden' });
    }
    const events = await database.kysely.selectFrom('audit_event').select(['type', 'details']).where('agency_id', '=', agencies[0]!.id).where('type', '=', 'compliance.viewed').execute();
    expect(events.map((e) => e.details)).toContainEqual({ from: period.from, to: period.to, via: 'items', clock: 'group_size' });
    expect(events.map((e) => e.details)).toContainEqual({ from: period.from, to: period.to, via: 'screen' });
  });
});
