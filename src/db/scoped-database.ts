import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError } from '../core/shared/index.js';
import type { DB } from './schema.js';

/** The record spaces a transaction may see (row-level security reads them from `app.compartments`). */
export const compartments = ['participant', 'income', 'partner', 'disclosure', 'audit'] as const;
export type Compartment = (typeof compartments)[number];

/** The role the application's queries run as: not a superuser, not the owner, so RLS applies. */
export const appRole = 'pars_app';

/** A database that can only be used through transactions already scoped to one agency (or to the system). */
export interface ScopedDatabase {
  readonly scope: { kind: 'agency'; agencyId: string; compartments: readonly Compartment[] } | { kind: 'system' };
  /** Runs `work` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Scopes every unit of work to one agency and a set of compartments: each transaction sets
 * `app.agency_id` and `app.compartments` and switches to the app role, so the policies
 * decide what it can see, whatever the query forgets (PGlite connects as a superuser, which
 * would bypass them).
 */
export function scopeToAgency(
  kysely: Kysely<DB>,
  agencyId: string,
  options: { compartments?: readonly Compartment[]; statementTimeoutMs?: number } = {},
): ScopedDatabase {
  if (!uuidPattern.test(agencyId)) throw new AppError('unexpected', 'system.unexpected', {});
  const granted = [...new Set(options.compartments ?? [])];
  const timeout = String(options.statementTimeoutMs ?? 30_000);
  return {
    scope: { kind: 'agency', agencyId, compartments: granted },
    transaction: (work) =>
      kysely.transaction().execute(async (trx) => {
        // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
        await sql`select set_config('app.agency_id', ${agencyId}, true),
                         set_config('app.compartments', ${granted.join(',')}, true),
                         set_config('statement_timeout', ${timeout}, true),
                         set_config('role', ${appRole}, true)`.execute(trx);
        return work(trx);
      }),
  };
}

/**
 * The owner's view, across agencies and compartments. Only operator paths use it: migrations,
 * the demo seed, readiness and the pre-sign-in agency lookup. Never a staff request.
 */
export function systemScope(kysely: Kysely<DB>): ScopedDatabase {
  return {
    scope: { kind: 'system' },
    transaction: (work) => kysely.transaction().execute(work),
  };
}
