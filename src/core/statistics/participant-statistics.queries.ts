import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Period } from './statistics-period.js';
import type { Wait } from './statistics.schema.js';

/** What happened to a participant in the period that the statistics count. */
export type EventKind = 'referral' | 'intake' | 'enrolment' | 'completion' | 'discharge' | 'mark';

/** A group of events of one kind with the same stream, gender and language: counts only. */
export interface EventCell {
  kind: EventKind;
  streamId: string | null;
  gender: string;
  language: string;
  count: number;
  attended: number;
}

/** Where a timestamp falls in the period, on the agency's calendar. */
const localDayIn = (column: string, tz: string, period: Period) =>
  sql`(${sql.ref(column)} at time zone ${tz})::date between ${period.from}::date and ${period.to}::date`;

/**
 * Every counted event of the period grouped by stream, gender and language (participant
 * compartment; row-level security keeps it to the agency). An enrolment and an attendance mark
 * belong to their group's stream; a referral, an intake, a completion and a discharge to the
 * stream of the participant's latest placement made by the end of the period (none: null).
 * A mark counts at a session held (not cancelled) in the period; present, late and left early
 * are attended. Duplicate referrals are not counted.
 */
export async function findEventCells(trx: Transaction<DB>, tz: string, period: Period): Promise<EventCell[]> {
  const result = await sql<{ kind: EventKind; stream_id: string | null; gender: string; language: string; count: number; attended: number }>`
    with latest_stream as (
      select distinct on (e.participant_id) e.participant_id, g.stream_id
      from enrolment e join group_cycle g on g.id = e.group_id
      where (e.enrolled_at at time zone ${tz})::date <= ${period.to}::date
      order by e.participant_id, e.enrolled_at desc, e.id desc
    ),
    events as (
      select 'referral' as kind, r.participant_id, null::uuid as stream_id, 0 as attended
        from referral r where r.status <> 'duplicate' and ${localDayIn('r.received_at', tz, period)}
      union all
      select 'intake', a.participant_id, null, 0 from intake_assessment a where ${localDayIn('a.completed_at', tz, period)}
      union all
      select 'enrolment', e.participant_id, g.stream_id, 0
        from enrolment e join group_cycle g on g.id = e.group_id where ${localDayIn('e.enrolled_at', tz, period)}
      union all
      select case t.to_state when 'completed' then 'completion' else 'discharge' end, t.participant_id, null, 0
        from case_transition t where t.to_state in ('completed', 'discharged') and ${localDayIn('t.occurred_at', tz, period)}
      union all
      select 'mark', m.participant_id, g.stream_id, case when m.status in ('present', 'late', 'left_early') then 1 else 0 end
        from attendance_mark m join group_session s on s.id = m.session_id join group_cycle g on g.id = s.group_id
        where s.status <> 'cancelled' and s.local_date between ${period.from}::date and ${period.to}::date
    )
    select ev.kind, coalesce(ev.stream_id, ls.stream_id) as stream_id, p.gender, p.language,
           count(*)::int as count, sum(ev.attended)::int as attended
    from events ev
    join participant p on p.id = ev.participant_id
    left join latest_stream ls on ls.participant_id = ev.participant_id
    group by 1, 2, 3, 4`.execute(trx);
  return result.rows.map((row) => ({ kind: row.kind, streamId: row.stream_id, gender: row.gender, language: row.language, count: row.count, attended: row.attended }));
}

/** Referrals received in the period (duplicates left out) by source and by legal stream. */
export async function findReferralCounts(trx: Transaction<DB>, tz: string, period: Period): Promise<{ source: string; stream: string; count: number }[]> {
  const result = await sql<{ source: string; stream: string; count: number }>`
    select r.source, r.stream, count(*)::int as count from referral r
    where r.status <> 'duplicate' and ${localDayIn('r.received_at', tz, period)}
    group by 1, 2`.execute(trx);
  return result.rows;
}

/**
 * Days waited, on the agency's calendar, from the participant's latest referral received
 * before it (duplicates left out) to each intake assessment completed in the period, and to each
 * placement made in the period. An event with no referral before it is not a wait.
 */
export async function findWaits(trx: Transaction<DB>, tz: string, period: Period): Promise<{ referralToIntake: Wait; referralToEnrolment: Wait }> {
  const waitFor = async (table: 'intake_assessment' | 'enrolment', column: 'completed_at' | 'enrolled_at'): Promise<Wait> => {
    const result = await sql<{ count: number; total: number }>`
      select count(w.days)::int as count, coalesce(sum(w.days), 0)::int as total from (
        select (x.${sql.ref(column)} at time zone ${tz})::date - (
          select (r.received_at at time zone ${tz})::date from referral r
          where r.participant_id = x.participant_id and r.status <> 'duplicate' and r.received_at <= x.${sql.ref(column)}
          order by r.received_at desc limit 1
        ) as days
        from ${sql.table(table)} x where (x.${sql.ref(column)} at time zone ${tz})::date between ${period.from}::date and ${period.to}::date
      ) w`.execute(trx);
    const row = result.rows[0]!;
    return { count: row.count, totalDays: row.total };
  };
  return { referralToIntake: await waitFor('intake_assessment', 'completed_at'), referralToEnrolment: await waitFor('enrolment', 'enrolled_at') };
}

/** Discharges in the period by coded reason (null: `unspecified`). */
export async function findDischargeReasons(trx: Transaction<DB>, tz: string, period: Period): Promise<{ reason: string | null; count: number }[]> {
  const result = await sql<{ reason: string | null; count: number }>`
    select t.reason_code as reason, count(*)::int as count from case_transition t
    where t.to_state = 'discharged' and ${localDayIn('t.occurred_at', tz, period)} group by 1`.execute(trx);
  return result.rows;
}

/**
 * Money: payments received less refunds paid, dated in the period (corrections adjust balances,
 * not cash, and are left out), and the fee waivers assessed in the period with the schedule's fee
 * each one waived.
 */
export async function findFeeCounts(trx: Transaction<DB>, tz: string, period: Period): Promise<{ payments: number; collectedCents: number; waivers: number; waivedCents: number }> {
  const money = await sql<{ payments: number; collected: number }>`
    select count(*)::int as payments, coalesce(-sum(l.amount_cents), 0)::int as collected from ledger_entry l
    where l.kind in ('payment', 'refund') and l.effective_on between ${period.from}::date and ${period.to}::date`.execute(trx);
  const waived = await sql<{ waivers: number; waived: number }>`
    select count(*)::int as waivers, coalesce(sum(f.schedule_fee_cents), 0)::int as waived from fee_assessment f
    where f.kind = 'waived' and ${localDayIn('f.assessed_at', tz, period)}`.execute(trx);
  return { payments: money.rows[0]!.payments, collectedCents: money.rows[0]!.collected, waivers: waived.rows[0]!.waivers, waivedCents: waived.rows[0]!.waived };
}

/** The agency's streams: code, names and whether it is the Indigenous stream (tenant data, no person). */
export async function findStreams(trx: Transaction<DB>): Promise<Map<string, { code: string; en: string; fr: string; indigenous: boolean }>> {
  const rows = await trx.selectFrom('program_stream').select(['id', 'code', 'name', 'name_fr', 'policy']).execute();
  return new Map(rows.map((row) => [row.id, { code: row.code, en: row.name, fr: row.name_fr, indigenous: (row.policy as { indigenous?: unknown } | null)?.indigenous === true }]));
}
