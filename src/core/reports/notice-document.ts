import { translate, type MessageValues } from '../../i18n/translate.js';
import { TaggedPdf } from '../packs/tagged-pdf.js';
import type { Locale } from '../shared/locale.js';
import type { NoticeContent } from './notices.schema.js';
import type { ReportBlock } from './report-document.js';

/**
 * An interim non-compliance notice as blocks: what happened (a threat made in the program, or a
 * pending discharge and its reason), the participant and order, attendance so far, the manager's
 * details and signature. Nothing from the partner side.
 */
export function noticeBlocks(content: NoticeContent, locale: Locale): ReportBlock[] {
  const t = (key: string, values?: MessageValues) => translate(locale, key, values);
  const french = locale === 'fr-CA';
  const blocks: ReportBlock[] = [{ type: 'h1', text: t('courtNotice.title', { reason: content.reason }) }];
  blocks.push({ type: 'strong', text: french ? content.agency.nameFr : content.agency.name });
  blocks.push({ type: 'h2', text: t('courtReport.to') });
  const referral = content.referral;
  if (referral) {
    blocks.push({ type: 'p', text: t('courtReport.source', { source: referral.source }) });
    if (referral.officerName) blocks.push({ type: 'p', text: t('courtReport.officer', { name: referral.officerName }) });
  }
  blocks.push({ type: 'h2', text: t('courtReport.participant') });
  blocks.push({ type: 'p', text: t('courtReport.name', { name: content.participant.name }) });
  blocks.push({ type: 'p', text: t('courtReport.date_of_birth', { date: content.participant.dateOfBirth }) });
  if (referral?.courtFileNumber) blocks.push({ type: 'p', text: t('courtReport.court_file', { number: referral.courtFileNumber }) });
  blocks.push({ type: 'p', text: t('courtReport.program_name', { name: french ? content.program.nameFr : content.program.name }) });
  blocks.push({ type: 'h2', text: t('courtNotice.what') });
  blocks.push({ type: 'strong', text: t('courtNotice.event', { reason: content.reason, date: content.eventOn }) });
  if (content.reason === 'pending_discharge' && content.reasonCode) blocks.push({ type: 'p', text: t('courtReport.discharge_reason', { reason: content.reasonCode }) });
  if (content.details?.trim()) blocks.push({ type: 'p', text: content.details.trim() });
  const a = content.attendance;
  blocks.push({ type: 'h2', text: t('courtReport.attendance') });
  blocks.push({ type: 'p', text: t('courtReport.credited', { credited: a.credited, required: a.required }) });
  blocks.push({ type: 'p', text: t('courtReport.absences', { excused: a.excused, unexcused: a.unexcused, refused: a.refusedEntry, leftEarly: a.leftEarly }) });
  blocks.push({ type: 'h2', text: t('courtReport.signature') });
  blocks.push({ type: 'p', text: t('courtReport.signed', { name: content.signature.name, date: content.signature.signedOn }) });
  return blocks;
}

/** The notice as a tagged PDF, in English or French. */
export async function renderNoticePdf(content: NoticeContent, locale: Locale, createdAt: Date): Promise<Buffer> {
  const title = translate(locale, 'courtNotice.title', { reason: content.reason });
  const agency = locale === 'fr-CA' ? content.agency.nameFr : content.agency.name;
  const pdf = new TaggedPdf({ locale, title: `${title} — ${content.participant.name}`, subject: agency, createdAt });
  for (const block of noticeBlocks(content, locale)) {
    if (block.type === 'h1') pdf.heading(1, block.text);
    else if (block.type === 'h2') pdf.heading(2, block.text);
    else if (block.type === 'list') pdf.list(block.items);
    else pdf.paragraph(block.text, { bold: block.type === 'strong' });
  }
  pdf.footer((page, pages) => translate(locale, 'courtReport.footer', { agency, title, page, pages }));
  return pdf.finish();
}
