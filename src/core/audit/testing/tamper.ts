import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * Runs `work` as a database superuser who switches off ordinary triggers
 * (`session_replication_role = replica`), the strongest attacker the chain must still expose.
 * Tests connect as a superuser on both PGlite and the test PostgreSQL server.
 */
export function tamper<T>(kysely: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return kysely.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    return work(trx);
  });
}
