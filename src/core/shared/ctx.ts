import type { ScopedDatabase } from '../../db/scoped-database.js';
import type { Actor } from '../access/actor.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Locale } from './locale.js';

/**
 * What every use case receives, explicitly: who acts, a database already scoped to their
 * agency and compartments, the keys, the instant the request started, its language and its id.
 */
export interface Ctx {
  actor: Actor;
  db: ScopedDatabase;
  keyring: Keyring;
  now: Date;
  locale: Locale;
  requestId: string;
}
