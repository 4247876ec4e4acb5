import { assertCan } from '../access/assert-can.js';
import type { Ctx } from '../shared/ctx.js';
import { toListItems } from './disclosures.queries.js';
import type { DisclosureListItem, DisclosureQuery } from './disclosures.schema.js';

/** At most this many come back, newest first: a status or a participant narrows the list. */
export const disclosureListLimit = 200;

/**
 * Disclosures, newest first, filtered by status or participant: who, to whom, on what basis and
 * where each stands, never what was disclosed nor who the partner is.
 */
export async function listDisclosures(ctx: Ctx, query: DisclosureQuery): Promise<DisclosureListItem[]> {
  assertCan(ctx.actor, 'disclosure.read');
  return ctx.db.transaction(async (trx) => {
    let select = trx.selectFrom('disclosure').selectAll().orderBy('decided_at', 'desc').orderBy('id').limit(disclosureListLimit);
    if (query.status) select = select.where('status', '=', query.status);
    if (query.participantId) select = select.where('participant_id', '=', query.participantId);
    return toListItems(trx, await select.execute());
  });
}
