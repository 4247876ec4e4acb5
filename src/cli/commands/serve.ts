import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { scheduleSessionReminders } from '../../core/groups/reminders.js';
import type { Keyring } from '../../core/crypto/index.js';
import { createFileTransport, createSmtpTransport, drainOutbox, type OutboxWorker, startOutboxWorker } from '../../core/outbox/index.js';
import { isAppError, systemClock } from '../../core/shared/index.js';
import type { DB } from '../../db/schema.js';
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

/**
 * The outbox worker: every 30 s, write the session reminders that are due, then send what waits
 * in the outbox: through the mail server of PARS_SMTP_URL when it is set, else as `.eml` files in
 * `<dataDir>/outbox/`. The keyring decrypts attachments. Only codes and counts are logged.
 */
function startMessaging(kysely: Kysely<DB>, config: EnvConfig, keyring: Keyring, log: FastifyBaseLogger): OutboxWorker {
  const transport = config.smtpUrl ? createSmtpTransport({ url: config.smtpUrl }) : createFileTransport(join(config.dataDir, 'outbox'));
  log.info({ transport: transport.name }, 'outbox worker started');
  const failed = (error: unknown) => log.warn({ code: isAppError(error) ? error.code : String((error as { code?: unknown })?.code ?? 'unknown') }, 'outbox worker: a job failed');
  return startOutboxWorker({
    clock: systemClock,
    jobs: [
      (now) => scheduleSessionReminders({ kysely, onAgencyError: failed }, now),
      async (now) => {
        const result = await drainOutbox({ kysely, now, transport, keyring, ...(config.mailFrom ? { fromAddress: config.mailFrom } : {}) });
        if (result.sent + result.failed > 0) log.info(result, 'outbox drained');
      },
    ],
    onError: failed,
  });
}

/**
 * `pars serve`: migrate, optionally seed the demo agency, listen, run the outbox worker (unless
 * `outboxWorker: false`), and stop cleanly on SIGTERM/SIGINT.
 */
export async function serve(config: EnvConfig, options: { demo: boolean; outboxWorker?: boolean }): Promise<void> {
  // Keys first: a production start without keys fails before touching the database.
  const keyring = openKeyring(config);
  const { database } = await openMigratedDatabase(config, (error) => process.stderr.write(`pars: database connection error: ${error.message}\n`));
  let closing = false;
  let worker: OutboxWorker | undefined;
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
      await worker?.stop();
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
    await app.listen({ port: config.port, host: config.host });
    if (options.outboxWorker !== false) worker = startMessaging(database.kysely, config, keyring, app.log);
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
    process.stdout.write(`${translate(config.locale, 'cli.serve.listening', { url, dialect: database.dialect, dataDir: config.dataDir })}\n`);
    if (database.dialect === 'pglite') process.stdout.write(`${translate(config.locale, 'cli.fsync_warning')}\n`);
  } catch (error) {
    await worker?.stop();
    if (!closing) await database.close().catch(() => undefined);
    throw error;
  }
}
