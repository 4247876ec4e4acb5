import { randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import type { Ctx } from '../shared/ctx.js';
import type { PartnerReceipt, PassPartnerInput } from './partners.schema.js';

/**
 * The drop box: participant-side staff pass a partner's details to the partner-contact team and
 * get back only an id and a time. The id is made here and the insert returns nothing, because
 * the row is unreadable to them (row-level security) the moment it is written.
 */
export async function passPartnerDetails(ctx: Ctx, input: PassPartnerInput): Promise<PartnerReceipt> {
  assertCan(ctx.actor, 'partner.create');
  const actor = requireStaff(ctx.actor);
  const id = randomUUID();
  await ctx.db.transaction((trx) =>
    trx
      .insertInto('partner')
      .values({
        agency_id: actor.agencyId,
        id,
        full_name_encrypted: ctx.keyring.encrypt(input.fullName, fieldContext('partner', 'full_name', actor.agencyId, id)),
        created_by: actor.userId,
      })
      .execute(),
  );
  return { id, passedAt: ctx.now.toISOString() };
}
