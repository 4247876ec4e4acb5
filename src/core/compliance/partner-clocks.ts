import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { loadClockSettings, loadPartnerFacts } from '../partner-contact/partner-contact.queries.js';
import { firstContactStatus, minimumContactsStatus, reached, requiredContactDay, type ContactFact } from '../partner-contact/worklist.rules.js';
import { closeOfBusiness } from '../shared/business-days.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { ItemClock } from './compliance.rules.js';

/** A partner-side item before evaluation: the partner's id (never more) and its clock. */
export interface PartnerClockFact {
  partnerId: string;
  clock: ItemClock;
}

export interface PartnerClockFacts {
  first_partner_contact: PartnerClockFact[];
  minimum_partner_contacts: PartnerClockFact[];
  partner_notices: PartnerClockFact[];
}

/** Oldest first, as the worklist orders contacts. */
const chronological = (a: ContactFact, b: ContactFact) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/**
 * The Partner Contact clocks of every partner who has not declined, from the worklist's own
 * rules (core/partner-contact), so the dashboard's "overdue" is the worker's. Runs in a
 * transaction holding the partner compartment alone; only partner ids, due and stop times leave:
 * no name is decrypted, no contact detail or note is read.
 */
export async function findPartnerClockFacts(trx: Transaction<DB>, now: Date): Promise<PartnerClockFacts> {
  const settings = await loadClockSettings(trx, now);
  const partners = await loadPartnerFacts(trx, settings);
  const facts: PartnerClockFacts = { first_partner_contact: [], minimum_partner_contacts: [], partner_notices: [] };
  for (const { row, consent, facts: partner } of partners) {
    if (consent === 'declined') continue;
    const first = firstContactStatus(partner, now);
    facts.first_partner_contact.push({ partnerId: row.id, clock: { dueIs: 'instant', dueAt: first.dueAt, metAt: first.metAt } });
    const minimum = minimumContactsStatus(partner, settings);
    if (minimum) {
      // Stopped by the required-th contact that reached the partner since the placement day.
      const counted = partner.contacts.filter((c) => reached(c) && instantToZonedTime(c.occurredAt, settings.timeZone).slice(0, 10) >= minimum.windowStartsOn).sort(chronological);
      const metAt = minimum.met ? counted[minimum.required - 1]!.occurredAt : null;
      const dueAt = closeOfBusiness(requiredContactDay(minimum.windowStartsOn, minimum.required, settings), settings.timeZone);
      facts.minimum_partner_contacts.push({ partnerId: row.id, clock: { dueIs: 'instant', dueAt, metAt } });
    }
    for (const notice of partner.notices) facts.partner_notices.push({ partnerId: row.id, clock: { dueIs: 'instant', dueAt: notice.dueAt, metAt: notice.deliveredAt } });
  }
  return facts;
}
