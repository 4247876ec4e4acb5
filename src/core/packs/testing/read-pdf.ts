import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a test can see of a PDF: its text per page, its metadata and whether it is tagged. */
export interface ReadPdf {
  /** Each page's text, lines joined by "\n" (words as the viewer would copy them). */
  pages: string[];
  /** All pages' text, whitespace runs collapsed to one space: what assertions search. */
  text: string;
  /** The text marked as artifacts (page furniture that assistive technology skips), per page. */
  artifacts: string[];
  title: string | undefined;
  /** The catalog's /Lang. */
  lang: string | undefined;
  /** /MarkInfo << /Marked true >>. */
  marked: boolean;
  /** The structure tree's element types, depth first (Document, H1, P, L, LI, Lbl, LBody…). */
  structure: string[];
  /** Structure elements that declare their own language, as `role:lang` (`P:en-CA`). */
  languageChanges: string[];
  /** The catalog's /ViewerPreferences /DisplayDocTitle. */
  displaysTitle: boolean;
  /** The catalog has a /StructTreeRoot. */
  hasStructTreeRoot: boolean;
  /** Page sizes in points. */
  sizes: { width: number; height: number }[];
}

interface StructNode {
  role?: string;
  lang?: string;
  children?: StructNode[];
}

/**
 * Reads a PDF with pdfjs-dist (pure JavaScript: CI needs no system package), as tests check
 * what a reader would get: the text, the language, the title and the tags.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const artifacts: string[] = [];
    const structure: string[] = [];
    const languageChanges: string[] = [];
    const sizes: { width: number; height: number }[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      sizes.push({ width: x1 - x0, height: y1 - y0 });
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      const marked = await page.getTextContent({ includeMarkedContent: true });
      const open: string[] = [];
      let artifact = '';
      for (const item of marked.items) {
        if ('str' in item) {
          if (open.includes('Artifact')) artifact += item.str;
        } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
      }
      artifacts.push(artifact);
      const tree = (await page.getStructTree()) as StructNode | null;
      const walk = (node: StructNode) => {
        if (node.role && node.role !== 'Root') structure.push(node.role);
        if (node.role && node.lang) languageChanges.push(`${node.role}:${node.lang}`);
        for (const child of node.children ?? []) walk(child);
      };
      if (tree) walk(tree);
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    const catalog = Buffer.from(bytes).toString('latin1');
    return {
      pages,
      artifacts,
      text: pages.join('\n').replace(/\s+/g, ' ').trim(),
      title: typeof info.Title === 'string' ? info.Title : undefined,
      lang: typeof info.Language === 'string' ? info.Language : (/\/Lang \(([^)]*)\)/.exec(catalog)?.[1] ?? undefined),
      marked: markInfo?.Marked === true,
      structure,
      languageChanges,
      displaysTitle: /\/DisplayDocTitle true/.test(catalog),
      hasStructTreeRoot: /\/StructTreeRoot \d+ 0 R/.test(catalog),
      sizes,
    };
  } finally {
    await pdf.destroy();
  }
}
