import { zipFiles } from '../resources/hsds-zip.js';

/**
 * Reports as CSV and XLSX downloads that are safe to open in a spreadsheet (OWASP "CSV
 * injection"): text that a spreadsheet would read as a formula (starting with = + - @, a tab or
 * a carriage return) is never a formula. In CSV such a cell is prefixed with a single quote; in
 * XLSX every text is a string cell (never a formula), and those cells carry Excel's own
 * "quote prefix" so that editing one does not turn it into a formula either. Numbers stay numbers.
 *
 * The XLSX is a minimal SpreadsheetML package (ECMA-376: content types, relationships, one
 * workbook, one sheet with inline strings, a style sheet) zipped by {@link zipFiles}: no dependency.
 */

/** One cell's value: text, a number, or nothing. */
export type CellValue = string | number | null | undefined;

/** A column of the export: its header and how a row gives its cell. */
export interface SpreadsheetColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /**
   * `cents`: the value is integer cents, written as dollars with two decimals (125.00), a number
   * in XLSX shown with two decimals. Without it a number is written as it is.
   */
  format?: 'cents' | undefined;
}

/** The characters that make a spreadsheet read a cell as a formula when it starts with one. */
const formulaStart = /^[=+\-@\t\r]/;

/** True when a text cell would be read as a formula. */
export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text);
}

/** A cell's value as the export writes it: a finite number, a string, or null (an empty cell). */
function cellOf<Row>(column: SpreadsheetColumn<Row>, row: Row): string | number | null {
  const value = column.value(row);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return column.format === 'cents' ? value / 100 : value;
  }
  return value;
}

function csvField(value: string | number | null, cents: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return cents ? value.toFixed(2) : String(value);
  const text = isFormulaLike(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they need it),
 * headers first, with a byte-order mark so that spreadsheets read accents as UTF-8.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly SpreadsheetColumn<Row>[]): string {
  const lines = [columns.map((column) => csvField(column.header, false)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(cellOf(column, row), column.format === 'cents')).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Options of {@link toXlsx}. */
export interface XlsxOptions {
  /** The sheet's tab name (at most 31 characters; characters Excel forbids are dropped). */
  sheetName?: string;
  /** The files' date inside the zip: fixed, so the same report gives the same bytes. */
  modified?: Date;
}

/** The rows as an .xlsx workbook of one sheet: a bold header row, then one row per row. */
export async function toXlsx<Row>(rows: readonly Row[], columns: readonly SpreadsheetColumn<Row>[], options: XlsxOptions = {}): Promise<Buffer> {
  const sheetRows: string[] = [];
  const header = columns.map((column, index) => stringCell(cellRef(index, 1), column.header, styles.header));
  sheetRows.push(`<row r="1">${header.join('')}</row>`);
  rows.forEach((row, rowIndex) => {
    const number = rowIndex + 2;
    const cells = columns.map((column, index) => {
      const value = cellOf(column, row);
      const ref = cellRef(index, number);
      if (value === null) return '';
      if (typeof value === 'number') return `<c r="${ref}"${column.format === 'cents' ? ` s="${styles.money}"` : ''}><v>${value}</v></c>`;
      const text = xmlChars(value);
      return stringCell(ref, text, isFormulaLike(text) ? styles.quoted : undefined);
    });
    sheetRows.push(`<row r="${number}">${cells.join('')}</row>`);
  });
  const lastColumn = columns.length > 0 ? columnName(columns.length - 1) : 'A';
  const sheet =
    `${xmlDeclaration}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<dimension ref="A1:${lastColumn}${rows.length + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
  const name = sheetName(options.sheetName);
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    '_rels/.rels':
      `${xmlDeclaration}<Relationships xmlns="${packageRelNs}">` +
      `<Relationship Id="rId1" Type="${docRelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${xmlDeclaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
      `<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${xmlDeclaration}<Relationships xmlns="${packageRelNs}">` +
      `<Relationship Id="rId1" Type="${docRelNs}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${docRelNs}/styles" Target="styles.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/styles.xml':
      `${xmlDeclaration}<styleSheet xmlns="${mainNs}">` +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="4">` +
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
      `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
      `<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>` +
      `</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
  return zipFiles(files, options.modified ?? new Date(Date.UTC(2026, 0, 1)));
}

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const docRelNs = relNs;
const packageRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Indexes into cellXfs: the bold header, money with two decimals (#,##0.00), a quote-prefixed text. */
const styles = { header: 1, money: 2, quoted: 3 } as const;

function stringCell(ref: string, text: string, style: number | undefined): string {
  return `<c r="${ref}" t="inlineStr"${style === undefined ? '' : ` s="${style}"`}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellRef(column: number, row: number): string {
  return `${columnName(column)}${row}`;
}

function sheetName(wanted: string | undefined): string {
  const name = (wanted ?? 'Sheet1').replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return name.length > 0 ? name : 'Sheet1';
}

/** Text without the characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
function xmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/**
 * Text as XML character data: markup escaped, a carriage return kept as a reference (a literal
 * one would be read as a line feed), and the characters XML 1.0 cannot hold dropped.
 */
function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}
