import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { translate } from '../../i18n/translate.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { agencyToday } from '../agencies/agency-day.js';
import { recordAudit } from '../audit/index.js';
import { enqueueMessage } from '../outbox/index.js';
import { requireParticipant } from '../participants/require-participant.js';
import { AppError } from '../shared/app-error.js';
import { isDbError } from '../users/db-errors.js';
import type { Ctx } from '../shared/ctx.js';
import { gatherCaseBasics } from './case-basics.queries.js';
import { attachmentFileName, noticeCoveringNote } from './covering-note.js';
import { renderNoticePdf } from './notice-document.js';
import { NoticeContent, type ReferralNotice, type SendNoticeInput } from './notices.schema.js';
import type { ReferralNoticeTable } from './reports.tables.js';

/** While in the program a threat may be reported; a pending discharge only while it is pending. */
const openStates = ['enrolled', 'active', 'pending_discharge'];

function toNotice(row: Selectable<ReferralNoticeTable>): ReferralNotice {
  return {
    id: row.id,
    reason: row.reason,
    eventOn: row.event_on,
    language: row.language,
    signedName: row.signed_name,
    signedOn: row.signed_on,
    method: row.method,
    toAddress: row.to_address,
    deliveredOn: row.delivered_on,
  };
}

async function findByKey(db: Kysely<DB>, key: string) {
  return db.selectFrom('referral_notice').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

/**
 * The manager writes, signs and sends an interim non-compliance notice to the referral source in
 * one act: a threat made in the program (while the participant is in it) or a pending discharge
 * (while it is pending), by email through the outbox (the signed PDF attached to a covering note)
 * or recorded as delivered by hand. The content is frozen, encrypted. A resubmitted form (same idempotency key) answers with the first notice.
 */
export async function sendReferralNotice(ctx: Ctx, participantId: string, input: SendNoticeInput): Promise<ReferralNotice> {
  try {
    return await sendNoticeOnce(ctx, participantId, input);
  } catch (error) {
    // Two identical submits racing: the loser's insert meets the winner's unique key. Once
    // more, the winner's row answers (the same record, or a clear conflict), never a 500.
    if (isDbError(error, '23505')) return sendNoticeOnce(ctx, participantId, input);
    throw error;
  }
}

async function sendNoticeOnce(ctx: Ctx, participantId: string, input: SendNoticeInput): Promise<ReferralNotice> {
  assertCan(ctx.actor, 'report.sign');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const participant = await requireParticipant(trx, participantId);
    const repeat = await findByKey(trx, input.idempotencyKey);
    if (repeat) {
      if (repeat.participant_id !== participantId) throw new AppError('conflict', 'reports.stale_report', {});
      return toNotice(repeat);
    }
    const eligible = input.reason === 'pending_discharge' ? participant.caseState === 'pending_discharge' : openStates.includes(participant.caseState);
    if (!eligible) throw new AppError('rule_violation', 'reports.notice_not_eligible', { reason: input.reason, state: participant.caseState });
    const { today } = await agencyToday(trx, ctx.now);
    const deliveredOn = input.delivery.method === 'email' ? today : input.delivery.deliveredOn;
    for (const [path, value] of [['body.eventOn', input.eventOn], ['body.delivery.deliveredOn', deliveredOn]] as const) {
      if (value > today) throw new AppError('invalid', 'reports.future_day', {}, { issues: [{ path, code: 'report_future' }] });
    }
    const warning = await trx
      .selectFrom('case_transition')
      .select('reason_code')
      .where('participant_id', '=', participantId)
      .where('transition', '=', 'warn_pending_discharge')
      .orderBy('occurred_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const basics = await gatherCaseBasics(trx, participantId, today);
    const content: NoticeContent = {
      reason: input.reason,
      eventOn: input.eventOn,
      agency: basics.agency,
      participant: basics.participant,
      referral: basics.referral,
      program: basics.program,
      attendance: basics.attendance,
      reasonCode: input.reason === 'pending_discharge' ? (warning?.reason_code ?? null) : null,
      details: input.details ?? null,
      signature: { name: input.signedName, signedOn: today },
    };
    const id = randomUUID();
    if (input.delivery.method === 'email') {
      const locale = input.language === 'fr' ? 'fr-CA' : 'en-CA';
      const fileName = attachmentFileName('notice', today, id);
      // Rendered here, in the transaction: the content is gathered in it (tens of milliseconds).
      // The same bytes as GET /referral-notices/:id/pdf in the notice's language (dated ctx.now, its signing).
      const pdf = await renderNoticePdf(content, locale, ctx.now);
      await enqueueMessage(trx, {
        agencyId: actor.agencyId,
        compartment: 'participant',
        kind: 'referral_notice',
        idempotencyKey: `referral-notice:${id}`,
        to: input.delivery.to,
        locale,
        subject: translate(locale, 'courtNotice.email_subject', { reason: input.reason, name: content.participant.name }),
        body: noticeCoveringNote(content, locale, fileName),
        attachments: [{ fileName, mediaType: 'application/pdf', bytes: pdf }],
        keyring: ctx.keyring,
        now: ctx.now,
      });
    }
    const row = await trx
      .insertInto('referral_notice')
      .values({
        agency_id: actor.agencyId,
        id,
        participant_id: participantId,
        reason: input.reason,
        event_on: input.eventOn,
        language: input.language,
        content_encrypted: ctx.keyring.encrypt(JSON.stringify(content), fieldContext('referral_notice', 'content', actor.agencyId, id)),
        signed_name: input.signedName,
        signed_on: today,
        signed_at: ctx.now,
        signed_by: actor.userId,
        method: input.delivery.method,
        to_address: input.delivery.method === 'email' ? input.delivery.to : null,
        delivered_on: deliveredOn,
        idempotency_key: input.idempotencyKey,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'report.notice_sent', subject: { type: 'participant', id: participantId }, details: { noticeId: id, reason: input.reason, method: input.delivery.method } });
    return toNotice(row);
  });
}

/** The interim notices sent about a participant, newest first. */
export async function listReferralNotices(ctx: Ctx, participantId: string): Promise<ReferralNotice[]> {
  assertCan(ctx.actor, 'report.draft');
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const rows = await trx.selectFrom('referral_notice').selectAll().where('participant_id', '=', participantId).orderBy('signed_at', 'desc').execute();
    return rows.map(toNotice);
  });
}

/** A notice as a PDF in the request's language, from its frozen content (audited). */
export async function getReferralNoticePdf(ctx: Ctx, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(ctx.actor, 'report.draft');
  const language = ctx.locale === 'fr-CA' ? 'fr' : 'en';
  const { content, signedAt } = await ctx.db.transaction(async (trx) => {
    const row = await trx.selectFrom('referral_notice').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', 'reports.not_found', {});
    await recordAudit(ctx, trx, { type: 'report.viewed', subject: { type: 'participant', id: row.participant_id }, details: { reportId: id, format: 'pdf', language } });
    const json: unknown = JSON.parse(ctx.keyring.decrypt(row.content_encrypted, fieldContext('referral_notice', 'content', row.agency_id, row.id)));
    return { content: NoticeContent.parse(json), signedAt: row.signed_at };
  });
  return { bytes: await renderNoticePdf(content, ctx.locale, signedAt), fileName: `non-compliance-notice-${language}.pdf` };
}
