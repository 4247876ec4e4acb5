import { translate } from '../../i18n/translate.js';
import type { Locale } from '../shared/locale.js';
import type { NoticeContent } from './notices.schema.js';
import type { ReportContent } from './reports.schema.js';

/**
 * The name of a document attached to an email: what it is, its day and a short reference (the
 * first 8 characters of its id, enough for the agency to find it), never the participant's name.
 * A file name is metadata that travels further than the document (mail logs, download folders,
 * scanners), and the clerk files by the name printed on its first page and in the subject.
 */
export function attachmentFileName(kind: 'completion' | 'non_completion' | 'notice', day: string, id: string): string {
  const what = kind === 'completion' ? 'completion-report' : kind === 'non_completion' ? 'non-completion-report' : 'non-compliance-notice';
  return `${what}-${day}-${id.replace(/-/g, '').slice(0, 8)}.pdf`;
}

/** The body of the email that carries a signed report: a short covering note, the report is the PDF. */
export function reportCoveringNote(content: ReportContent, locale: Locale, fileName: string): string {
  const agency = locale === 'fr-CA' ? content.agency.nameFr : content.agency.name;
  const lines = [
    translate(locale, 'courtReport.cover_greeting'),
    '',
    translate(locale, 'courtReport.cover_attached', { kind: content.kind, name: content.participant.name, date: content.signature?.signedOn ?? '', fileName }),
  ];
  if (content.referral?.courtFileNumber) lines.push(translate(locale, 'courtReport.court_file', { number: content.referral.courtFileNumber }));
  lines.push('', translate(locale, 'courtReport.cover_acknowledge'), '', agency);
  return lines.join('\n');
}

/** The body of the email that carries an interim notice. */
export function noticeCoveringNote(content: NoticeContent, locale: Locale, fileName: string): string {
  const agency = locale === 'fr-CA' ? content.agency.nameFr : content.agency.name;
  const lines = [
    translate(locale, 'courtReport.cover_greeting'),
    '',
    translate(locale, 'courtNotice.cover_attached', { reason: content.reason, name: content.participant.name, date: content.signature.signedOn, fileName }),
  ];
  if (content.referral?.courtFileNumber) lines.push(translate(locale, 'courtReport.court_file', { number: content.referral.courtFileNumber }));
  lines.push('', translate(locale, 'courtReport.cover_acknowledge'), '', agency);
  return lines.join('\n');
}
