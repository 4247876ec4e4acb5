import type { Transaction } from 'kysely';
import type { ScopedDatabase } from '../../db/scoped-database.js';
import type { DB } from '../../db/schema.js';

/**
 * A ScopedDatabase whose every `transaction(work)` runs `work` on one transaction that is
 * already open and already scoped (agency, compartments, app role): use cases that open their
 * own transaction then all write into it, so a batch commits or rolls back as one. `work` is
 * called directly, not through `trx.transaction()` (Kysely refuses to nest), so a failure in
 * any call aborts the whole outer transaction: callers must let it fail, not retry inside it.
 */
export function withinTransaction(trx: Transaction<DB>, scope: ScopedDatabase['scope']): ScopedDatabase {
  return { scope, transaction: (work) => work(trx) };
}
