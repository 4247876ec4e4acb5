import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportHsds, type HsdsFormat } from '../../core/resources/hsds-export.js';
import { type HsdsImportInput, type HsdsImportReport, importHsds } from '../../core/resources/hsds-import.js';
import { AppError, type Locale } from '../../core/shared/index.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { operatorContext } from '../operator-context.js';

type Write = (line: string) => void;
const toStdout: Write = (line) => process.stdout.write(`${line}\n`);

/**
 * `pars resources export --agency <slug> --format hsds-json|hsds-csv --out FILE|DIR`: the
 * directory as Open Referral HSDS 3.1 (docs/hsds.md), confidential resources left out. A JSON
 * file is replaced; a package folder must be new or empty, so no stray file is mixed in.
 */
export async function resourcesExport(config: EnvConfig, options: { agency: string; format: HsdsFormat; out: string }, write: Write = toStdout): Promise<void> {
  if (options.format === 'hsds-csv') await assertEmptyFolder(options.out);
  const { database } = await openMigratedDatabase(config);
  try {
    // The directory is not compartmented: the operator's context needs no compartment.
    const ctx = await operatorContext(database.kysely, openKeyring(config), config, options.agency, 'pars resources export');
    const result = await exportHsds(ctx, options.format);
    if (result.format === 'hsds-json') {
      await writeFile(options.out, result.json);
    } else {
      await mkdir(options.out, { recursive: true });
      for (const [name, text] of Object.entries(result.files)) await writeFile(join(options.out, name), text);
    }
    write(translate(config.locale, 'cli.resources_hsds.exported', { count: result.records, out: options.out, format: options.format }));
  } finally {
    await database.close();
  }
}

async function assertEmptyFolder(path: string): Promise<void> {
  const entries = await readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new AppError('conflict', 'hsds.out_not_empty', { out: path }, { cause: error });
  });
  if (entries.length > 0) throw new AppError('conflict', 'hsds.out_not_empty', { out: path });
}

/**
 * `pars resources import FILE|DIR --agency <slug>`: an HSDS JSON file, or a tabular package (its
 * folder, or its datapackage.json). Every problem is printed, one per line, service and place
 * first; a file with problems then fails with exit 65 unless --accept-valid imported the valid
 * services.
 */
export async function resourcesImport(config: EnvConfig, path: string, options: { agency: string; acceptValid: boolean; dryRun: boolean }, write: Write = toStdout): Promise<void> {
  const input = await readHsdsInput(path);
  const { database } = await openMigratedDatabase(config);
  try {
    const ctx = await operatorContext(database.kysely, openKeyring(config), config, options.agency, 'pars resources import');
    const report = await importHsds(ctx, input, options);
    for (const line of reportLines(config.locale, report)) write(line);
    if (report.refused) {
      // --accept-valid helps only when the problems are in services, not in the package as a whole.
      throw new AppError('invalid', 'hsds.import_refused', { count: report.invalid.length, fixable: report.problems.length > 0 ? 'file' : 'records' });
    }
  } finally {
    await database.close();
  }
}

/** What an import says: each problem (package first, then by service), then what was or would be written. */
export function reportLines(locale: Locale, report: HsdsImportReport): string[] {
  const lines = report.problems.map((problem) => translate(locale, 'cli.resources_hsds.package_problem', { reason: problem.message }));
  for (const record of report.invalid) {
    for (const reason of record.reasons) {
      lines.push(translate(locale, 'cli.resources_hsds.record', { number: record.index + 1, hasName: record.name ? 'yes' : 'no', name: record.name ?? '', reason: reason.message }));
    }
  }
  if (report.refused) return lines;
  lines.push(
    report.dryRun
      ? translate(locale, 'cli.resources_hsds.dry_run', { valid: report.valid })
      : translate(locale, 'cli.resources_hsds.imported', { records: report.created + report.updated + report.unchanged, created: report.created, updated: report.updated, unchanged: report.unchanged }),
  );
  if (report.invalid.length > 0) lines.push(translate(locale, 'cli.resources_hsds.rejected', { count: report.invalid.length }));
  return lines;
}

/** The import's input from the disk: a JSON file, or a package folder's datapackage.json and CSV files. */
export async function readHsdsInput(path: string): Promise<HsdsImportInput> {
  const unreadable = (cause: unknown) => new AppError('not_found', 'hsds.file_unreadable', { file: path }, { cause });
  const info = await stat(path).catch((cause: unknown) => {
    throw unreadable(cause);
  });
  const folder = info.isDirectory() ? path : basename(path) === 'datapackage.json' ? dirname(path) : undefined;
  if (folder === undefined) return { format: 'hsds-json', text: await readText(path) };
  const names = await readdir(folder).catch((cause: unknown) => {
    throw unreadable(cause);
  });
  const files: Record<string, string> = {};
  for (const name of names.filter((candidate) => candidate === 'datapackage.json' || candidate.endsWith('.csv'))) {
    files[name] = await readText(join(folder, name));
  }
  return { format: 'hsds-csv', files };
}

async function readText(path: string): Promise<string> {
  const bytes = await readFile(path).catch((cause: unknown) => {
    throw new AppError('not_found', 'hsds.file_unreadable', { file: path }, { cause });
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError('invalid', 'hsds.file_encoding', { file: path }, { cause });
  }
}
