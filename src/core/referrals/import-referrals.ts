import { actingIn } from '../access/acting-in.js';
import type { Ctx } from '../shared/ctx.js';
import { checkReferralRow } from './check-referral-row.js';
import { type CsvProblem, parseReferralCsv } from './parse-referral-csv.js';
import { receiveReferral } from './receive-referral.js';
import { type ReferralCsvColumn, referralCsvColumnNames } from './referral-csv-columns.js';
import type { ReceiveReferralInput } from './referrals.schema.js';
import { withinTransaction } from './within-transaction.js';

export interface ImportReferralsOptions {
  /** Import the valid rows of a file that has rejected rows (otherwise nothing is imported). */
  acceptValid: boolean;
  /** Check every row and report, writing nothing. */
  dryRun: boolean;
  /** Called every 100 rows written, for a long file. */
  onProgress?: (done: number, total: number) => void;
}

/** What happened to each row (row numbers as in the spreadsheet, the header being row 1). */
export interface ImportReferralsReport {
  /** Rows that created a referral now. */
  imported: number[];
  /** Rows an earlier import of the same file already created: nothing new was made for them. */
  alreadyImported: number[];
  /** Valid rows left unwritten: a dry run, or a file refused because of its other rows. */
  notWritten: number[];
  /** Rows with at least one problem; never imported. */
  rejected: number[];
  /** Every problem, file-level ones (row null) first, then by row. */
  problems: CsvProblem[];
  /** True when nothing was (or, in a dry run, would be) imported because of the problems. */
  refused: boolean;
}

/** The key a row's referral is created under: the same file imported twice creates nothing new. */
export function importIdempotencyKey(sha256: string, row: number): string {
  return `csv-${sha256.slice(0, 16)}-${row}`;
}

/**
 * Imports a central intake service's CSV of referrals, all or nothing: every row is checked
 * as `receiveReferral` would check it, and a file with any problem imports nothing unless
 * `acceptValid`. The rows are written through `receiveReferral` itself (so partners go to the
 * drop box and each referral is audited) inside ONE transaction: if any row fails at write
 * time, nothing from the file is kept.
 */
export async function importReferrals(ctx: Ctx, bytes: Uint8Array, options: ImportReferralsOptions): Promise<ImportReferralsReport> {
  actingIn(ctx, 'referral.write');
  const file = parseReferralCsv(bytes);
  const problems = [...file.problems];
  const isFileUsable = !problems.some((problem) => problem.row === null);
  const today = ctx.now.toISOString().slice(0, 10);
  const valid: { row: number; input: ReceiveReferralInput }[] = [];
  for (const { row, cells } of isFileUsable ? file.rows : []) {
    const checked = checkReferralRow(row, cells, importIdempotencyKey(file.sha256, row), today);
    if (checked.input) valid.push({ row, input: checked.input });
    problems.push(...checked.problems);
  }
  // By row, then in the documented column order (problems about the whole row first).
  const place = (problem: CsvProblem) => (problem.row ?? 0) * 1000 + referralCsvColumnNames.indexOf(problem.column as ReferralCsvColumn);
  problems.sort((a, b) => place(a) - place(b));
  const rejected = [...new Set(problems.flatMap((problem) => (problem.row === null ? [] : [problem.row])))];
  const refused = !isFileUsable || (rejected.length > 0 && !options.acceptValid);
  const earlier = valid.length > 0 ? await findImportedKeys(ctx, file.sha256) : new Set<string>();
  const pending = valid.filter(({ input }) => !earlier.has(input.idempotencyKey));
  const report: ImportReferralsReport = {
    imported: [],
    alreadyImported: valid.filter(({ input }) => earlier.has(input.idempotencyKey)).map(({ row }) => row),
    notWritten: [],
    rejected,
    problems,
    refused,
  };
  if (refused || options.dryRun) return { ...report, notWritten: pending.map(({ row }) => row) };
  if (pending.length === 0) return report;
  await ctx.db.transaction(async (trx) => {
    const batch: Ctx = { ...ctx, db: withinTransaction(trx, ctx.db.scope) };
    for (const [index, { row, input }] of pending.entries()) {
      const receipt = await receiveReferral(batch, input);
      // `repeated`: another import of this file committed between our look-up and this write.
      (receipt.repeated ? report.alreadyImported : report.imported).push(row);
      if ((index + 1) % 100 === 0) options.onProgress?.(index + 1, pending.length);
    }
  });
  report.alreadyImported.sort((a, b) => a - b);
  return report;
}

/** The keys an earlier import of this same file already used (one query, whatever the file's size). */
async function findImportedKeys(ctx: Ctx, sha256: string): Promise<Set<string>> {
  const prefix = importIdempotencyKey(sha256, 0).slice(0, -1);
  const rows = await ctx.db.transaction((trx) => trx.selectFrom('referral').select('idempotency_key').where('idempotency_key', 'like', `${prefix}%`).execute());
  return new Set(rows.map((row) => row.idempotency_key));
}
