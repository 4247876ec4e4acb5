import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { fieldContext } from '../../db/encrypted-columns.js';
import { scopeToAgency } from '../../db/scoped-database.js';
import { recordAudit } from '../audit/index.js';
import type { Ctx } from '../shared/ctx.js';
import { loadClockSettings, loadPartnerFacts } from '../partner-contact/partner-contact.queries.js';
import { firstContactStatus, minimumContactsStatus, reached, type ClockSettings } from '../partner-contact/worklist.rules.js';
import type { LoadedPartner } from '../partner-contact/partner-contact.queries.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import type { SamplePartnerContact } from './audit-access.schema.js';

/**
 * Partner Contact on one sampled case, for an auditor: whether each partner was reached in time,
 * how many contacts of the minimum were made, when, by which means, what they were told and when,
 * and the day a safety plan was written. De-identified: the partners are numbered in the order
 * their files were opened; no partner id, number, address, preference, outcome or note leaves
 * this function, and a name only where the partner-contact lead recorded a legal basis for this
 * grant (`audit_partner_opening`). The partner compartment is opened here alone, through the server's
 * owner handle, for the one participant the caller has already checked is in the sample.
 */
export async function samplePartnerContact(ctx: Ctx, owner: Kysely<DB>, sample: { agencyId: string; grantId: string; participantId: string }): Promise<SamplePartnerContact[]> {
  const { agencyId, grantId, participantId } = sample;
  const now = ctx.now;
  const partnerSpace = scopeToAgency(owner, agencyId, { compartments: ['partner'] });
  return partnerSpace.transaction(async (trx) => {
    const partners = await trx
      .selectFrom('partner as p')
      .leftJoin('audit_partner_opening as o', (join) => join.onRef('o.agency_id', '=', 'p.agency_id').onRef('o.partner_id', '=', 'p.id').on('o.grant_id', '=', grantId))
      .select(['p.id', 'p.full_name_encrypted', 'o.legal_basis', 'o.reference'])
      .where('p.participant_id', '=', participantId)
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute();
    if (partners.length === 0) return [];
    const settings = await loadClockSettings(trx, now);
    const plans = await trx
      .selectFrom('safety_plan')
      .select(['partner_id', (eb) => eb.fn.max('created_at').as('latest')])
      .where('partner_id', 'in', partners.map((p) => p.id))
      .where('wanted', '=', true)
      .groupBy('partner_id')
      .execute();
    const planOn = new Map(plans.map((p) => [p.partner_id, instantToZonedTime(new Date(p.latest), settings.timeZone).slice(0, 10)]));
    const loaded = (await Promise.all(partners.map((p) => loadPartnerFacts(trx, settings, p.id)))).flat();
    const identities = new Map<string, SamplePartnerContact['identity']>();
    for (const p of partners) {
      if (!p.legal_basis || !p.reference) continue;
      // Opened on a recorded legal basis: the name alone, and the auditor's look at it is recorded on the partner.
      identities.set(p.id, { fullName: ctx.keyring.decrypt(p.full_name_encrypted, fieldContext('partner', 'full_name', agencyId, p.id)), legalBasis: p.legal_basis, reference: p.reference });
      await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'partner', id: p.id }, details: {} });
    }
    return loaded.map((partner, index) => ({ ...deidentify(partner, index + 1, planOn.get(partner.row.id) ?? null, settings), identity: identities.get(partner.row.id) ?? null }));
  });
}

function deidentify(partner: LoadedPartner, label: number, safetyPlanOn: string | null, settings: ClockSettings): Omit<SamplePartnerContact, 'identity'> {
  const { facts } = partner;
  const first = firstContactStatus(facts, settings.now);
  const minimum = minimumContactsStatus(facts, settings);
  const day = (instant: Date) => instantToZonedTime(instant, settings.timeZone).slice(0, 10);
  return {
    label,
    consent: partner.consent === 'declined' ? 'declined' : partner.consent ? 'wants_contact' : 'not_yet',
    firstContact: {
      dueAt: first.dueAt.toISOString(),
      metAt: first.metAt ? first.metAt.toISOString() : null,
      status: first.met ? (first.metAt! <= first.dueAt ? 'met_on_time' : 'met_late') : first.overdue ? 'overdue' : 'pending',
    },
    minimumContacts: {
      required: settings.minContacts,
      made: minimum?.done ?? 0,
      status: !minimum ? 'not_started' : minimum.met ? 'met' : minimum.behind ? 'behind' : 'on_track',
    },
    contacts: [...facts.contacts]
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
      .map((c) => ({ on: day(c.occurredAt), kind: c.kind, reached: reached(c) })),
    notices: facts.notices
      .map((n) => ({ type: n.type, occurredOn: n.occurredOn, dueAt: n.dueAt.toISOString(), deliveredAt: n.deliveredAt ? n.deliveredAt.toISOString() : null }))
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.dueAt.localeCompare(b.dueAt)),
    safetyPlanOn,
  };
}
