import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { can } from '../access/can.js';
import { loadStandings } from '../attendance/standing.queries.js';
import { findCaseFacts } from './case-facts.queries.js';
import { permissionFor } from './transition-case.js';
import { availableTransitions, type CaseState } from './case-lifecycle.rules.js';
import type { ParticipantFile } from './participants.schema.js';

/** A participant's file (person, referrals with conditions, partner hand-offs), read and audited together. */
export async function getParticipantFile(ctx: Ctx, participantId: string): Promise<ParticipantFile> {
  assertCan(ctx.actor, 'participant.read');
  return ctx.db.transaction(async (trx) => {
    const file = await readParticipantFile(ctx, trx, participantId);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return file;
  });
}

/**
 * The file itself, read in the caller's transaction (participant compartment), without the
 * permission check or the audit of the read: both are the caller's (the staff file above; an
 * auditor's sample file in core/audit-access). Decisions are offered only as the actor may take them.
 */
export async function readParticipantFile(ctx: Ctx, trx: Transaction<DB>, participantId: string): Promise<ParticipantFile> {
  const p = await trx.selectFrom('participant').selectAll().where('id', '=', participantId).executeTakeFirst();
  if (!p) throw new AppError('not_found', 'participants.not_found', {});
  const referrals = await trx.selectFrom('referral').selectAll().where('participant_id', '=', participantId).orderBy('received_at', 'desc').execute();
  const conditions = referrals.length
    ? await trx.selectFrom('referral_condition').selectAll().where('referral_id', 'in', referrals.map((r) => r.id)).execute()
    : [];
  const documents = referrals.length
    ? await trx
        .selectFrom('referral_document')
        .select(['id', 'referral_id', 'kind', 'file_name', 'media_type', 'size_bytes', 'uploaded_at'])
        .where('referral_id', 'in', referrals.map((r) => r.id))
        .orderBy('uploaded_at')
        .execute()
    : [];
  const handoffs = await trx.selectFrom('partner_handoff').select(['passed_at', 'partners_count']).where('participant_id', '=', participantId).orderBy('passed_at').execute();
  const appointments = await trx.selectFrom('intake_appointment').select(['id', 'mode', 'starts_at', 'time_zone', 'status']).where('participant_id', '=', participantId).orderBy('starts_at', 'desc').execute();
  const assessments = await trx.selectFrom('intake_assessment').select(['id', 'form_version', 'suitability', 'reasons', 'completed_at']).where('participant_id', '=', participantId).orderBy('completed_at', 'desc').execute();
  const consents = await trx.selectFrom('consent').select(['kind', 'form_version', 'method', 'signed_name', 'signed_at', 'withdrawn_at']).where('participant_id', '=', participantId).orderBy('signed_at').execute();
  const history = await trx
    .selectFrom('case_transition as t')
    .leftJoin('app_user as u', (join) => join.onRef('u.agency_id', '=', 't.agency_id').onRef('u.id', '=', 't.by_user'))
    .select(['t.transition', 't.from_state', 't.to_state', 't.reason', 't.reason_code', 't.occurred_at', 't.by_user', 'u.display_name'])
    .where('t.participant_id', '=', participantId)
    .orderBy('t.occurred_at')
    .execute();
  const facts = await findCaseFacts(trx, participantId, ctx.now, 'a reason will be asked');
  const placement = await trx
    .selectFrom('enrolment as e')
    .innerJoin('group_cycle as g', (join) => join.onRef('g.agency_id', '=', 'e.agency_id').onRef('g.id', '=', 'e.group_id'))
    .leftJoin('completion_review as c', (join) => join.onRef('c.agency_id', '=', 'e.agency_id').onRef('c.enrolment_id', '=', 'e.id'))
    .select(['e.group_id', 'g.name', 'e.enrolled_at', 'e.first_session_number', 'c.outcome', 'c.reviewed_at'])
    .where('e.participant_id', '=', participantId)
    .where('e.status', '=', 'active')
    .executeTakeFirst();
  const standing = placement ? (await loadStandings(trx, [participantId], { now: ctx.now })).get(participantId)?.result : undefined;
  return {
    id: p.id,
    givenName: p.given_name,
    familyName: p.family_name,
    preferredName: p.preferred_name,
    dateOfBirth: p.date_of_birth,
    gender: p.gender,
    groupGender: p.group_gender,
    pronouns: p.pronouns,
    language: p.language,
    languageOther: p.language_other,
    interpreterNeeded: p.interpreter_needed,
    indigenousIdentity: p.indigenous_identity,
    phone: p.phone,
    email: p.email,
    safeToLeaveMessages: p.safe_to_leave_messages,
    address: p.street && p.city && p.province && p.postal_code ? { street: p.street, city: p.city, province: p.province, postalCode: p.postal_code } : null,
    accessibilityNeeds: p.accessibility_needs,
    remindersOptIn: p.reminders_opt_in,
    caseState: p.case_state,
    version: p.version,
    referrals: referrals.map((r) => ({
      id: r.id,
      source: r.source,
      stream: r.stream,
      status: r.status,
      version: r.version,
      returnReason: r.return_reason,
      duplicateOf: r.duplicate_of,
      courtFileNumber: r.court_file_number,
      courtLocation: r.court_location,
      charges: r.charges,
      officer: { name: r.officer_name, office: r.officer_office, phone: r.officer_phone, email: r.officer_email },
      orderDate: r.order_date,
      completeBy: r.complete_by,
      receivedAt: r.received_at.toISOString(),
      conditions: conditions
        .filter((c) => c.referral_id === r.id)
        .map((c) => ({ kind: c.kind, withWhom: c.with_whom, exceptions: c.exceptions, expiresOn: c.expires_on })),
      documents: documents
        .filter((d) => d.referral_id === r.id)
        .map((d) => ({ id: d.id, kind: d.kind, fileName: d.file_name, mediaType: d.media_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at.toISOString() })),
    })),
    partnerHandoffs: handoffs.map((h) => ({ passedAt: h.passed_at.toISOString(), partnersCount: h.partners_count })),
    appointments: appointments.map((a) => ({ id: a.id, mode: a.mode, startsAt: a.starts_at.toISOString(), timeZone: a.time_zone, status: a.status })),
    assessments: assessments.map((a) => ({ id: a.id, formVersion: a.form_version, suitability: a.suitability, reasons: a.reasons, completedAt: a.completed_at.toISOString() })),
    consents: consents.map((c) => ({ kind: c.kind, formVersion: c.form_version, method: c.method, signedName: c.signed_name, signedAt: c.signed_at.toISOString(), withdrawnAt: c.withdrawn_at ? c.withdrawn_at.toISOString() : null })),
    history: history.map((h) => ({ transition: h.transition, from: h.from_state, to: h.to_state, reason: h.reason, reasonCode: h.reason_code, occurredAt: h.occurred_at.toISOString(), byUser: h.by_user, byName: h.display_name })),
    placement: placement
      ? {
          groupId: placement.group_id,
          groupName: placement.name,
          enrolledAt: placement.enrolled_at.toISOString(),
          firstSessionNumber: placement.first_session_number,
          creditedSessions: standing?.creditedSessions ?? 0,
          sessionsRequired: standing?.sessionsRequired ?? facts.sessionsRequired,
          standing: standing?.standing ?? 'on_track',
          anticipatedCompletionDate: standing?.anticipatedCompletionDate ?? null,
          completionReview: placement.outcome && placement.reviewed_at ? { outcome: placement.outcome, reviewedAt: placement.reviewed_at.toISOString() } : null,
        }
      : null,
    // Reasons are asked when a decision is taken; booking, assessing and placing happen through
    // their own forms. Only the decisions this user may take are offered.
    availableTransitions: availableTransitions(p.case_state as CaseState, facts)
      .filter((t) => !['book_intake', 'rebook_intake', 'record_assessment', 'enrol'].includes(t))
      .filter((t) => can(ctx.actor, permissionFor(t)) && can(ctx.actor, 'participant.write')),
  };
}
