import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { loadPartnerFile } from './partner-file.queries.js';
import type { PartnerFile } from './partners.schema.js';

/**
 * A partner's file, for the partner-contact team: details, children, contact preferences with how
 * fresh each confirmation is, and every consent decision. Outside that team the partner does not
 * exist (404): the permission check says so first, and the row-level policy (partner
 * compartment) hides the row even if it did not. The read is audited in the same transaction:
 * no audit, no read.
 */
export async function getPartner(ctx: Ctx, partnerId: string): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const file = await loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'partner', id: file.id }, details: {} });
    return file;
  });
}
