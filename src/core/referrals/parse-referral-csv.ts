import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';
import type { ErrorParams } from '../shared/app-error.js';
import { type ReferralCsvColumn, referralCsvColumnNames, referralCsvColumns } from './referral-csv-columns.js';

/**
 * One problem with an import file: `row` as a spreadsheet numbers it (the header is row 1),
 * null for the file as a whole; `column` null when no one cell is at fault. The message is
 * `validation.<code>` with `params` (never a cell's value: the report may be logged).
 */
export interface CsvProblem {
  row: number | null;
  column: string | null;
  code: string;
  params: ErrorParams;
}

export interface ParsedReferralCsv {
  /** SHA-256 of the file's bytes, hex: the same file always yields the same idempotency keys. */
  sha256: string;
  rows: { row: number; cells: Partial<Record<ReferralCsvColumn, string>> }[];
  problems: CsvProblem[];
}

/**
 * Reads a central intake service's CSV (UTF-8 with or without BOM, comma-separated, header
 * row, quoted fields) into trimmed cells by column name. Wrong encoding, semicolons, unknown,
 * missing or repeated columns are file problems; a row with the wrong number of values is a
 * row problem. Blank rows are skipped but still counted, so row numbers match the spreadsheet.
 */
export function parseReferralCsv(bytes: Uint8Array): ParsedReferralCsv {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fail = (code: string, params: ErrorParams = {}): ParsedReferralCsv => ({ sha256, rows: [], problems: [{ row: null, column: null, code, params }] });
  let text: string;
  try {
    // Decoding drops a leading BOM; `fatal` refuses Windows-1252 files, whose accents would be garbled.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('csv_not_utf8');
  }
  let records: { record: string[]; info: { records: number } }[];
  try {
    // With `info`, each record comes with its number (the types do not model that option).
    records = parse(text, { relax_column_count: true, info: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return fail('csv_malformed', { line: Number(error.lines ?? 0) || 1 });
    throw error;
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((name) => name.toLowerCase());
  if (header.length === 1 && header[0]!.includes(';')) return fail('csv_semicolons');
  const problems = headerProblems(header);
  const rows: ParsedReferralCsv['rows'] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell === '')) continue;
    if (record.length !== header.length) {
      problems.push({ row: info.records, column: null, code: 'csv_field_count', params: { found: record.length, expected: header.length } });
      continue;
    }
    const cells: ParsedReferralCsv['rows'][number]['cells'] = {};
    header.forEach((name, index) => {
      if (record[index] && Object.hasOwn(referralCsvColumns, name)) cells[name as ReferralCsvColumn] = record[index];
    });
    rows.push({ row: info.records, cells });
  }
  if (problems.length === 0 && rows.length === 0) problems.push({ row: null, column: null, code: 'csv_no_rows', params: {} });
  return { sha256, rows, problems };
}

function headerProblems(header: string[]): CsvProblem[] {
  const problem = (code: string, names: string[]): CsvProblem[] => (names.length > 0 ? [{ row: null, column: null, code, params: { columns: names.map((name) => name || '""').join(', ') } }] : []);
  const known = new Set<string>(referralCsvColumnNames);
  return [
    ...problem('csv_unknown_columns', header.filter((name) => !known.has(name))),
    ...problem('csv_missing_columns', referralCsvColumnNames.filter((name) => 'required' in referralCsvColumns[name] && !header.includes(name))),
    ...problem('csv_duplicate_columns', [...new Set(header.filter((name, index) => header.indexOf(name) !== index))]),
  ];
}
