import { translate } from '../../i18n/translate.js';
import { listIndent, mm, TaggedPdf } from '../packs/index.js';
import type { Locale } from '../shared/locale.js';

/** A credit card: ISO/IEC 7810 ID-1, 85.6 × 54 mm. */
const cardSize: [number, number] = [85.6 * mm, 54 * mm];
const margin = 3.5 * mm;
const titleSize = 9;
/** From the most readable down to the smallest that still prints legibly. */
const bodySizes = [8, 7.5, 7, 6.5, 6] as const;
const blankLines = 4;

interface Layout {
  size: number;
  front: string[];
  back: string[];
  left: number;
}

/**
 * The participant's relationship values on a wallet card, front and back, in their language:
 * the title and the values on the front, any that do not fit continued on the back, then a
 * reminder of why the card is there. The text is set at the largest size at which every value
 * fits on the two sides (8 pt down to 6 pt); values that still do not fit are counted on the
 * back, never cut mid-sentence. No values yet: a card with lines to write them by hand. The
 * card names no one and no program, so it can be carried safely.
 */
export async function renderWalletCard(options: { locale: Locale; values: readonly string[]; createdAt: Date }): Promise<Buffer> {
  const t = (key: string, values?: Record<string, number>) => translate(options.locale, key, values);
  const pdf = new TaggedPdf({
    locale: options.locale,
    title: t('workbook.card.title'),
    createdAt: options.createdAt,
    size: cardSize,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    fontSize: bodySizes[0],
  });
  const layout = fit(pdf, options.values, t);
  pdf.heading(1, t('workbook.card.title'), { fontSize: titleSize });
  if (options.values.length === 0) {
    pdf.paragraph(t('workbook.card.empty'), { fontSize: layout.size });
    ruleLines(pdf);
  }
  pdf.list(layout.front, { fontSize: layout.size });
  pdf.newPage();
  if (layout.back.length > 0) {
    pdf.heading(2, t('workbook.card.continued'), { fontSize: titleSize - 1 });
    pdf.list(layout.back, { fontSize: layout.size });
  }
  if (layout.left > 0) pdf.paragraph(t('workbook.card.more', { count: layout.left }), { fontSize: layout.size });
  pdf.paragraph(t('workbook.card.reminder'), { fontSize: layout.size, bold: true });
  return pdf.finish();
}

/** The largest size at which the values fill the front, then the back, leaving room for the back's texts. */
function fit(pdf: TaggedPdf, values: readonly string[], t: (key: string, values?: Record<string, number>) => string): Layout {
  const room = cardSize[1] - 2 * margin;
  let layout: Layout | undefined;
  for (const size of bodySizes) {
    const item = (value: string) => pdf.measure(value, { fontSize: size, indent: size * listIndent }) + size * 0.3;
    const front: string[] = [];
    const back: string[] = [];
    let used = pdf.measure(t('workbook.card.title'), { fontSize: titleSize, bold: true }) + titleSize * 0.35;
    let index = 0;
    for (; index < values.length && used + item(values[index]!) <= room; index++) {
      used += item(values[index]!);
      front.push(values[index]!);
    }
    const reminder = pdf.measure(t('workbook.card.reminder'), { fontSize: size, bold: true }) + size * 0.55;
    const more = pdf.measure(t('workbook.card.more', { count: 99 }), { fontSize: size }) + size * 0.55;
    used = reminder + (index < values.length ? pdf.measure(t('workbook.card.continued'), { fontSize: titleSize - 1, bold: true }) + titleSize * 0.35 : 0);
    for (; index < values.length && used + item(values[index]!) + (index < values.length - 1 ? more : 0) <= room; index++) {
      used += item(values[index]!);
      back.push(values[index]!);
    }
    layout = { size, front, back, left: values.length - index };
    if (layout.left === 0) return layout;
  }
  return layout!;
}

/** Lines to write on, drawn as layout artifacts (decoration, not content). */
function ruleLines(pdf: TaggedPdf): void {
  const doc = pdf.doc;
  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  const gap = Math.min(16, (doc.page.height - doc.page.margins.bottom - doc.y) / (blankLines + 0.5));
  doc.markContent('Artifact', { type: 'Layout' });
  for (let line = 1; line <= blankLines; line++) {
    const y = doc.y + gap * line;
    doc.moveTo(left, y).lineTo(right, y).lineWidth(0.5).strokeColor('#6b6b6b').stroke();
  }
  doc.endMarkedContent();
}
