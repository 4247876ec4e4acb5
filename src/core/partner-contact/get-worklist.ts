import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { decideChannel, loadGateFactsFor } from '../partners/channel-gate.js';
import type { PartnerNoticeType } from '../partners/partners.tables.js';
import type { Ctx } from '../shared/ctx.js';
import { proposeLetter } from './letters.js';
import type { Worklist, WorklistItem } from './partner-contact.schema.js';
import { loadClockSettings, loadPartnerFacts, type LoadedPartner } from './partner-contact.queries.js';
import { type AttemptsSinceContact, attemptsSinceLastContact, firstContactStatus, letterDueAt, minimumContactsStatus, pendingFollowUp, type ClockSettings } from './worklist.rules.js';
import { closeOfBusiness } from '../shared/business-days.js';

/**
 * The partner-contact worklist: for every partner who has not declined contact, what is due —
 * the first contact, the minimum contacts in the 12 weeks (done / required, the next due), the
 * notices not yet delivered to them (threats urgent), the follow-ups workers set, and the letters
 * PARS proposes. Urgent first, then overdue, then by due time. Declined partners have no items.
 * The read shows partners' names: it is audited (how many partners, how many items).
 */
export async function getWorklist(ctx: Ctx): Promise<Worklist> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const settings = await loadClockSettings(trx, ctx.now);
    const partners = (await loadPartnerFacts(trx, settings)).filter((p) => p.consent !== 'declined');
    const perPartner = partners.map((partner) => ({ partner, ...itemsFor(partner, settings) }));
    // The gate is asked only where the count could propose a letter, for all of them at once.
    const gates = await loadGateFactsFor(trx, perPartner.filter((p) => p.letter).map((p) => p.partner.row.id), settings.today);
    const items: WorklistItem[] = [];
    for (const { partner, items: own, letter } of perPartner) {
      if (letter && proposeLetter(letter.attempts, settings.letterAfterAttempts, decideChannel(gates.get(partner.row.id)!, 'letter')).proposed) own.push(letter.item);
      if (own.length === 0) continue;
      // Names are decrypted only for the partners the list shows.
      const partnerName = ctx.keyring.decrypt(partner.row.full_name_encrypted, fieldContext('partner', 'full_name', actor.agencyId, partner.row.id));
      items.push(...own.map((item) => ({ ...item, partnerName })));
    }
    items.sort(byPriority);
    await recordAudit(ctx, trx, { type: 'partner.worklist_viewed', details: { partners: new Set(items.map((i) => i.partnerId)).size, items: items.length } });
    return { items, generatedAt: ctx.now.toISOString() };
  });
}

/** Urgent first, then overdue, then the earliest due. */
export function byPriority(a: WorklistItem, b: WorklistItem): number {
  return Number(b.urgent) - Number(a.urgent) || Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) || a.partnerId.localeCompare(b.partnerId) || a.kind.localeCompare(b.kind);
}

/** What is due for one partner, and the letter it would get if the gate opens. */
function itemsFor(partner: LoadedPartner, settings: ClockSettings & { today: string }): { items: WorklistItem[]; letter: { item: WorklistItem; attempts: AttemptsSinceContact } | null } {
  const now = settings.now;
  const base = {
    partnerId: partner.row.id,
    partnerName: '',
    language: partner.row.language,
    attempts: null,
    done: null,
    required: null,
    windowEndsOn: null,
    notice: null,
    followUpOn: null,
  };
  const item = (fields: Partial<WorklistItem> & Pick<WorklistItem, 'kind' | 'dueAt'>): WorklistItem => ({ ...base, overdue: fields.dueAt < now.toISOString(), urgent: false, ...fields });
  const items: WorklistItem[] = [];
  const { facts } = partner;
  const first = firstContactStatus(facts, now);
  if (!first.met) items.push(item({ kind: 'first_contact', dueAt: first.dueAt.toISOString(), attempts: first.attempts }));
  const minimum = minimumContactsStatus(facts, settings);
  if (minimum && !minimum.met && minimum.nextDueAt) {
    items.push(item({ kind: 'minimum_contacts', dueAt: minimum.nextDueAt.toISOString(), done: minimum.done, required: minimum.required, windowEndsOn: minimum.windowEndsOn }));
  }
  for (const notice of facts.notices) {
    if (notice.deliveredAt) continue;
    items.push(
      item({
        kind: 'notice',
        dueAt: notice.dueAt.toISOString(),
        urgent: notice.urgent,
        notice: { id: notice.id, type: notice.type as PartnerNoticeType, reasonCode: notice.reasonCode, amountCents: notice.amountCents, occurredOn: notice.occurredOn, dueAt: notice.dueAt.toISOString(), urgent: notice.urgent },
      }),
    );
  }
  const followUpOn = pendingFollowUp(facts.contacts);
  if (followUpOn) items.push(item({ kind: 'follow_up', dueAt: closeOfBusiness(followUpOn, settings.timeZone).toISOString(), followUpOn }));
  const attempts = attemptsSinceLastContact(facts.contacts);
  const letter =
    attempts.failed >= settings.letterAfterAttempts && !attempts.letterSent && attempts.lastFailedAt
      ? { item: item({ kind: 'letter', dueAt: letterDueAt(attempts.lastFailedAt, settings).toISOString(), attempts: attempts.failed }), attempts }
      : null;
  return { items, letter };
}
