import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnName, isFormulaLike, toCsv, toXlsx, type SpreadsheetColumn } from './spreadsheet-export.js';

interface Row {
  name: string;
  note: string | null;
  cents: number;
  count: number | null;
}

const columns: SpreadsheetColumn<Row>[] = [
  { header: 'Name', value: (row) => row.name },
  { header: 'Note', value: (row) => row.note },
  { header: 'Amount', value: (row) => row.cents, format: 'cents' },
  { header: 'Count', value: (row) => row.count },
];

const attacks = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', "=cmd|' /C calc'!A0"];

/** Reads a zip's entries (local headers in order, as zipFiles writes them). */
function unzip(bytes: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  let offset = 0;
  while (bytes.readUInt32LE(offset) === 0x04034b50) {
    const method = bytes.readUInt16LE(offset + 8);
    const compressed = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extra;
    const data = bytes.subarray(start, start + compressed);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset = start + compressed;
  }
  return entries;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#13;/g, '\r')
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

interface ReadCell {
  ref: string;
  type: 'string' | 'number' | 'formula';
  value: string | number;
  style: number | undefined;
}

/** The sheet's cells as a spreadsheet would load them: type, value and style of each. */
function readSheet(xlsx: Buffer): { cells: ReadCell[]; files: Map<string, string> } {
  const files = unzip(xlsx);
  const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
  const cells: ReadCell[] = [];
  for (const match of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)) {
    const [, ref = '', attributes = '', body = ''] = match;
    const style = /\ss="(\d+)"/.exec(attributes)?.[1];
    const base = { ref, style: style === undefined ? undefined : Number(style) };
    if (body.includes('<f>')) cells.push({ ...base, type: 'formula', value: body });
    else if (attributes.includes('t="inlineStr"')) cells.push({ ...base, type: 'string', value: unescapeXml(/<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1] ?? '') });
    else cells.push({ ...base, type: 'number', value: Number(/<v>(.*?)<\/v>/.exec(body)?.[1]) });
  }
  return { cells, files };
}

/** Splits RFC 4180 CSV back into fields. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

describe('spreadsheet export', () => {
  it('knows what a spreadsheet reads as a formula', () => {
    for (const attack of attacks) expect(isFormulaLike(attack)).toBe(true);
    for (const safe of ['Côté', '125.00', ' =1', "'=1", '', 'a=b']) expect(isFormulaLike(safe)).toBe(false);
  });

  it('writes CSV with a quote before every formula-like text, numbers untouched, fields quoted when needed', () => {
    const rows: Row[] = attacks.map((attack, index) => ({ name: attack, note: index === 0 ? 'a, "b"\nc' : null, cents: -12550, count: -3 }));
    const csv = toCsv(rows, columns);
    expect(csv.startsWith('\uFEFFName,Note,Amount,Count\r\n')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed).toHaveLength(rows.length + 1);
    parsed.slice(1).forEach((fields, index) => {
      expect(fields[0]).toBe(`'${attacks[index]}`);
      expect(fields[2]).toBe('-125.50');
      expect(fields[3]).toBe('-3');
    });
    expect(parsed[1]?.[1]).toBe('a, "b"\nc');
    expect(parsed[2]?.[1]).toBe('');
  });

  it('keeps accents and ordinary text as they are in CSV', () => {
    const csv = toCsv([{ name: 'Jérôme Côté', note: 'Œuvre « ici »', cents: 12500, count: 2 }], columns);
    expect(csv).toBe('\uFEFFName,Note,Amount,Count\r\nJérôme Côté,Œuvre « ici »,125.00,2\r\n');
  });

  it('round-trips CSV: whatever the text, a field reads back as written (after its safety quote) and never as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string(), note: fc.option(fc.string(), { nil: null }), cents: fc.integer({ min: -1e9, max: 1e9 }), count: fc.option(fc.integer(), { nil: null }) }), { maxLength: 8 }), (rows) => {
        const parsed = parseCsv(toCsv(rows, columns).slice(1));
        expect(parsed).toHaveLength(rows.length + 1);
        rows.forEach((row, index) => {
          const fields = parsed[index + 1] ?? [];
          for (const field of [fields[0] ?? '', fields[1] ?? '']) expect(isFormulaLike(field)).toBe(false);
          expect(fields[0]).toBe(isFormulaLike(row.name) ? `'${row.name}` : row.name);
          expect(Number(fields[2])).toBeCloseTo(row.cents / 100, 2);
          expect(fields[3]).toBe(row.count === null ? '' : String(row.count));
        });
      }),
    );
  });

  it('writes XLSX where formula-like text is a quote-prefixed string cell, money a two-decimal number, and nothing a formula', async () => {
    const rows: Row[] = attacks.map((attack) => ({ name: attack, note: 'ok', cents: 12550, count: 7 }));
    const { cells, files } = readSheet(await toXlsx(rows, columns, { sheetName: 'Payments: 2026/11' }));
    expect(cells.some((cell) => cell.type === 'formula')).toBe(false);
    expect(cells.filter((cell) => cell.ref.startsWith('A') && cell.ref !== 'A1').map((cell) => [cell.type, cell.value, cell.style])).toEqual(
      attacks.map((attack) => ['string', attack, 3]),
    );
    expect(cells.find((cell) => cell.ref === 'C2')).toEqual({ ref: 'C2', type: 'number', value: 125.5, style: 2 });
    expect(cells.find((cell) => cell.ref === 'D2')).toEqual({ ref: 'D2', type: 'number', value: 7, style: undefined });
    expect(cells.find((cell) => cell.ref === 'B2')).toEqual({ ref: 'B2', type: 'string', value: 'ok', style: undefined });
    expect(cells.filter((cell) => /^[A-D]1$/.test(cell.ref)).map((cell) => [cell.value, cell.style])).toEqual([
      ['Name', 1],
      ['Note', 1],
      ['Amount', 1],
      ['Count', 1],
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Payments 202611" sheetId="1" r:id="rId1"/>');
    expect(files.get('xl/styles.xml')).toContain('quotePrefix="1"');
    expect([...files.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('round-trips XLSX text and numbers exactly, including markup, accents and control characters XML cannot hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: fc.string({ unit: 'binary' }), note: fc.option(fc.string(), { nil: null }), cents: fc.integer({ min: -1e9, max: 1e9 }), count: fc.option(fc.integer(), { nil: null }) }), { maxLength: 6 }),
        async (rows) => {
          const { cells } = readSheet(await toXlsx(rows, columns));
          expect(cells.some((cell) => cell.type === 'formula')).toBe(false);
          rows.forEach((row, index) => {
            const at = (column: number) => cells.find((cell) => cell.ref === `${columnName(column)}${index + 2}`);
            const xmlSafe = row.name.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
            expect(at(0)).toMatchObject({ type: 'string', value: xmlSafe });
            expect(at(0)?.style).toBe(isFormulaLike(xmlSafe) ? 3 : undefined);
            expect(at(1)?.value).toBe(row.note === null ? undefined : row.note);
            expect(at(2)).toMatchObject({ type: 'number', value: row.cents / 100 });
            expect(at(3)?.value).toBe(row.count === null ? undefined : row.count);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names columns past Z and gives the same bytes for the same report', async () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    const rows: Row[] = [{ name: 'x', note: null, cents: 1, count: 1 }];
    expect((await toXlsx(rows, columns)).equals(await toXlsx(rows, columns))).toBe(true);
  });
});
