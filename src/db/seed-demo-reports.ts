import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { gatherReportContent, closingOfTransition } from '../core/reports/report-content.queries.js';
import { addDays } from '../core/shared/business-days.js';
import type { Ctx } from '../core/shared/ctx.js';
import { instantToZonedTime } from '../core/shared/zoned-time.js';
import { fieldContext } from './encrypted-columns.js';
import type { DB } from './schema.js';

const timeZone = 'America/Toronto';
type Mark = 'present' | 'late' | 'excused' | 'unexcused';
const markOf = { P: 'present', L: 'late', E: 'excused', U: 'unexcused' } as const;

/**
 * Three earlier members of the Tuesday group whose cases closed, each with its completion report
 * where the manager would find it: one sent and acknowledged, one signed and not yet sent (in
 * French), and one discharged case whose report is overdue (none started). The demo's other closed
 * cases (completed and discharged today) have no report yet, for staff to write. Runs once.
 */
export async function seedDemoReports(ctx: Ctx, input: { agencyId: string; siteId: string; manager: string | null; facilitator: string | null }): Promise<void> {
  const { agencyId } = input;
  await ctx.db.transaction(async (trx) => {
    const done = await trx.selectFrom('participant').select('id').where('given_name', '=', 'Kevin').where('family_name', '=', 'Marchand').executeTakeFirst();
    const group = await trx.selectFrom('group_cycle').select('id').where('name', '=', 'Tuesday evening – men (English)').executeTakeFirst();
    if (done || !group) return;
    const today = instantToZonedTime(ctx.now, timeZone).slice(0, 10);
    // The Tuesday group's held sessions: three earlier members' weeks in it.
    const sessions = await trx
      .selectFrom('group_session')
      .select(['id', 'local_date as day'])
      .where('group_id', '=', group.id)
      .where('status', '=', 'scheduled')
      .where('local_date', '<', today)
      .orderBy('number')
      .execute();
    // Not the latest held session: its roster is the facilitator's to take (the group's own members).
    const earlier = sessions.slice(0, -1);
    if (earlier.length < 12) return;
    const latest = earlier.slice(-12);
    const groupId = group.id;
    const sent = await closedCase(trx, { agencyId, groupId, sessions: sessions.slice(0, 12), given: 'Kevin', family: 'Marchand', language: 'en', marks: 'PPPPLPPPPPPP', state: 'completed', closedOn: addDays(sessions[11]!.day, 1) });
    const signed = await closedCase(trx, { agencyId, groupId, sessions: latest, given: 'Sylvain', family: 'Roy', language: 'fr', marks: 'PPPPPPPPPPPP', state: 'completed', closedOn: addDays(today, -1) });
    await closedCase(trx, { agencyId, groupId, sessions: sessions.slice(0, 6), given: 'Brandon', family: 'Kelly', language: 'en', marks: 'PPUPUU', state: 'discharged', closedOn: addDays(sessions[7]!.day, 1) });

    const kevin = await writeReport(trx, ctx, { ...sent, agencyId, language: 'en', manager: input.manager, signedOn: addDays(sent.closedOn, 2), observations: 'Attended every session and took part in each discussion; named his own choices and the effects of his abuse on his partner and children.' });
    await trx
      .insertInto('report_delivery')
      .values({ agency_id: agencyId, id: randomUUID(), report_id: kevin, method: 'portal', to_address: null, delivered_on: addDays(sent.closedOn, 3), idempotency_key: `demo-report-${kevin}`, recorded_at: `${addDays(sent.closedOn, 3)}T15:00:00Z`, recorded_by: input.manager })
      .execute();
    await trx.updateTable('court_report').set({ status: 'sent', version: 2 }).where('id', '=', kevin).execute();
    await trx
      .insertInto('report_ack')
      .values({ agency_id: agencyId, report_id: kevin, acknowledged_on: addDays(sent.closedOn, 7), acknowledged_by: 'Pat Officer', method: 'email', recorded_at: `${addDays(sent.closedOn, 7)}T16:00:00Z`, recorded_by: input.manager })
      .execute();
    await writeReport(trx, ctx, { ...signed, agencyId, language: 'fr', manager: input.manager, signedOn: signed.closedOn, observations: 'A participé activement; a reconnu ses comportements de contrôle et préparé un plan de responsabilisation.' });
  });
}

interface ClosedCase {
  participantId: string;
  transitionId: string;
  closedOn: string;
}

/** A participant referred by probation, placed in the earlier group from a session on, with their marks and the closing. */
async function closedCase(
  trx: Transaction<DB>,
  input: { agencyId: string; groupId: string; sessions: { id: string; day: string }[]; given: string; family: string; language: 'en' | 'fr'; marks: string; state: 'completed' | 'discharged'; closedOn: string },
): Promise<ClosedCase> {
  const { agencyId } = input;
  const participant = await trx
    .insertInto('participant')
    .values({
      agency_id: agencyId, given_name: input.given, family_name: input.family, preferred_name: null, date_of_birth: '1984-09-17', gender: 'man', group_gender: 'men', pronouns: null,
      language: input.language, language_other: null, phone: null, email: null, street: null, city: null, province: null, postal_code: null, accessibility_needs: null, created_by: null, case_state: input.state,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const start = input.sessions[0]!.day;
  await trx
    .insertInto('referral')
    .values({
      agency_id: agencyId, participant_id: participant.id, source: 'probation', stream: 'probation_order', court_file_number: `4911-${Math.floor(100000 + Math.random() * 899999)}`,
      court_location: 'Toronto Ontario Court of Justice', charges: ['assault'], order_date: addDays(start, -40), complete_by: addDays(start, 300), officer_name: 'Pat Officer',
      officer_office: 'Toronto Probation and Parole', officer_email: 'pat.officer@probation.example.org', status: 'accepted', received_at: `${addDays(start, -30)}T14:00:00Z`, idempotency_key: `demo-report-${randomUUID()}`,
    })
    .execute();
  const closedAt = `${input.closedOn}T19:00:00Z`;
  await trx
    .insertInto('enrolment')
    .values({ agency_id: agencyId, participant_id: participant.id, group_id: input.groupId, enrolled_at: `${addDays(start, -7)}T15:00:00Z`, first_session_number: 1, status: 'ended', ended_at: new Date(closedAt), end_reason: input.state === 'completed' ? 'complete' : 'discharge' })
    .execute();
  for (const [index, letter] of [...input.marks].entries()) {
    const session = input.sessions[index]!;
    const status: Mark = markOf[letter as keyof typeof markOf];
    await trx
      .insertInto('attendance_mark')
      .values({ agency_id: agencyId, session_id: session.id, participant_id: participant.id, status, minutes_late: status === 'late' ? 15 : null, reason: status === 'excused' ? 'Ill' : null, recorded_at: `${session.day}T23:30:00Z` })
      .execute();
  }
  const transitionId = randomUUID();
  const completed = input.state === 'completed';
  await trx
    .insertInto('case_transition')
    .values({
      agency_id: agencyId, id: transitionId, participant_id: participant.id, transition: completed ? 'complete' : 'discharge', from_state: completed ? 'active' : 'pending_discharge', to_state: input.state,
      reason: completed ? 'All sessions attended.' : 'Did not return after the warning.', reason_code: completed ? null : 'non_attendance', occurred_at: closedAt,
    })
    .execute();
  return { participantId: participant.id, transitionId, closedOn: input.closedOn };
}

/** A report signed by the manager on a day: its content gathered and frozen as staff would have it. */
async function writeReport(
  trx: Transaction<DB>,
  ctx: Ctx,
  input: ClosedCase & { agencyId: string; language: 'en' | 'fr'; manager: string | null; signedOn: string; observations: string },
): Promise<string> {
  const id = randomUUID();
  const closing = await closingOfTransition(trx, input.transitionId, timeZone);
  const signedName = 'Daniel Okafor';
  const content = await gatherReportContent(trx, { participantId: input.participantId, closing, observations: input.observations, concernIds: [], signature: { name: signedName, signedOn: input.signedOn } });
  const signedAt = `${input.signedOn}T16:00:00Z`;
  await trx
    .insertInto('court_report')
    .values({
      agency_id: input.agencyId, id, participant_id: input.participantId, transition_id: input.transitionId, kind: closing.kind, status: 'signed', language: input.language,
      observations_encrypted: ctx.keyring.encrypt(input.observations, fieldContext('court_report', 'observations', input.agencyId, id)),
      content_encrypted: ctx.keyring.encrypt(JSON.stringify(content), fieldContext('court_report', 'content', input.agencyId, id)),
      signed_name: signedName, signed_on: input.signedOn, signed_at: signedAt, signed_by: input.manager,
      created_at: `${input.closedOn}T20:00:00Z`, created_by: input.manager, updated_at: signedAt, updated_by: input.manager,
    })
    .execute();
  return id;
}
