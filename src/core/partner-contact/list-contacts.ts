import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { decideChannel, loadGateFacts, outboundActions } from '../partners/channel-gate.js';
import type { Ctx } from '../shared/ctx.js';
import type { ChannelDecisions, ContactEntry, ContactLog, NoticeSummary, OpenNotices } from './partner-contact.schema.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findPartnerRow, isNoticeFor } from './partner-contact.queries.js';
import type { ContactTopic } from './partner-contact.tables.js';

/** A partner's contact log, newest first: notes decrypted, the worker's name, the notices each delivered. Audited read. */
export async function listContacts(ctx: Ctx, partnerId: string): Promise<ContactLog> {
  assertCan(ctx.actor, 'partner.read');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    await findPartnerRow(trx, partnerId);
    const rows = await trx
      .selectFrom('contact_record as c')
      .leftJoin('app_user as u', 'u.id', 'c.by_user')
      .select(['c.id', 'c.kind', 'c.outcome', 'c.initiated_by', 'c.preference_id', 'c.occurred_at', 'c.duration_minutes', 'c.by_user', 'u.display_name', 'c.topics', 'c.notes_encrypted', 'c.follow_up_on', 'c.letter_id', 'c.created_at'])
      .where('c.partner_id', '=', partnerId)
      .orderBy('c.occurred_at', 'desc')
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .execute();
    const deliveries = await trx
      .selectFrom('notice_delivery as d')
      .innerJoin('partner_notice as n', (join) => join.onRef('n.agency_id', '=', 'd.agency_id').onRef('n.id', '=', 'd.notice_id'))
      .select(['d.contact_id', 'n.id', 'n.type', 'n.reason_code', 'n.amount_cents', 'n.occurred_on', 'n.due_at', 'n.urgent'])
      .where('d.partner_id', '=', partnerId)
      .orderBy('n.occurred_on')
      .orderBy('n.id')
      .execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'contact_note', id: partnerId }, details: {} });
    const items: ContactEntry[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      outcome: row.outcome,
      initiatedBy: row.initiated_by,
      preferenceId: row.preference_id,
      occurredAt: row.occurred_at.toISOString(),
      durationMinutes: row.duration_minutes,
      worker: row.by_user ? { id: row.by_user, name: row.display_name ?? '' } : null,
      topics: row.topics as ContactTopic[],
      notes: row.notes_encrypted ? ctx.keyring.decrypt(row.notes_encrypted, fieldContext('contact_record', 'notes', actor.agencyId, row.id)) : null,
      followUpOn: row.follow_up_on,
      letterId: row.letter_id,
      deliveredNotices: deliveries.filter((d) => d.contact_id === row.id).map(noticeSummary),
    }));
    return { items };
  });
}

export function noticeSummary(n: { id: string; type: NoticeSummary['type']; reason_code: string | null; amount_cents: number | null; occurred_on: string; due_at: Date; urgent: boolean }): NoticeSummary {
  return { id: n.id, type: n.type, reasonCode: n.reason_code, amountCents: n.amount_cents, occurredOn: n.occurred_on, dueAt: n.due_at.toISOString(), urgent: n.urgent };
}

/** The notices this partner has not been told yet (threats first, then by due time): what the contact form offers to tick. */
export async function listOpenNotices(ctx: Ctx, partnerId: string): Promise<OpenNotices> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    const partner = await findPartnerRow(trx, partnerId);
    if (!partner.participant_id) return { items: [] };
    const [notices, delivered] = await Promise.all([
      trx.selectFrom('partner_notice').select(['id', 'partner_id', 'type', 'reason_code', 'amount_cents', 'occurred_on', 'due_at', 'urgent']).where('participant_id', '=', partner.participant_id).execute(),
      trx.selectFrom('notice_delivery').select('notice_id').where('partner_id', '=', partnerId).execute(),
    ]);
    const done = new Set(delivered.map((d) => d.notice_id));
    const items = notices
      .filter((n) => isNoticeFor(n, partnerId) && !done.has(n.id))
      .sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.due_at.getTime() - b.due_at.getTime() || a.id.localeCompare(b.id))
      .map(noticeSummary);
    return { items };
  });
}

/** What the channel gate would say now for each outbound action (so the form can say why a choice is closed). */
export async function getChannelDecisions(ctx: Ctx, partnerId: string): Promise<ChannelDecisions> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    await findPartnerRow(trx, partnerId);
    const { today } = await agencyToday(trx, ctx.now);
    const facts = await loadGateFacts(trx, partnerId, today);
    const decisions = {} as ChannelDecisions;
    for (const action of outboundActions) {
      const decision = decideChannel(facts, action);
      decisions[action] = decision.open ? { open: true, reason: null } : { open: false, reason: decision.reason };
    }
    return decisions;
  });
}
