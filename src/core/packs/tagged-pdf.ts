import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '../shared/locale.js';

/*
 * The PDF engine of PARS: pdfkit writing a tagged PDF in-process (no browser), with DejaVu Sans
 * embedded so French (é à ç Œ « » ’) prints in every viewer. Tagging follows PDF/UA-1's
 * structure rules as far as pdfkit allows: a Document root, H1/H2 headings, P paragraphs, L
 * lists of LI with Lbl and LBody, page furniture marked as pagination artifacts, the document's
 * language and a title the viewer shows. The file does not claim PDF/UA conformance in its
 * metadata: nothing here validates it (no veraPDF in CI).
 */

const require = createRequire(import.meta.url);
const fontFiles = { regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' } as const;
type FontName = keyof typeof fontFiles;
let fontBytes: Record<FontName, Buffer> | undefined;

/** The two faces, read once per process (about 1 MB; pdfkit embeds only the glyphs used). */
function fonts(): Record<FontName, Buffer> {
  fontBytes ??= { regular: readFileSync(require.resolve(fontFiles.regular)), bold: readFileSync(require.resolve(fontFiles.bold)) };
  return fontBytes;
}

/** Points per millimetre. */
export const mm = 72 / 25.4;

export interface TaggedPdfOptions {
  locale: Locale;
  /** Shown by the viewer instead of the file name (DisplayDocTitle) and in the metadata. */
  title: string;
  subject?: string;
  /** The instant the document is dated: fixed, so the same input gives the same bytes. */
  createdAt: Date;
  /** Page size in points; US Letter by default (what Canadian offices print on). */
  size?: [number, number];
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Body text size in points. */
  fontSize?: number;
}

export interface TextOptions {
  /** The language of this text when it differs from the document's (a resource known only in English). */
  lang?: Locale | undefined;
  fontSize?: number | undefined;
  bold?: boolean | undefined;
}

type StructElement = ReturnType<PDFKit.PDFDocument['struct']>;

/** A list item's text starts this many ems right of the bullet's margin. */
export const listIndent = 1.1;

const ink = '#1a1a1a';
const headingInk = '#12355b';
const quietInk = '#4a4a4a';

/**
 * One tagged document being written: add headings, paragraphs and lists in reading order, then
 * `finish()` for the bytes. Page breaks are pdfkit's; a heading never ends a page on its own.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: StructElement;
  private readonly bodySize: number;
  private readonly bytes: Promise<Buffer>;

  constructor(options: TaggedPdfOptions) {
    const margins = options.margins ?? { top: 54, bottom: 66, left: 60, right: 60 };
    this.bodySize = options.fontSize ?? 10.5;
    const doc = new PDFDocument({
      size: options.size ?? [612, 792],
      margins,
      pdfVersion: '1.7',
      tagged: true,
      lang: options.locale,
      displayTitle: true,
      bufferPages: true,
      info: {
        Title: xmlSafe(options.title),
        ...(options.subject ? { Subject: xmlSafe(options.subject) } : {}),
        Creator: 'PARS',
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    this.bytes = new Promise((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    doc.registerFont('regular', fonts().regular);
    doc.registerFont('bold', fonts().bold);
    doc.font('regular').fontSize(this.bodySize).fillColor(ink);
    this.doc = doc;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** The width text may use on the page. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Room left on the current page, in points. */
  get roomLeft(): number {
    return this.doc.page.height - this.doc.page.margins.bottom - this.doc.y;
  }

  /** A heading (H1 for the document's title, H2 for its sections), kept with the lines after it. */
  heading(level: 1 | 2, text: string, options: TextOptions = {}): this {
    const size = options.fontSize ?? (level === 1 ? this.bodySize * 1.75 : this.bodySize * 1.25);
    const keepWith = this.measure(text, { fontSize: size, bold: true }) + this.bodySize * 4;
    if (this.roomLeft < keepWith && this.doc.y > this.doc.page.margins.top + 1) this.doc.addPage();
    if (level === 2 && this.doc.y > this.doc.page.margins.top + 1) this.doc.moveDown(0.6);
    this.add(level === 1 ? 'H1' : 'H2', options.lang, () => {
      this.doc.font('bold').fontSize(size).fillColor(headingInk).text(text, { width: this.width, paragraphGap: size * 0.35 });
    });
    this.doc.font('regular').fontSize(this.bodySize).fillColor(ink);
    return this;
  }

  /** A paragraph. */
  paragraph(text: string, options: TextOptions = {}): this {
    const size = options.fontSize ?? this.bodySize;
    // A short paragraph is not split across pages (no line left alone at a page's foot or head).
    const height = this.measure(text, { fontSize: size, bold: options.bold });
    if (height > this.roomLeft && height < size * 8 && this.doc.y > this.doc.page.margins.top + 1) this.doc.addPage();
    this.add('P', options.lang, () => {
      this.doc.font(options.bold ? 'bold' : 'regular').fontSize(size).fillColor(ink).text(text, { width: this.width, lineGap: size * 0.2, paragraphGap: size * 0.55 });
    });
    this.doc.font('regular').fontSize(this.bodySize);
    return this;
  }

  /** A bulleted list (L of LI, each with its Lbl and LBody). */
  list(items: readonly string[], options: TextOptions = {}): this {
    if (items.length === 0) return this;
    const size = options.fontSize ?? this.bodySize;
    const list = this.doc.struct('L', options.lang ? { lang: options.lang } : {});
    this.root.add(list);
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(size).fillColor(ink);
    this.doc.list([...items], this.doc.page.margins.left, this.doc.y, {
      structParent: list,
      width: this.width,
      lineGap: size * 0.2,
      paragraphGap: size * 0.3,
      bulletRadius: size * 0.17,
      textIndent: size * listIndent,
    });
    this.closeOpenContent();
    list.end();
    this.doc.x = this.doc.page.margins.left;
    this.doc.font('regular').fontSize(this.bodySize);
    this.doc.moveDown(0.4);
    return this;
  }

  /** The height `text` would take as a paragraph (`indent`: as a list item, whose text is indented). */
  measure(text: string, options: TextOptions & { indent?: number } = {}): number {
    const size = options.fontSize ?? this.bodySize;
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(size);
    const height = this.doc.heightOfString(text, { width: this.width - (options.indent ?? 0), lineGap: size * 0.2 });
    this.doc.font('regular').fontSize(this.bodySize);
    return height;
  }

  /** Starts the next page (the back of a card). */
  newPage(): this {
    this.closeOpenContent();
    this.doc.addPage();
    return this;
  }

  /**
   * Writes a line at the foot of every page, as a pagination artifact (screen readers skip it;
   * it is not part of the reading order). `line` receives the page number and the page count.
   */
  footer(line: (page: number, pages: number) => string): this {
    this.closeOpenContent();
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottom = page.margins.bottom;
      // Writing inside the bottom margin must not start a new page.
      page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font('regular')
        .fontSize(8)
        .fillColor(quietInk)
        .text(line(index - start + 1, count), page.margins.left, page.height - bottom * 0.6, { width: this.width, lineBreak: false });
      this.doc.endMarkedContent();
      page.margins.bottom = bottom;
    }
    return this;
  }

  /** Ends the document and gives its bytes. */
  async finish(): Promise<Buffer> {
    this.closeOpenContent();
    this.root.end();
    this.doc.end();
    return this.bytes;
  }

  private add(type: string, lang: Locale | undefined, draw: () => void): void {
    this.closeOpenContent();
    this.root.add(this.doc.struct(type, lang ? { lang } : {}, draw));
  }

  /** Ends marked content a list left open, so what follows is never counted inside it. */
  private closeOpenContent(): void {
    const open = (this.doc.page as unknown as { markings?: unknown[] }).markings;
    while (open && open.length > 0) this.doc.endMarkedContent();
  }
}

/**
 * pdfkit copies the title into the XMP metadata without escaping: a title is written without
 * the characters XML would read as markup.
 */
function xmlSafe(text: string): string {
  return text.replace(/&/g, '+').replace(/[<>]/g, '');
}
