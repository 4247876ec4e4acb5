import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { loadReport } from './load-report.js';
import { renderReportPdf } from './report-document.js';
import { contentOf } from './reports.queries.js';

/**
 * A report as a PDF in the request's language: a draft's preview (marked DRAFT, what it would say
 * now) or the signed snapshot. Audited; the file name carries no name.
 */
export async function getReportPdf(ctx: Ctx, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  assertCan(ctx.actor, 'report.draft');
  const language = ctx.locale === 'fr-CA' ? 'fr' : 'en';
  const { content, createdAt } = await ctx.db.transaction(async (trx) => {
    const { row, closing } = await loadReport(trx, id, ctx.now);
    await recordAudit(ctx, trx, { type: 'report.viewed', subject: { type: 'participant', id: row.participant_id }, details: { reportId: id, format: 'pdf', language } });
    return { content: await contentOf(trx, ctx.keyring, row, closing), createdAt: row.signed_at ?? ctx.now };
  });
  const bytes = await renderReportPdf(content, ctx.locale, createdAt);
  const draft = content.signature ? '' : '-draft';
  return { bytes, fileName: `${content.kind === 'completion' ? 'completion' : 'non-completion'}-report${draft}-${language}.pdf` };
}
