import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Compartment, scopeToAgency, systemScope } from '../../../db/scoped-database.js';
import type { DB } from '../../../db/schema.js';
import type { Role } from '../../access/roles.js';
import { createKeyring } from '../../crypto/create-keyring.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Ctx } from '../../shared/index.js';

/** A keyring with fresh random keys (`k1` active unless told otherwise). */
export function testKeyring(keyIds: string[] = ['k1'], activeKeyId = keyIds[0]!): Keyring {
  return createKeyring({ activeKeyId, keys: Object.fromEntries(keyIds.map((id) => [id, randomBytes(32)])) });
}

/** A staff account in an agency, created as the owner (display names are test data, not people). */
export async function givenStaffUser(db: Kysely<DB>, agencyId: string, displayName = 'Alex Staff'): Promise<{ id: string }> {
  const id = randomUUID();
  await db
    .insertInto('app_user')
    .values({ agency_id: agencyId, id, email: `${id}@example.org`, display_name: displayName, password_hash: 'not-a-hash' })
    .execute();
  return { id };
}

/** The context of a staff request, scoped to the agency and the given compartments (default: audit). */
export function staffCtx(
  kysely: Kysely<DB>,
  keyring: Keyring,
  agencyId: string,
  options: { userId?: string; roles?: Role[]; compartments?: Compartment[]; now?: string; withoutAuditGrant?: boolean } = {},
): Ctx {
  const roles = options.roles ?? ['auditor'];
  // An auditor works under a manager's grant (core/audit-access) unless the test says otherwise.
  const grant = roles.includes('auditor') && !options.withoutAuditGrant ? { auditAccess: { grantId: randomUUID(), endsAt: new Date('2099-01-01T00:00:00Z') } } : {};
  return {
    actor: { kind: 'staff', userId: options.userId ?? randomUUID(), agencyId, roles, sessionId: randomUUID(), ...grant },
    db: scopeToAgency(kysely, agencyId, { compartments: options.compartments ?? ['audit'] }),
    keyring,
    now: new Date(options.now ?? '2026-03-02T15:04:05.678Z'),
    locale: 'en-CA',
    requestId: `req-${randomUUID().slice(0, 8)}`,
  };
}

/** The operator's context (owner connection, no agency): what the CLI and the server itself use. */
export function systemCtx(kysely: Kysely<DB>, keyring: Keyring, now = '2026-03-02T15:04:05.678Z'): Ctx {
  return { actor: { kind: 'system', reason: 'test' }, db: systemScope(kysely), keyring, now: new Date(now), locale: 'en-CA', requestId: 'req-system' };
}
