import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import type { Ctx } from '../shared/ctx.js';
import type { Compliance } from './partner-contact.schema.js';
import { loadClockSettings, loadPartnerFacts } from './partner-contact.queries.js';
import { firstContactStatus, minimumContactsStatus, noticeOverdue } from './worklist.rules.js';

/**
 * The partner-contact team's compliance for managers (`statistics.read`): counts only — how
 * many partners, first contacts met on time or late or overdue, minimum contacts met, on track
 * or behind, notices open, overdue, delivered on time or late, and how many declined.
 *
 * A manager has no partner compartment, so `ctx.db` cannot see a partner row. This use case
 * alone opens a second, partner-compartment database for the same agency (`owner` is the
 * server's database handle) and runs only these aggregate reads in it: no name is decrypted,
 * no id or partner field leaves this function, only the numbers below (tested). It writes
 * nothing, so there is no audit event to make (and no record was viewed).
 */
export async function getCompliance(ctx: Ctx, owner: Kysely<DB>): Promise<Compliance> {
  assertCan(ctx.actor, 'statistics.read');
  const actor = requireStaff(ctx.actor);
  const partnerSpace = scopeToAgency(owner, actor.agencyId, { compartments: ['partner'] });
  return partnerSpace.transaction(async (trx) => {
    const settings = await loadClockSettings(trx, ctx.now);
    const partners = await loadPartnerFacts(trx, settings);
    const counts: Compliance = {
      partnersActive: 0,
      declined: 0,
      firstContacts: { pending: 0, metOnTime: 0, metLate: 0, overdue: 0 },
      minimumContacts: { met: 0, onTrack: 0, behind: 0, notStarted: 0 },
      notices: { open: 0, overdue: 0, deliveredOnTime: 0, deliveredLate: 0 },
      generatedAt: ctx.now.toISOString(),
    };
    for (const { consent, facts } of partners) {
      if (consent === 'declined') {
        counts.declined += 1;
        continue;
      }
      counts.partnersActive += 1;
      const first = firstContactStatus(facts, ctx.now);
      if (first.met) counts.firstContacts[first.metAt! <= first.dueAt ? 'metOnTime' : 'metLate'] += 1;
      else counts.firstContacts[first.overdue ? 'overdue' : 'pending'] += 1;
      const minimum = minimumContactsStatus(facts, settings);
      if (!minimum) counts.minimumContacts.notStarted += 1;
      else counts.minimumContacts[minimum.met ? 'met' : minimum.behind ? 'behind' : 'onTrack'] += 1;
      for (const notice of facts.notices) {
        if (notice.deliveredAt) counts.notices[notice.deliveredAt <= notice.dueAt ? 'deliveredOnTime' : 'deliveredLate'] += 1;
        else {
          counts.notices.open += 1;
          if (noticeOverdue(notice, ctx.now)) counts.notices.overdue += 1;
        }
      }
    }
    return counts;
  });
}
