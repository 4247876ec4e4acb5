import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { PartnerFile } from './partners.schema.js';

/**
 * A partner's file, for the partner-contact team. Outside that team the partner does not exist
 * (404): the permission check says so first, and the row-level policy (partner compartment)
 * hides the row even if it did not. The read is audited in the same transaction: no audit, no read.
 */
export async function getPartner(ctx: Ctx, partnerId: string): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const row = await trx.selectFrom('partner').select(['id', 'full_name_encrypted', 'created_at']).where('id', '=', partnerId).executeTakeFirst();
    if (!row) throw new AppError('not_found', 'partners.not_found', {});
    const fullName = ctx.keyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', actor.agencyId, row.id));
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'partner', id: row.id }, details: {} });
    return { id: row.id, fullName, createdAt: row.created_at.toISOString() };
  });
}
