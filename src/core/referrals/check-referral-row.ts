import type { core } from 'zod';
import type { ErrorParams } from '../shared/app-error.js';
import { checkReferral } from './check-referral.js';
import type { CsvProblem } from './parse-referral-csv.js';
import { columnForPath, type ReferralCsvColumn } from './referral-csv-columns.js';
import { referralFromCsvRow } from './referral-from-csv-row.js';
import { NewParticipant, ReceiveReferralInput } from './referrals.schema.js';

/** An import always names a new person: parsing against that branch alone gives field-level issues, not "no branch of the union matched". */
const ImportedReferral = ReceiveReferralInput.extend({ participant: NewParticipant });

/** Zod issue parameters that are safe to show (never the value that was sent), as the server keeps them. */
const safeParams = ['expected', 'origin', 'minimum', 'maximum', 'format', 'divisor'] as const;

/**
 * Checks one CSV row exactly as `receiveReferral` would (the schema, then `checkReferral`
 * against today), so a dry run finds every problem an import would hit; each problem names
 * the column to correct. Returns the input only when the row is clean.
 */
export function checkReferralRow(
  row: number,
  cells: Partial<Record<ReferralCsvColumn, string>>,
  idempotencyKey: string,
  today: string,
): { input?: ReceiveReferralInput; problems: CsvProblem[] } {
  const { value, problems } = referralFromCsvRow(row, cells, idempotencyKey);
  // A cell that could not be read was left out: don't also call it missing.
  const reported = new Set(problems.map((problem) => problem.column));
  const add = (problem: CsvProblem) => {
    if (problem.column !== null && reported.has(problem.column)) return;
    reported.add(problem.column);
    problems.push(problem);
  };
  const parsed = ImportedReferral.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnForPath(issue.path) ?? null;
      add({ row, column, ...describe(issue, column === null || !cells[column]) });
    }
    return { problems };
  }
  for (const issue of checkReferral(parsed.data, today).issues) {
    add({ row, column: columnForPath(issue.path) ?? null, code: issue.code, params: issue.params ?? {} });
  }
  return problems.length > 0 ? { problems } : { input: parsed.data, problems };
}

function describe(issue: core.$ZodIssue, isEmpty: boolean): { code: string; params: ErrorParams } {
  if (isEmpty && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return { code: 'required', params: {} };
  // A spreadsheet cannot offer a list to choose from: say which values are accepted.
  if (issue.code === 'invalid_value') return { code: 'csv_choice', params: { values: issue.values.map(String).join(', ') } };
  const params: ErrorParams = {};
  for (const name of safeParams) {
    const value = (issue as unknown as Record<string, unknown>)[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') params[name] = value;
    else if (typeof value === 'bigint') params[name] = Number(value);
  }
  return { code: issue.code, params };
}
