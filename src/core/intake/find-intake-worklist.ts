import { findSettings } from '../agencies/settings.queries.js';
import { sql } from 'kysely';
import { z } from 'zod';
import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';

export const IntakeWorkItem = z.object({
  participantId: z.uuid(),
  name: z.string(),
  caseState: z.enum(['referred', 'intake_booked']),
  stream: z.string(),
  receivedAt: z.string(),
  /** Intake is due this many days after the referral (agency setting, 14 by default). */
  dueOn: z.string(),
  overdue: z.boolean(),
  appointment: z.object({ startsAt: z.string(), timeZone: z.string(), mode: z.string() }).nullable(),
});
export type IntakeWorkItem = z.infer<typeof IntakeWorkItem>;

/**
 * What intake must do next: people referred but not yet assessed, oldest due first, with the
 * date intake is due by the agency's clock and whether it is already overdue.
 */
export async function findIntakeWorklist(ctx: Ctx): Promise<IntakeWorkItem[]> {
  assertCan(ctx.actor, 'referral.read');
  return ctx.db.transaction(async (trx) => {
    const { intakeDueDays } = await findSettings(trx);
    const rows = await sql<{ id: string; name: string; case_state: 'referred' | 'intake_booked'; stream: string; received_at: Date; starts_at: Date | null; time_zone: string | null; mode: string | null }>`
      select p.id, p.given_name || ' ' || p.family_name as name, p.case_state, r.stream, r.received_at,
             a.starts_at, a.time_zone, a.mode
      from participant p
      join lateral (select stream, received_at from referral where participant_id = p.id order by received_at limit 1) r on true
      left join intake_appointment a on a.participant_id = p.id and a.status = 'booked'
      where p.case_state in ('referred', 'intake_booked')
      order by r.received_at`.execute(trx);
    return rows.rows.map((row) => {
      const due = new Date(row.received_at.getTime() + intakeDueDays * 86_400_000);
      return {
        participantId: row.id,
        name: row.name,
        caseState: row.case_state,
        stream: row.stream,
        receivedAt: row.received_at.toISOString(),
        dueOn: due.toISOString().slice(0, 10),
        overdue: due.getTime() < ctx.now.getTime(),
        appointment: row.starts_at ? { startsAt: row.starts_at.toISOString(), timeZone: row.time_zone!, mode: row.mode! } : null,
      };
    });
  });
}
