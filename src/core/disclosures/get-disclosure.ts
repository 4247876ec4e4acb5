import { assertCan } from '../access/assert-can.js';
import { can } from '../access/can.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { getDisclosureRow, toDisclosure } from './disclosures.queries.js';
import type { Disclosure } from './disclosures.schema.js';

/**
 * One disclosure with what was disclosed, for the disclosure compartment (the partner-contact
 * team, its lead, the manager). The read is audited in the same transaction. The partner's id
 * is given to the partner-contact team only: for the manager a partner record does not exist.
 */
export async function getDisclosure(ctx: Ctx, id: string): Promise<Disclosure> {
  assertCan(ctx.actor, 'disclosure.read');
  return ctx.db.transaction(async (trx) => {
    const row = await getDisclosureRow(trx, id);
    await recordAudit(ctx, trx, { type: 'disclosure.viewed', subject: { type: 'disclosure', id: row.id }, details: {} });
    return toDisclosure(trx, ctx.keyring, row, { showPartner: can(ctx.actor, 'partner.read') });
  });
}
