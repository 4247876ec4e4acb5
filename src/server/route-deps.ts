import type { Kysely } from 'kysely';
import type { Keyring } from '../core/crypto/keyring.js';
import type { Clock } from '../core/shared/index.js';
import type { Dialect } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { ServerConfig } from './server-config.js';

/** What route modules are given: the database (owner handle, scoped per request), the clock, the config. */
export interface RouteDeps {
  kysely: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  keyring: Keyring;
  config: ServerConfig;
  latestMigration: string;
}
