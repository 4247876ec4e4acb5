import type { OpenChannel } from '../partners/channel-gate.js';
import { crisisLine } from '../packs/resource-lines.js';
import { packText } from '../packs/pack-text.js';
import { TaggedPdf } from '../packs/tagged-pdf.js';
import type { ResourceRecord } from '../resources/resource-record.js';
import { AppError } from '../shared/app-error.js';

/** What the letter says besides the partner's address: who sends it, when, and the crisis lines. */
export interface LetterContent {
  language: 'en' | 'fr';
  agencyName: string;
  /** The printed date (`YYYY-MM-DD`, the agency's day). */
  date: string;
  createdAt: Date;
  crisisLines: readonly ResourceRecord[];
}

const offers = ['safety_planning', 'support', 'information', 'referrals'] as const;

/**
 * The introduction letter, as a tagged PDF in the partner's language. It needs an `OpenChannel`
 * for the letter action: only the channel gate makes one, so no letter can be printed to an
 * address the partner has not confirmed safe. Discreet by design, since someone else may open
 * the envelope: the first lines name only the agency and "Partner Contact"; the participant is
 * never named ("the program your partner or former partner is attending"); the words are the
 * seeds' (safety planning, support, information, referrals; it is your choice; how to reach us;
 * crisis lines), in person-first language.
 */
export async function renderLetter(channel: OpenChannel, recipientName: string, content: LetterContent): Promise<Buffer> {
  if (channel.action !== 'letter') throw new AppError('unexpected', 'system.unexpected', {});
  const locale = content.language === 'fr' ? 'fr-CA' : 'en-CA';
  const text = packText(locale);
  const t = (key: string, values?: Record<string, string>) => text.t(`letter.introduction.${key}`, values);
  const pdf = new TaggedPdf({ locale, title: t('title', { agency: content.agencyName }), subject: content.agencyName, createdAt: content.createdAt });
  pdf.heading(1, content.agencyName);
  pdf.paragraph(content.date);
  pdf.paragraph([recipientName, ...channel.value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)].join('\n'));
  pdf.paragraph(t('greeting'));
  pdf.paragraph(t('intro', { agency: content.agencyName }));
  pdf.paragraph(t('about'));
  pdf.heading(2, t('offer.heading'));
  pdf.list(offers.map((offer) => t(`offer.${offer}`)));
  pdf.heading(2, t('choice.heading'));
  pdf.paragraph(t('choice.body'));
  pdf.heading(2, t('reach.heading'));
  pdf.paragraph(t('reach.body', { agency: content.agencyName }));
  pdf.paragraph(t('reach.keep_safe'));
  pdf.heading(2, t('crisis.heading'));
  pdf.paragraph(t('crisis.intro'));
  pdf.list(content.crisisLines.map((line) => crisisLine(line, text)));
  pdf.paragraph(t('closing'));
  pdf.paragraph(t('signature', { agency: content.agencyName }));
  pdf.footer((page, pages) => t('footer', { agency: content.agencyName, page: String(page), pages: String(pages) }));
  return pdf.finish();
}
