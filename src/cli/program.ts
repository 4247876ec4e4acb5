import { Command, CommanderError, Option } from 'commander';
import { roles } from '../core/access/index.js';
import { hsdsFormats } from '../core/resources/hsds-export.js';
import { usageExitCode } from '../core/shared/index.js';
import { auditVerify } from './commands/audit-verify.js';
import { backup } from './commands/backup.js';
import { keysRotate } from './commands/keys-rotate.js';
import { migrate } from './commands/migrate.js';
import { referralsImport } from './commands/referrals-import.js';
import { resourcesExport, resourcesImport } from './commands/resources-hsds.js';
import { resourcesLoadDefaults } from './commands/resources-load.js';
import { restore } from './commands/restore.js';
import { seed } from './commands/seed.js';
import { stats, type StatsOptions } from './commands/stats.js';
import { serve } from './commands/serve.js';
import { userAdd, userDisable } from './commands/user.js';
import { openKeyring } from './open-keyring.js';
import { type EnvConfig, readEnvConfig } from './env-config.js';
import { reportError } from './report-error.js';
import { version } from './version.js';

/** The `pars` program. Every action reads the environment first, so a bad setting fails before any work. */
export function buildProgram(): Command {
  const program = new Command('pars')
    .description('PARS: case management for Partner Assault Response and Partner Contact programs')
    .version(version)
    .showHelpAfterError()
    .exitOverride();

  const withConfig =
    <O>(action: (config: EnvConfig, options: O) => Promise<void>) =>
    async (options: O) =>
      action(readEnvConfig(), options);

  program
    .command('serve')
    .description('Migrate the database and serve the web app and API (PORT, HOST, PARS_DATA_DIR, DATABASE_URL)')
    .option('--demo', 'also create the demo agency and its sites if missing', false)
    .option('--no-outbox-worker', 'do not write reminders or send outbox messages from this process')
    .action(withConfig(serve));
  program
    .command('migrate')
    .description('Apply pending database migrations')
    .option('--status', 'list migrations and when each was applied', false)
    .action(withConfig(migrate));
  program
    .command('seed')
    .description('Load data into the database')
    .option('--demo', 'create the demo agency with two sites (safe to repeat)', false)
    .option('--scale <n>', 'generate N years of Ontario volume (12,000 referrals a year across 50 agencies at 1); needs an empty database unless --append')
    .option('--seed <s>', 'random seed of --scale (same seed, same data)', '1')
    .option('--until <day>', 'last day + 1 of the generated year (YYYY-MM-DD; default today)')
    .option('--agencies <k>', 'how many agencies --scale generates (default 50)')
    .option('--append', 'with --scale: add to a database that holds agencies, skipping generated agencies already there', false)
    .action(withConfig(seed));

  const user = program.command('user').description('Staff accounts');
  user
    .command('add')
    .description('Create a staff account (prints a temporary password unless --password-stdin)')
    .requiredOption('--agency <slug>', "the agency's short name, e.g. demo")
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'name shown to colleagues')
    .addOption(new Option('--role <role>', 'a role to grant (repeat for several)').choices(roles).argParser((value: string, previous: string[] = []) => [...previous, value]).default([]))
    .addOption(new Option('--locale <locale>', 'language of the account').choices(['en-CA', 'fr-CA']).default('en-CA'))
    .option('--password-stdin', 'read the password from standard input', false)
    .action(withConfig(userAdd));
  user
    .command('disable')
    .description('Disable a staff account and end its sessions')
    .requiredOption('--agency <slug>', "the agency's short name")
    .requiredOption('--email <email>', 'the account to disable')
    .action(withConfig(userDisable));

  program
    .command('audit')
    .description('The tamper-evident audit log')
    .command('verify')
    .description("Walk each agency's hash chain and report the first broken link")
    .option('--agency <slug>', 'only this agency')
    .action(withConfig((config, options: { agency?: string }) => auditVerify(config, options, { keyring: openKeyring(config) })));

  program
    .command('stats')
    .description('Ministry statistics of a period (default: the current quarter) for one agency or all of them summed; counts under 5 show as <5')
    .option('--from <day>', 'first day of the period (YYYY-MM-DD)')
    .option('--to <day>', 'last day of the period (YYYY-MM-DD)')
    .option('--agency <slug>', "one agency's statistics")
    .option('--all-agencies', 'every agency summed: the provincial view', false)
    .action(withConfig((config, options: StatsOptions) => stats(config, options)));

  program
    .command('referrals')
    .description('Referrals')
    .command('import')
    .description('Import a CSV of referrals from a central intake service (docs/referral-import.md): all or nothing unless --accept-valid')
    .argument('<file>', 'the CSV file (UTF-8, comma-separated, header row)')
    .requiredOption('--agency <slug>', "the agency's short name, e.g. demo")
    .option('--accept-valid', 'import the valid rows of a file that has problems, and list the rejected rows', false)
    .option('--dry-run', 'check every row and report, writing nothing', false)
    .action((file: string, options: { agency: string; acceptValid: boolean; dryRun: boolean }) => referralsImport(readEnvConfig(), file, options));

  // One group for the directory's commands: HSDS `export` and `import` attach to it too.
  const resources = program.command('resources').description('The community resource directory');
  resources
    .command('load-defaults')
    .description("Add the default community resources the agency's directory lacks (safe to repeat; never overwrites the agency's edits)")
    .requiredOption('--agency <slug>', "the agency's short name, e.g. demo")
    .action(withConfig(resourcesLoadDefaults));
  resources
    .command('export')
    .description('Write the directory as Open Referral HSDS 3.1 (docs/hsds.md); confidential resources are never exported')
    .requiredOption('--agency <slug>', "the agency's short name, e.g. demo")
    .addOption(new Option('--format <format>', 'hsds-json: one JSON file; hsds-csv: a folder with datapackage.json and one CSV per table').choices(hsdsFormats).makeOptionMandatory())
    .requiredOption('--out <path>', 'the JSON file to write, or the folder for the CSV package (new or empty)')
    .action(withConfig(resourcesExport));
  resources
    .command('import')
    .description('Import an HSDS 3.1 JSON file or tabular package folder (docs/hsds.md): all or nothing unless --accept-valid')
    .argument('<path>', 'the .json file, or the folder holding datapackage.json and its CSV files')
    .requiredOption('--agency <slug>', "the agency's short name, e.g. demo")
    .option('--accept-valid', 'import the valid services of a file that has problems, and list the rejected ones', false)
    .option('--dry-run', 'check every service and report, writing nothing', false)
    .action((path: string, options: { agency: string; acceptValid: boolean; dryRun: boolean }) => resourcesImport(readEnvConfig(), path, options));

  program
    .command('backup')
    .description('Write every agency\'s data to a file (gzip\'d JSON lines) from one consistent snapshot; the encryption keys are NOT included')
    .requiredOption('--to <file>', 'the backup file to create (never overwritten)')
    .action(withConfig(backup));
  program
    .command('restore')
    .description('Restore a backup into a new, empty database or data folder (either dialect); all or nothing, checked against the backup')
    .requiredOption('--from <file>', 'the backup file')
    .action(withConfig(restore));

  program
    .command('keys')
    .description('Field-encryption keys')
    .command('rotate')
    .description('Make a new key active and re-encrypt every value (resumable)')
    .option('--continue', 're-encrypt to the current active key without generating a new one', false)
    .action(withConfig(keysRotate));
  return program;
}

/** Runs the CLI and turns failures into one line and an exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; usage mistakes are 64 (EX_USAGE).
      return error.exitCode === 0 ? 0 : usageExitCode;
    }
    let locale: EnvConfig['locale'] = 'en-CA';
    try {
      locale = readEnvConfig().locale;
    } catch {
      // The environment itself is what failed; answer in English.
    }
    return reportError(error, locale);
  }
}
