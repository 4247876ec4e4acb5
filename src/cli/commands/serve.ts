import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { seedDemo } from '../../db/seed-demo.js';
import { translate } from '../../i18n/translate.js';
import { buildServer } from '../../server/build-server.js';
import type { EnvConfig } from '../env-config.js';
import { openKeyring } from '../open-keyring.js';
import { openMigratedDatabase } from '../open-migrated-database.js';
import { version } from '../version.js';

/** The built web app: `dist/web` beside `src/` (or beside the server build). */
function findWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, '../../../dist/web'), join(here, '../../../web')].find((path) => existsSync(join(path, 'index.html')));
}

/** `pars serve`: migrate, optionally seed the demo agency, listen, and stop cleanly on SIGTERM/SIGINT. */
export async function serve(config: EnvConfig, options: { demo: boolean }): Promise<void> {
  // Keys first: a production start without keys fails before touching the database.
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config, (error) => process.stderr.write(`pars: database connection error: ${error.message}\n`));
  let closing = false;
  try {
    if (options.demo) await seedDemo(database.kysely, keyring);
    const app = await buildServer({
      database,
      keyring,
      config: {
        version,
        agencySlug: config.agencySlug,
        webRoot: findWebRoot(),
        logLevel: config.logLevel,
        trustProxy: config.trustProxy,
      },
    });
    const stop = async (): Promise<void> => {
      if (closing) return;
      closing = true;
      process.stderr.write(`${translate(config.locale, 'cli.serve.stopping')}\n`);
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
    process.stdout.write(`${translate(config.locale, 'cli.serve.listening', { url, dialect: database.dialect, dataDir: config.dataDir })}\n`);
    if (database.dialect === 'pglite') process.stdout.write(`${translate(config.locale, 'cli.fsync_warning')}\n`);
  } catch (error) {
    if (!closing) await database.close().catch(() => undefined);
    throw error;
  }
}
