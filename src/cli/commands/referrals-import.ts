import { readFile } from 'node:fs/promises';
import type { CsvProblem } from '../../core/referrals/parse-referral-csv.js';
import { importReferrals } from '../../core/referrals/import-referrals.js';
import { AppError, type Locale } from '../../core/shared/index.js';
import { hasMessage, translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { operatorContext } from '../operator-context.js';

type Write = (line: string) => void;
const toStdout: Write = (line) => process.stdout.write(`${line}\n`);
const toStderr: Write = (line) => process.stderr.write(`${line}\n`);

/**
 * `pars referrals import FILE --agency <slug>`: a central intake service's CSV, all or nothing
 * (docs/referral-import.md). Problems go to stdout one per line, row and column first; a file
 * with problems then fails with exit 65 unless --accept-valid imported its valid rows.
 */
export async function referralsImport(config: EnvConfig, file: string, options: { agency: string; acceptValid: boolean; dryRun: boolean }): Promise<void> {
  const bytes = await readFile(file).catch((cause: unknown) => {
    throw new AppError('not_found', 'referrals.import_file_unreadable', { file }, { cause });
  });
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config);
  try {
    // The import writes the participant side (person, referral, conditions), so it opens that
    // compartment; partners go through the drop box, which needs none and stays unreadable.
    const ctx = await operatorContext(database.kysely, keyring, config, options.agency, 'pars referrals import', ['participant']);
    const report = await importReferrals(ctx, bytes, {
      ...options,
      onProgress: (done, total) => toStderr(translate(config.locale, 'cli.referrals_import.progress', { done, total })),
    });
    for (const problem of report.problems) toStdout(problemLine(config.locale, problem));
    const say = (key: string, rows: number[]) => toStdout(translate(config.locale, `cli.referrals_import.${key}`, { count: rows.length, rows: rowRanges(rows) }));
    if (options.dryRun) say('dry_run', report.refused ? [] : report.notWritten);
    else if (!report.refused) say('imported', report.imported);
    if (report.alreadyImported.length > 0) say('already_imported', report.alreadyImported);
    if (!report.refused && report.rejected.length > 0) say('rejected', report.rejected);
    if (report.refused) {
      // --accept-valid helps only when the problems are in rows, not in the file as a whole.
      const fixable = report.problems.some((problem) => problem.row === null) ? 'file' : 'rows';
      throw new AppError('invalid', 'referrals.import_file_invalid', { count: report.problems.length, fixable });
    }
  } finally {
    await database.close();
  }
}

/** One problem as the person correcting the file needs it: where, then what to do (`validation.*`, shared with the web forms). */
export function problemLine(locale: Locale, problem: CsvProblem): string {
  const key = `validation.${problem.code}`;
  const message = translate(locale, hasMessage(key) ? key : 'validation.other', problem.params);
  if (problem.row === null) return translate(locale, 'cli.referrals_import.file_problem', { message });
  if (problem.column === null) return translate(locale, 'cli.referrals_import.row_problem_whole', { row: problem.row, message });
  return translate(locale, 'cli.referrals_import.row_problem', { row: problem.row, column: problem.column, message });
}

/** Row numbers as short ranges: `2–4, 7`. */
export function rowRanges(rows: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else ranges.push([row, row]);
  }
  return ranges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}
