import type { ScopedDatabase } from '../../db/scoped-database.js';
import type { Actor } from './actor.js';
import type { Locale } from './locale.js';

/**
 * What every use case receives, explicitly: who acts, a database already scoped to their
 * agency and compartments, the instant the request started, its language and its id.
 */
export interface Ctx {
  actor: Actor;
  db: ScopedDatabase;
  now: Date;
  locale: Locale;
  requestId: string;
}
