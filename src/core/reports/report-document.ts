import { translate, type MessageValues } from '../../i18n/translate.js';
import { TaggedPdf } from '../packs/tagged-pdf.js';
import type { Locale } from '../shared/locale.js';
import type { ReportContent } from './reports.schema.js';

/** A block of the report in reading order: what the PDF tags and the email prints alike. */
export type ReportBlock = { type: 'h1' | 'h2' | 'p' | 'strong'; text: string } | { type: 'list'; items: string[] };

/**
 * The report as blocks in the given language: to the referral source, the participant's
 * identifiers, the referral and order, the program and its dates, attendance, the outcome, the
 * observations, the safety concerns the manager included (a category and a day each) and the
 * signature. Nothing else: no notes, no partner, no fees.
 */
export function reportBlocks(content: ReportContent, locale: Locale): ReportBlock[] {
  const t = (key: string, values?: MessageValues) => translate(locale, `courtReport.${key}`, values);
  const french = locale === 'fr-CA';
  const blocks: ReportBlock[] = [{ type: 'h1', text: t('title', { kind: content.kind }) }];
  blocks.push({ type: 'strong', text: french ? content.agency.nameFr : content.agency.name });
  if (!content.signature) blocks.push({ type: 'strong', text: t('draft') });
  const referral = content.referral;
  blocks.push({ type: 'h2', text: t('to') });
  if (referral) {
    blocks.push({ type: 'p', text: t('source', { source: referral.source }) });
    if (referral.officerName) blocks.push({ type: 'p', text: t('officer', { name: referral.officerName }) });
    if (referral.officerOffice) blocks.push({ type: 'p', text: t('office', { office: referral.officerOffice }) });
  }
  blocks.push({ type: 'h2', text: t('participant') });
  blocks.push({ type: 'p', text: t('name', { name: content.participant.name }) });
  blocks.push({ type: 'p', text: t('date_of_birth', { date: content.participant.dateOfBirth }) });
  blocks.push({ type: 'h2', text: t('referral') });
  if (referral) {
    blocks.push({ type: 'p', text: t('stream', { stream: referral.stream }) });
    if (referral.courtFileNumber) blocks.push({ type: 'p', text: t('court_file', { number: referral.courtFileNumber }) });
    if (referral.courtLocation) blocks.push({ type: 'p', text: t('court_location', { location: referral.courtLocation }) });
    if (referral.charges.length > 0) blocks.push({ type: 'p', text: t('charges', { charges: referral.charges.join(', ') }) });
    if (referral.orderDate) blocks.push({ type: 'p', text: t('order_date', { date: referral.orderDate }) });
    if (referral.completeBy) blocks.push({ type: 'p', text: t('complete_by', { date: referral.completeBy }) });
  } else {
    blocks.push({ type: 'p', text: t('no_referral') });
  }
  const program = content.program;
  blocks.push({ type: 'h2', text: t('program') });
  blocks.push({ type: 'p', text: t('program_name', { name: french ? program.nameFr : program.name }) });
  if (program.groupName) blocks.push({ type: 'p', text: t('group', { name: program.groupName }) });
  if (program.startedOn) blocks.push({ type: 'p', text: t('started_on', { date: program.startedOn }) });
  blocks.push({ type: 'p', text: t('ended_on', { date: program.endedOn }) });
  const a = content.attendance;
  blocks.push({ type: 'h2', text: t('attendance') });
  blocks.push({ type: 'p', text: t('credited', { credited: a.credited, required: a.required }) });
  blocks.push({ type: 'p', text: t('attended', { count: a.attended }) });
  blocks.push({ type: 'p', text: t('absences', { excused: a.excused, unexcused: a.unexcused, refused: a.refusedEntry, leftEarly: a.leftEarly }) });
  blocks.push({ type: 'p', text: t('lates', { count: a.lates }) });
  blocks.push({ type: 'p', text: t('made_up', { count: a.madeUp }) });
  blocks.push({ type: 'h2', text: t('outcome') });
  const completed = content.outcome.state === 'completed';
  blocks.push({ type: 'strong', text: t(completed ? 'completed' : 'discharged', { date: program.endedOn }) });
  if (!completed && content.outcome.reasonCode) blocks.push({ type: 'p', text: t('discharge_reason', { reason: content.outcome.reasonCode }) });
  blocks.push({ type: 'h2', text: t('observations') });
  blocks.push({ type: 'p', text: content.observations?.trim() || t('no_observations') });
  blocks.push({ type: 'h2', text: t('concerns') });
  if (content.concerns.length === 0) blocks.push({ type: 'p', text: t('no_concerns') });
  else blocks.push({ type: 'list', items: content.concerns.map((c) => t('concern', { date: c.occurredOn, category: c.category })) });
  blocks.push({ type: 'h2', text: t('signature') });
  blocks.push({ type: 'p', text: content.signature ? t('signed', { name: content.signature.name, date: content.signature.signedOn }) : t('unsigned') });
  return blocks;
}

/** The report as a tagged PDF (headings, paragraphs, a list), in English or French. */
export async function renderReportPdf(content: ReportContent, locale: Locale, createdAt: Date): Promise<Buffer> {
  const title = translate(locale, 'courtReport.title', { kind: content.kind });
  const agency = locale === 'fr-CA' ? content.agency.nameFr : content.agency.name;
  const pdf = new TaggedPdf({ locale, title: translate(locale, 'courtReport.document_title', { kind: content.kind, name: content.participant.name }), subject: agency, createdAt });
  for (const block of reportBlocks(content, locale)) {
    if (block.type === 'h1') pdf.heading(1, block.text);
    else if (block.type === 'h2') pdf.heading(2, block.text);
    else if (block.type === 'list') pdf.list(block.items);
    else pdf.paragraph(block.text, { bold: block.type === 'strong' });
  }
  pdf.footer((page, pages) => translate(locale, 'courtReport.footer', { agency, title, page, pages }));
  return pdf.finish();
}
