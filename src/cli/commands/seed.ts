import { AppError } from '../../core/shared/index.js';
import { seedDemo } from '../../db/seed-demo.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';

/** `pars seed --demo`: the demo agency and its sites (migrating first; safe to repeat). */
export async function seed(config: EnvConfig, options: { demo: boolean }): Promise<void> {
  if (!options.demo) throw new AppError('invalid', 'system.config_invalid', { name: '--demo', hint: 'pars seed --demo' });
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config);
  try {
    const { created } = await seedDemo(database.kysely, keyring);
    process.stdout.write(`${translate(config.locale, created ? 'cli.seed.demo_created' : 'cli.seed.demo_present')}\n`);
  } finally {
    await database.close();
  }
}
