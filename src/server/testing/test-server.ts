import type { FastifyInstance } from 'fastify';
import { TestClock } from '../../core/shared/index.js';
import type { Database } from '../../db/database.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { testKeyring } from '../../core/audit/testing/staff-ctx.js';
import { buildServer } from '../build-server.js';
import type { ServerConfig } from '../server-config.js';

/** A server over a test database, logging into memory, with a settable clock; use `app.inject()`. */
export async function buildTestServer(
  database: Database,
  config: Partial<ServerConfig> = {},
  addRoutes?: (app: FastifyInstance) => void,
  options: { keyring?: Keyring } = {},
): Promise<{ app: FastifyInstance; clock: TestClock; keyring: Keyring; logLines: () => string[] }> {
  const clock = new TestClock('2026-11-21T15:00:00Z');
  const lines: string[] = [];
  const logStream = { write: (line: string) => void lines.push(line) };
  const keyring = options.keyring ?? testKeyring();
  const app = await buildServer({ database, clock, keyring, logStream, config: { version: '0.0.0-test', logLevel: 'info', signInRateLimit: 1000, ...config } });
  addRoutes?.(app);
  await app.ready();
  return { app, clock, keyring, logLines: () => [...lines] };
}
