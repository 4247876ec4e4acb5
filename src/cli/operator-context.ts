import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Keyring } from '../core/crypto/keyring.js';
import { AppError, type Ctx, systemClock } from '../core/shared/index.js';
import type { DB } from '../db/schema.js';
import { type Compartment, scopeToAgency } from '../db/scoped-database.js';
import type { EnvConfig } from './env-config.js';

/**
 * The `ctx` of an operator's command on one agency: acting as the system, but through the app
 * role and the agency's row-level security like any request (opening only the compartments the
 * command needs), and audited as the system.
 */
export async function operatorContext(
  kysely: Kysely<DB>,
  keyring: Keyring,
  config: EnvConfig,
  agencySlug: string,
  reason: string,
  compartments: readonly Compartment[] = [],
): Promise<Ctx> {
  const agency = await kysely.selectFrom('agency').select('id').where('slug', '=', agencySlug).executeTakeFirst();
  if (!agency) throw new AppError('not_found', 'cli.agency_not_found', { agency: agencySlug });
  return {
    actor: { kind: 'system', reason },
    db: scopeToAgency(kysely, agency.id, { compartments }),
    keyring,
    now: systemClock.now(),
    locale: config.locale,
    requestId: `cli-${randomUUID()}`,
  };
}
