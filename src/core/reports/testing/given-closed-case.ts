import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fieldContext } from '../../../db/encrypted-columns.js';
import type { DB } from '../../../db/schema.js';
import { givenParticipant } from '../../../db/testing/factories.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { ConcernCategory } from '../../disclosures/disclosures.tables.js';

export interface ClosedCaseOptions {
  state?: 'completed' | 'discharged' | 'active';
  /** Marks of the 12 weekly sessions, in order (default: 12 present). */
  marks?: ('present' | 'late' | 'excused' | 'unexcused' | 'left_early' | 'refused_entry')[];
  reasonCode?: string;
  /** When the case closed (default 2026-11-20T20:00Z, a Friday in Toronto). */
  closedAt?: string;
  concerns?: { category: ConcernCategory; occurredOn: string; summary?: string }[];
  givenName?: string;
  familyName?: string;
  officerEmail?: string | null;
  groupName?: string;
}

/**
 * A case taken to its end, written as the owner: an accepted court referral with its order, a
 * stream and group, weekly sessions with the participant's marks, the ended placement, the
 * closing transition and, if asked, safety concerns attached by disclosures (whose summaries,
 * the partner's words, must never reach a report).
 */
export async function givenClosedCase(db: Kysely<DB>, keyring: Keyring, agencyId: string, options: ClosedCaseOptions = {}) {
  const state = options.state ?? 'completed';
  const participant = await givenParticipant(db, agencyId, { givenName: options.givenName ?? 'Trevor', familyName: options.familyName ?? 'Sample', caseState: state });
  await db
    .insertInto('referral')
    .values({
      agency_id: agencyId,
      participant_id: participant.id,
      source: 'probation',
      stream: 'probation_order',
      court_file_number: '4411-998877',
      court_location: 'Sudbury Ontario Court of Justice',
      charges: ['assault'],
      order_date: '2026-06-01',
      complete_by: '2027-06-01',
      officer_name: 'Pat Officer',
      officer_office: 'Sudbury Probation and Parole',
      officer_email: options.officerEmail === undefined ? 'pat.officer@probation.example.org' : options.officerEmail,
      status: 'accepted',
      received_at: '2026-06-02T14:00:00Z',
      idempotency_key: `case-${randomUUID()}`,
    })
    .execute();
  const stream = await db
    .insertInto('program_stream')
    .values({ agency_id: agencyId, code: `men-${randomUUID().slice(0, 6)}`, name: "Men's group", name_fr: 'Groupe pour hommes', policy: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  const group = await db
    .insertInto('group_cycle')
    .values({ agency_id: agencyId, stream_id: stream.id, name: options.groupName ?? `Tuesday evening ${randomUUID().slice(0, 4)}`, weekday: 2, start_time: '18:30', time_zone: 'America/Toronto', start_date: '2026-08-25', capacity: 12 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const marks = options.marks ?? Array.from({ length: 12 }, () => 'present' as const);
  for (const [index, status] of marks.entries()) {
    const day = new Date(Date.UTC(2026, 7, 25 + 7 * index)).toISOString().slice(0, 10);
    const session = await db
      .insertInto('group_session')
      .values({ agency_id: agencyId, group_id: group.id, number: index + 1, topic_position: index + 1, starts_at: `${day}T22:30:00Z`, local_date: day, minutes: 120 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('attendance_mark')
      .values({ agency_id: agencyId, session_id: session.id, participant_id: participant.id, status, minutes_late: status === 'late' ? 20 : null, reason: status === 'excused' ? 'Ill' : null, recorded_at: `${day}T23:00:00Z` })
      .execute();
  }
  const closedAt = options.closedAt ?? '2026-11-20T20:00:00Z';
  await db
    .insertInto('enrolment')
    .values({ agency_id: agencyId, participant_id: participant.id, group_id: group.id, enrolled_at: '2026-08-20T15:00:00Z', status: state === 'active' ? 'active' : 'ended', ended_at: state === 'active' ? null : new Date(closedAt) })
    .execute();
  const transitionId = randomUUID();
  if (state !== 'active') {
    await db
      .insertInto('case_transition')
      .values({
        agency_id: agencyId,
        id: transitionId,
        participant_id: participant.id,
        transition: state === 'completed' ? 'complete' : 'discharge',
        from_state: state === 'completed' ? 'active' : 'pending_discharge',
        to_state: state,
        reason: state === 'discharged' ? 'Missed three sessions in a row' : null,
        reason_code: state === 'discharged' ? (options.reasonCode ?? 'non_attendance') : null,
        occurred_at: closedAt,
      })
      .execute();
  }
  const concernIds: string[] = [];
  for (const concern of options.concerns ?? []) {
    const disclosureId = randomUUID();
    await db
      .insertInto('disclosure')
      .values({
        agency_id: agencyId,
        id: disclosureId,
        participant_id: participant.id,
        partner_id: null,
        raised_by_team: 'group_program',
        recipient: 'police',
        legal_basis: 'risk_to_partner',
        summary_encrypted: keyring.encrypt(concern.summary ?? 'words of the partner', fieldContext('disclosure', 'summary', agencyId, disclosureId)),
        status: 'approved',
        concern_category: concern.category,
        concern_occurred_on: concern.occurredOn,
        decided_at: closedAt,
      })
      .execute();
    const id = randomUUID();
    await db
      .insertInto('case_safety_concern')
      .values({ agency_id: agencyId, id, participant_id: participant.id, disclosure_id: disclosureId, category: concern.category, occurred_on: concern.occurredOn, attached_at: closedAt })
      .execute();
    concernIds.push(id);
  }
  return { participantId: participant.id, streamId: stream.id, transitionId, concernIds };
}
