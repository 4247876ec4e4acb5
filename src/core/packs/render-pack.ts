import type { Locale } from '../shared/locale.js';
import type { PackText } from './pack-text.js';
import { TaggedPdf } from './tagged-pdf.js';

/** One piece of a pack, in reading order. `lang` marks text in the other language than the pack's. */
export type PackBlock =
  | { type: 'heading'; text: string; lang?: Locale | undefined }
  | { type: 'paragraph'; text: string; lang?: Locale | undefined }
  | { type: 'list'; items: string[]; lang?: Locale | undefined };

/** A pack's content: its title (the H1 and the document title) and its blocks. */
export interface Pack {
  title: string;
  blocks: PackBlock[];
}

/** What every pack prints besides its content: who gives it, and when. */
export interface PackFrame {
  text: PackText;
  /** The agency's name in the pack's language. */
  agencyName: string;
  createdAt: Date;
  /** The agency's time zone, for the printed date. */
  timeZone: string;
}

/**
 * A pack as a tagged PDF: the title (H1), the agency and date under it, the blocks (sections
 * are H2), and on every page a footer with the agency, the date and "Page n of N".
 */
export async function renderPack(pack: Pack, frame: PackFrame): Promise<Buffer> {
  const { text } = frame;
  const date = text.day(frame.createdAt, frame.timeZone);
  const pdf = new TaggedPdf({ locale: text.locale, title: pack.title, subject: frame.agencyName, createdAt: frame.createdAt });
  pdf.heading(1, pack.title);
  pdf.paragraph(text.t('pack.issued', { agency: frame.agencyName, date }));
  for (const block of pack.blocks) {
    if (block.type === 'heading') pdf.heading(2, block.text, { lang: block.lang });
    else if (block.type === 'paragraph') pdf.paragraph(block.text, { lang: block.lang });
    else pdf.list(block.items, { lang: block.lang });
  }
  pdf.footer((page, pages) => text.t('pack.footer', { agency: frame.agencyName, date, page, pages }));
  return pdf.finish();
}
