import { computeOperatorStatistics, statisticsLines } from '../../core/statistics/index.js';
import { AppError, systemClock } from '../../core/shared/index.js';
import { type Database, openDatabase } from '../../db/database.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';

/** The options of `pars stats`. */
export interface StatsOptions {
  from?: string;
  to?: string;
  agency?: string;
  allAgencies?: boolean;
}

/** What `pars stats` needs besides the environment (tests pass their database, clock and output). */
export interface StatsDeps {
  database?: Database;
  now?: Date;
  write?: (line: string) => void;
}

/**
 * `pars stats [--from DAY] [--to DAY] (--agency SLUG | --all-agencies)`: the Ministry statistics
 * of a period (default: the current quarter), of one agency or summed across every agency (the
 * provincial view), printed as a table with small cells suppressed (1 to 4 read `<5`). Run by the
 * operator: each agency is read through the app role, one compartment per transaction, and only
 * counts come back (core/statistics). Nothing is written.
 */
export async function stats(config: EnvConfig, options: StatsOptions, deps: StatsDeps = {}): Promise<void> {
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (!options.allAgencies && !options.agency) throw new AppError('invalid', 'statistics.agency_required', {});
  const database = deps.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 }));
  try {
    const scope = options.allAgencies ? { allAgencies: true as const } : { slug: options.agency! };
    const query = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
    const statistics = await computeOperatorStatistics(database.kysely, scope, query, deps.now ?? systemClock.now());
    write(translate(config.locale, 'cli.stats.title', { agencies: statistics.agencies, from: statistics.period.from, to: statistics.period.to }));
    const lines = statisticsLines(statistics, config.locale, { suppress: true }).filter((line) => !line.section.startsWith(translate(config.locale, 'statistics.sheet.section', { section: 'period' })));
    const cell = (line: (typeof lines)[number]) => (line.value === null ? '' : typeof line.value === 'number' && line.format === 'cents' ? (line.value / 100).toFixed(2) : String(line.value));
    const widths = [0, 1, 2].map((i) => Math.max(...lines.map((line) => [line.section, line.breakdown, line.measure][i]!.length)));
    for (const line of lines) {
      write(`${line.section.padEnd(widths[0]!)}  ${line.breakdown.padEnd(widths[1]!)}  ${line.measure.padEnd(widths[2]!)}  ${cell(line).padStart(8)}`.trimEnd());
    }
  } finally {
    if (!deps.database) await database.close();
  }
}
