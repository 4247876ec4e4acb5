import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { type PartnerListItem, type PartnerSearchResult, partnerSearchLimit, type SearchPartnersQuery } from './partners.schema.js';

/** Lower case, without accents or punctuation, spaces collapsed: "Marie-Ève" and "marie eve" match. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name ("mar tremb" finds "Marie Tremblay"). */
export function nameMatches(name: string, query: string): boolean {
  const words = searchable(name).split(' ');
  return searchable(query)
    .split(' ')
    .filter((part) => part.length > 0)
    .every((part) => words.some((word) => word.startsWith(part)));
}

/**
 * Finds partners by name for the partner-contact team (newest first, at most 50; an empty query
 * lists the newest). Names are encrypted, so the agency's partners are decrypted and matched here,
 * in memory, ignoring case and accents. For anyone else there is nothing to find (404 from the
 * permission, and row-level security returns no rows). Audited by the number of results only.
 */
export async function searchPartners(ctx: Ctx, input: SearchPartnersQuery): Promise<PartnerSearchResult> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const rows = await trx
      .selectFrom('partner as p')
      .select(['p.id', 'p.full_name_encrypted', 'p.relationship', 'p.language', 'p.participant_id'])
      .select((eb) =>
        eb
          .selectFrom('partner_consent as c')
          .select('c.decision')
          .whereRef('c.partner_id', '=', 'p.id')
          .orderBy('c.decided_on', 'desc')
          .orderBy('c.recorded_at', 'desc')
          .limit(1)
          .as('consent'),
      )
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .execute();
    const items: PartnerListItem[] = [];
    let more = false;
    for (const row of rows) {
      const fullName = ctx.keyring.decrypt(row.full_name_encrypted, fieldContext('partner', 'full_name', actor.agencyId, row.id));
      if (!nameMatches(fullName, input.query)) continue;
      if (items.length === partnerSearchLimit) {
        more = true;
        break;
      }
      items.push({ id: row.id, fullName, relationship: row.relationship, language: row.language, consent: row.consent ?? null, participantId: row.participant_id });
    }
    await recordAudit(ctx, trx, { type: 'partner.searched', details: { results: items.length } });
    return { items, more };
  });
}
