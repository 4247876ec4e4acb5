import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { translate } from '../../i18n/translate.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { enqueueMessage } from '../outbox/index.js';
import { AppError } from '../shared/app-error.js';
import { isDbError } from '../users/db-errors.js';
import type { Ctx } from '../shared/ctx.js';
import type { Locale } from '../shared/locale.js';
import { attachmentFileName, reportCoveringNote } from './covering-note.js';
import { loadReport } from './load-report.js';
import { renderReportPdf } from './report-document.js';
import { contentOf, getReportRow, type ReportRow, toCourtReport } from './reports.queries.js';
import type { CourtReport, ReportContent, SendReportInput } from './reports.schema.js';

const localeOf = (row: ReportRow): Locale => (row.language === 'fr' ? 'fr-CA' : 'en-CA');

/**
 * The signed report's PDF in its language: the bytes GET /court-reports/:id/pdf serves in that
 * language (the frozen snapshot, dated when it was signed). Rendered before the transaction that
 * sends, so the (single, on PGlite) connection does not wait on the PDF; none for a draft.
 */
async function renderSignedPdf(ctx: Ctx, id: string): Promise<{ signedAt: Date; bytes: Buffer } | null> {
  const signed = await ctx.db.transaction(async (trx) => {
    const row = await getReportRow(trx, id);
    if (!row.content_encrypted || !row.signed_at) return null;
    const { closing } = await loadReport(trx, id, ctx.now);
    return { row, content: await contentOf(trx, ctx.keyring, row, closing), signedAt: row.signed_at };
  });
  if (!signed) return null;
  return { signedAt: signed.signedAt, bytes: await renderReportPdf(signed.content, localeOf(signed.row), signed.signedAt) };
}

/** The PDF prepared for this snapshot, or (were it signed since) one rendered now. */
async function pdfFor(row: ReportRow, content: ReportContent, prepared: { signedAt: Date; bytes: Buffer } | null): Promise<Buffer> {
  if (prepared && row.signed_at && prepared.signedAt.getTime() === row.signed_at.getTime()) return prepared.bytes;
  return renderReportPdf(content, localeOf(row), row.signed_at ?? new Date(0));
}

/**
 * Sends a signed report to the referral source: by email through the outbox (written in this
 * transaction; SMTP in production, `.eml` files in the data folder by default) as the signed PDF
 * attached to a short covering note in the report's language, or a delivery made by hand (fax,
 * portal, hand, mail) recorded with its day. A resubmitted form (same idempotency key) answers
 * with the report as it is; another send of a sent report is refused.
 */
export async function sendReport(ctx: Ctx, id: string, input: SendReportInput): Promise<CourtReport> {
  try {
    return await sendReportOnce(ctx, id, input);
  } catch (error) {
    // Two identical submits racing: the loser's insert meets the winner's unique key. Once
    // more, the winner's row answers (the same record, or a clear conflict), never a 500.
    if (isDbError(error, '23505')) return sendReportOnce(ctx, id, input);
    throw error;
  }
}

async function sendReportOnce(ctx: Ctx, id: string, input: SendReportInput): Promise<CourtReport> {
  assertCan(ctx.actor, 'report.sign');
  const actor = requireStaff(ctx.actor);
  const prepared = input.method === 'email' ? await renderSignedPdf(ctx, id) : null;
  return ctx.db.transaction(async (trx) => {
    const { row, closing, today } = await loadReport(trx, id, ctx.now);
    const repeat = await trx.selectFrom('report_delivery').select('report_id').where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (repeat) {
      if (repeat.report_id !== id) throw new AppError('conflict', 'reports.stale_report', {});
      return toCourtReport(trx, ctx.keyring, row, closing, { showConcerns: true });
    }
    if (row.status === 'draft') throw new AppError('rule_violation', 'reports.not_signed', {});
    if (row.status === 'sent') {
      const first = await trx.selectFrom('report_delivery').select('delivered_on').where('report_id', '=', id).orderBy('recorded_at').limit(1).executeTakeFirst();
      throw new AppError('conflict', 'reports.already_sent', { day: first?.delivered_on ?? today });
    }
    const deliveredOn = input.method === 'email' ? today : input.deliveredOn;
    if (deliveredOn > today) throw new AppError('invalid', 'reports.future_day', {}, { issues: [{ path: 'body.deliveredOn', code: 'report_future' }] });
    const deliveryId = randomUUID();
    if (input.method === 'email') {
      const content = await contentOf(trx, ctx.keyring, row, closing);
      const locale = localeOf(row);
      const fileName = attachmentFileName(content.kind, content.signature?.signedOn ?? today, id);
      await enqueueMessage(trx, {
        agencyId: actor.agencyId,
        compartment: 'participant',
        kind: 'court_report',
        idempotencyKey: `court-report:${id}`,
        to: input.to,
        locale,
        subject: translate(locale, 'courtReport.email_subject', { kind: content.kind, name: content.participant.name }),
        body: reportCoveringNote(content, locale, fileName),
        attachments: [{ fileName, mediaType: 'application/pdf', bytes: await pdfFor(row, content, prepared) }],
        keyring: ctx.keyring,
        now: ctx.now,
      });
    }
    await trx
      .insertInto('report_delivery')
      .values({
        agency_id: actor.agencyId,
        id: deliveryId,
        report_id: id,
        method: input.method,
        to_address: input.method === 'email' ? input.to : null,
        delivered_on: deliveredOn,
        idempotency_key: input.idempotencyKey,
        recorded_at: ctx.now,
        recorded_by: actor.userId,
      })
      .execute();
    const updated = await trx
      .updateTable('court_report')
      .set({ status: 'sent', updated_at: ctx.now, updated_by: actor.userId, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, trx, { type: 'report.sent', subject: { type: 'participant', id: row.participant_id }, details: { reportId: id, deliveryId, method: input.method } });
    return toCourtReport(trx, ctx.keyring, updated, closing, { showConcerns: true });
  });
}
