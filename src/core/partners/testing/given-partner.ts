import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { fieldContext } from '../../../db/encrypted-columns.js';
import type { DB } from '../../../db/schema.js';
import { compartmentsFor, type Role } from '../../access/index.js';
import { givenStaffUser, staffCtx } from '../../audit/testing/staff-ctx.js';
import type { Keyring } from '../../crypto/keyring.js';
import type { Ctx } from '../../shared/ctx.js';

/** A partner written straight into the partner compartment (owner connection), name encrypted. */
export async function givenPartner(
  db: Kysely<DB>,
  keyring: Keyring,
  agencyId: string,
  options: { fullName?: string; relationship?: 'victim' | 'current_partner' | 'former_partner' | 'other'; language?: 'en' | 'fr' | 'other'; childrenAges?: number[] } = {},
): Promise<{ id: string }> {
  const id = randomUUID();
  await db
    .insertInto('partner')
    .values({
      agency_id: agencyId,
      id,
      full_name_encrypted: keyring.encrypt(options.fullName ?? 'Robin Example', fieldContext('partner', 'full_name', agencyId, id)),
      relationship: options.relationship ?? null,
      language: options.language ?? null,
    })
    .execute();
  if (options.childrenAges?.length) await db.insertInto('partner_child').values(options.childrenAges.map((age) => ({ agency_id: agencyId, partner_id: id, age }))).execute();
  return { id };
}

/** A staff member's context with the role's compartments, on a given instant. */
export async function givenStaffCtx(db: Kysely<DB>, keyring: Keyring, agencyId: string, role: Role, now = '2026-11-22T15:00:00.000Z'): Promise<Ctx & { userId: string }> {
  const user = await givenStaffUser(db, agencyId, `Staff ${role}`);
  return { ...staffCtx(db, keyring, agencyId, { userId: user.id, roles: [role], compartments: compartmentsFor([role]), now }), userId: user.id };
}
