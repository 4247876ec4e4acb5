import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { ParticipantFile } from './participants.schema.js';

/** A participant's file (person, referrals with conditions, partner hand-offs), read and audited together. */
export async function getParticipantFile(ctx: Ctx, participantId: string): Promise<ParticipantFile> {
  assertCan(ctx.actor, 'participant.read');
  return ctx.db.transaction(async (trx) => {
    const p = await trx.selectFrom('participant').selectAll().where('id', '=', participantId).executeTakeFirst();
    if (!p) throw new AppError('not_found', 'participants.not_found', {});
    const referrals = await trx.selectFrom('referral').selectAll().where('participant_id', '=', participantId).orderBy('received_at', 'desc').execute();
    const conditions = referrals.length
      ? await trx.selectFrom('referral_condition').selectAll().where('referral_id', 'in', referrals.map((r) => r.id)).execute()
      : [];
    const handoffs = await trx.selectFrom('partner_handoff').select(['passed_at', 'partners_count']).where('participant_id', '=', participantId).orderBy('passed_at').execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
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
      accessibilityNeeds: p.accessibility_needs,
      caseState: p.case_state,
      version: p.version,
      referrals: referrals.map((r) => ({
        id: r.id,
        source: r.source,
        stream: r.stream,
        status: r.status,
        courtFileNumber: r.court_file_number,
        orderDate: r.order_date,
        completeBy: r.complete_by,
        receivedAt: r.received_at.toISOString(),
        conditions: conditions
          .filter((c) => c.referral_id === r.id)
          .map((c) => ({ kind: c.kind, withWhom: c.with_whom, exceptions: c.exceptions, expiresOn: c.expires_on })),
      })),
      partnerHandoffs: handoffs.map((h) => ({ passedAt: h.passed_at.toISOString(), partnersCount: h.partners_count })),
    };
  });
}
