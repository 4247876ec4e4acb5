import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findSettings } from '../agencies/settings.queries.js';
import type { ConsentDecision } from '../partners/partners.tables.js';
import { findHolidaySet } from '../programs/holidays.js';
import { AppError } from '../shared/app-error.js';
import type { ClockSettings, ContactFact, NoticeFact, PartnerFacts } from './worklist.rules.js';


export interface PartnerRow {
  id: string;
  full_name_encrypted: string;
  participant_id: string | null;
  language: 'en' | 'fr' | 'other' | null;
  created_at: Date;
}

/** A partner the caller may see (row-level security: partner compartment), or 404. */
export async function findPartnerRow(db: Kysely<DB>, partnerId: string): Promise<PartnerRow> {
  const row = await db.selectFrom('partner').select(['id', 'full_name_encrypted', 'participant_id', 'language', 'created_at']).where('id', '=', partnerId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'partners.not_found', {});
  return row;
}

/** The clocks' settings, read once per request. */
export async function loadClockSettings(trx: Transaction<DB>, now: Date): Promise<ClockSettings & { today: string; firstContactDays: number }> {
  const [settings, { today, timeZone }] = await Promise.all([findSettings(trx), agencyToday(trx, now)]);
  const holidays = await findHolidaySet(trx, addDaysBack(today, 120));
  return {
    now,
    timeZone,
    holidays,
    today,
    minContacts: settings.partnerMinContacts,
    contactWeeks: settings.partnerContactWeeks,
    letterAfterAttempts: settings.partnerLetterAfterAttempts,
    firstContactDays: settings.partnerFirstContactDays,
  };
}

function addDaysBack(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export interface LoadedPartner {
  row: PartnerRow;
  consent: ConsentDecision | null;
  facts: PartnerFacts;
}

/**
 * Everything the clocks need for some partners (all the agency's, or one), in a few queries:
 * the latest consent, the contacts, the notices about their participants and the deliveries.
 */
export async function loadPartnerFacts(trx: Transaction<DB>, settings: { now: Date; firstContactDays: number }, partnerId?: string): Promise<LoadedPartner[]> {
  let partnerQuery = trx.selectFrom('partner').select(['id', 'full_name_encrypted', 'participant_id', 'language', 'created_at']).orderBy('created_at').orderBy('id');
  if (partnerId) partnerQuery = partnerQuery.where('id', '=', partnerId);
  const partners = await partnerQuery.execute();
  if (partners.length === 0) return [];
  // One partner: its id names every row. All of them: the agency's rows, read whole (row-level
  // security keeps them to the agency) rather than by a list of thousands of ids.
  const participantIds = partners.map((p) => p.participant_id).filter((id): id is string => id !== null);
  const [consents, contacts, notices, deliveries] = await Promise.all([
    trx.selectFrom('partner_consent').select(['partner_id', 'decision', 'decided_on', 'recorded_at']).$if(partnerId !== undefined, (q) => q.where('partner_id', '=', partnerId!)).execute(),
    trx.selectFrom('contact_record').select(['id', 'partner_id', 'kind', 'outcome', 'occurred_at', 'created_at', 'follow_up_on']).$if(partnerId !== undefined, (q) => q.where('partner_id', '=', partnerId!)).execute(),
    partnerId && participantIds.length === 0
      ? Promise.resolve([])
      : trx
          .selectFrom('partner_notice')
          .select(['id', 'participant_id', 'partner_id', 'type', 'reason_code', 'amount_cents', 'occurred_on', 'due_at', 'urgent', 'created_at'])
          .where('participant_id', 'in', partnerId ? participantIds : trx.selectFrom('partner').select('participant_id').where('participant_id', 'is not', null))
          .execute(),
    trx.selectFrom('notice_delivery').select(['notice_id', 'partner_id', 'delivered_at']).$if(partnerId !== undefined, (q) => q.where('partner_id', '=', partnerId!)).execute(),
  ]);
  const latestConsent = new Map<string, { decision: ConsentDecision; key: string }>();
  for (const consent of consents) {
    const key = `${consent.decided_on}|${consent.recorded_at.toISOString()}`;
    const seen = latestConsent.get(consent.partner_id);
    if (!seen || key > seen.key) latestConsent.set(consent.partner_id, { decision: consent.decision, key });
  }
  const delivered = new Map(deliveries.map((d) => [`${d.notice_id}|${d.partner_id}`, d.delivered_at]));
  // Grouped once, so the partners are read in one pass (an agency holds thousands).
  const noticesByParticipant = groupBy(notices, (n) => n.participant_id);
  const contactsByPartner = groupBy(contacts, (c) => c.partner_id);
  const newPartnerNotices = new Map<string, (typeof notices)[number]>();
  for (const n of notices) if (n.type === 'new_partner' && n.partner_id !== null && !newPartnerNotices.has(n.partner_id)) newPartnerNotices.set(n.partner_id, n);
  return partners.map((row) => {
    const own = (row.participant_id && noticesByParticipant.get(row.participant_id)) || [];
    const newPartner = newPartnerNotices.get(row.id);
    const enrolled = own.filter((n) => n.type === 'enrolled').sort((a, b) => b.occurred_on.localeCompare(a.occurred_on) || b.created_at.getTime() - a.created_at.getTime())[0];
    const contactFacts: ContactFact[] = (contactsByPartner.get(row.id) ?? [])
      .map((c) => ({ id: c.id, kind: c.kind, outcome: c.outcome, occurredAt: c.occurred_at, createdAt: c.created_at, followUpOn: c.follow_up_on }));
    const noticeFacts: NoticeFact[] = own
      .filter((n) => isNoticeFor(n, row.id))
      .map((n) => ({ id: n.id, type: n.type, reasonCode: n.reason_code, amountCents: n.amount_cents, occurredOn: n.occurred_on, dueAt: n.due_at, urgent: n.urgent, deliveredAt: delivered.get(`${n.id}|${row.id}`) ?? null }));
    return {
      row,
      consent: latestConsent.get(row.id)?.decision ?? null,
      facts: {
        contacts: contactFacts,
        firstContactDueAt: newPartner?.due_at ?? new Date(row.created_at.getTime() + settings.firstContactDays * 86_400_000),
        enrolledOn: enrolled?.occurred_on ?? null,
        notices: noticeFacts,
      },
    };
  });
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * A notice a partner is told about: one about their participant, for everyone (`partner_id`
 * null) or for them; `new_partner` is the first-contact item, not something to tell.
 */
export function isNoticeFor(notice: { type: string; partner_id: string | null }, partnerId: string): boolean {
  return notice.type !== 'new_partner' && (notice.partner_id === null || notice.partner_id === partnerId);
}
