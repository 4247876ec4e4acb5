import { loadDefaultResources } from '../../core/resources/index.js';
import { translate } from '../../i18n/translate.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { operatorContext } from '../operator-context.js';

/**
 * `pars resources load-defaults --agency <slug>`: adds the default community resources (the
 * seeds' catalogue) the agency's directory lacks. Safe to repeat; an agency's own edits,
 * retirements and resources are never touched.
 */
export async function resourcesLoadDefaults(config: EnvConfig, options: { agency: string }, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<void> {
  const { database } = await openMigratedDatabase(config);
  try {
    // The directory is not compartmented: the operator's context needs no compartment.
    const ctx = await operatorContext(database.kysely, openKeyring(config), config, options.agency, 'pars resources load-defaults');
    const result = await loadDefaultResources(ctx);
    write(translate(config.locale, 'cli.resources_load.done', { inserted: result.inserted, existing: result.existing, total: result.total }));
  } finally {
    await database.close();
  }
}
