import { Command, CommanderError } from 'commander';
import { usageExitCode } from '../core/shared/index.js';
import { migrate } from './commands/migrate.js';
import { seed } from './commands/seed.js';
import { serve } from './commands/serve.js';
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
    .action(withConfig(seed));
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
