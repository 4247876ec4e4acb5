import { AppError } from '../../core/shared/index.js';
import { seedScale } from '../../db/scale/seed-scale.js';
import { seedDemo } from '../../db/seed-demo.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';

export interface SeedOptions {
  demo: boolean;
  scale?: string;
  seed?: string;
  until?: string;
  agencies?: string;
  append?: boolean;
}

/**
 * `pars seed --demo`: the demo agency and its sites (migrating first; safe to repeat).
 * `pars seed --scale N [--seed S] [--until YYYY-MM-DD] [--agencies K] [--append]`: generated
 * data for N years of Ontario's volume (docs in src/cli/README.md), progress on stderr.
 */
export async function seed(config: EnvConfig, options: SeedOptions): Promise<void> {
  if (options.demo && options.scale !== undefined) throw new AppError('invalid', 'cli.seed_options', {});
  if (!options.demo && options.scale === undefined) throw new AppError('invalid', 'system.config_invalid', { name: '--demo', hint: 'pars seed --demo | pars seed --scale 1' });
  const scale = options.scale === undefined ? undefined : parseScaleOptions(options);
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config);
  try {
    if (!scale) {
      const { created } = await seedDemo(database.kysely, keyring);
      process.stdout.write(`${translate(config.locale, created ? 'cli.seed.demo_created' : 'cli.seed.demo_present')}\n`);
      return;
    }
    const started = Date.now();
    const result = await seedScale(database.kysely, keyring, {
      ...scale,
      onProgress: (p) => {
        const seconds = p.elapsedMs / 1000;
        const values = { agency: p.agency, agencies: p.agencies, slug: p.slug, rows: p.rows, rate: Math.round(p.rows / Math.max(seconds, 0.001)), seconds: Math.round(seconds) };
        process.stderr.write(`${translate(config.locale, p.done ? 'cli.seed.scale_agency_done' : 'cli.seed.scale_progress', values)}\n`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`${translate(config.locale, 'cli.seed.scale_done', { created: result.created.length, skipped: result.skipped.length, rows: result.rows, seconds: Math.round(seconds), referrals: result.counts.referral ?? 0 })}\n`);
  } finally {
    await database.close();
  }
}

function parseScaleOptions(options: SeedOptions) {
  const scale = Number(options.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) throw new AppError('invalid', 'system.config_invalid', { name: '--scale', hint: '0 < N ≤ 1000' });
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new AppError('invalid', 'system.config_invalid', { name: '--seed', hint: '0–2147483648' });
  const until = options.until ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(Date.parse(`${until}T00:00:00Z`))) throw new AppError('invalid', 'system.config_invalid', { name: '--until', hint: 'YYYY-MM-DD' });
  const agencies = options.agencies === undefined ? undefined : Number(options.agencies);
  if (agencies !== undefined && (!Number.isInteger(agencies) || agencies < 1 || agencies > 5000)) throw new AppError('invalid', 'system.config_invalid', { name: '--agencies', hint: '1–5000' });
  return { scale, seed, until, agencies, append: options.append ?? false };
}
