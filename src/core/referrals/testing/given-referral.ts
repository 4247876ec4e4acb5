import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { compartmentsFor, type Role } from '../../access/index.js';
import type { Keyring } from '../../crypto/keyring.js';
import { scopeToAgency } from '../../../db/scoped-database.js';
import type { DB } from '../../../db/schema.js';
import type { Ctx } from '../../shared/index.js';
import { receiveReferral } from '../receive-referral.js';
import { ReceiveReferralInput } from '../referrals.schema.js';

/** A staff member's ctx with these roles, scoped as the server would scope their requests. */
export function staffCtxWithRoles(kysely: Kysely<DB>, keyring: Keyring, agencyId: string, roles: Role[] = ['intake']): Ctx {
  return {
    actor: { kind: 'staff', userId: randomUUID(), agencyId, roles, sessionId: randomUUID() },
    db: scopeToAgency(kysely, agencyId, { compartments: compartmentsFor(roles) }),
    keyring,
    now: new Date('2026-11-21T15:00:00Z'),
    locale: 'en-CA',
    requestId: 'test',
  };
}

/** A referral received through the real use case (no partners named), for documents to attach to. */
export async function givenReferral(ctx: Ctx): Promise<string> {
  const receipt = await receiveReferral(ctx, ReceiveReferralInput.parse({
    idempotencyKey: `doc-${randomUUID()}`,
    participant: { givenName: 'Marc', familyName: 'Gagnon', dateOfBirth: '1979-06-30', gender: 'man', groupGender: 'men', language: 'fr' },
    referral: { source: 'court', stream: 'early_intervention' },
  }));
  return receipt.referralId;
}
