import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { loadGateFacts, openChannel, type OutboundAction } from '../partners/channel-gate.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import type { ContactReceipt, RecordContactInput } from './partner-contact.schema.js';
import { agencyToday } from '../agencies/agency-day.js';
import { findPartnerRow, isNoticeFor } from './partner-contact.queries.js';
import type { ContactKind } from './partner-contact.tables.js';

/** A minute's grace for clocks that disagree: a contact "now" from a slightly fast computer is not in the future. */
const clockSkewMs = 60_000;

/**
 * The gate action a worker-initiated contact needs: an attempt or a call goes to a phone (a
 * voicemail left needs the voicemail rule), a text and an email need their channel. An
 * in-person meeting asks no channel, but a partner who declined is not sought out either.
 * A letter never comes this way (`partnerContact.letter_through_letters`).
 */
export function gateActionFor(kind: Exclude<ContactKind, 'letter'>, outcome: string | null | undefined): OutboundAction | 'in_person' {
  switch (kind) {
    case 'attempt':
      return outcome === 'voicemail_left' ? 'voicemail' : 'call';
    case 'call':
      return 'call';
    case 'text':
      return 'text';
    case 'email':
      return 'email';
    case 'in_person':
      return 'in_person';
  }
}

/**
 * Records a contact or an attempt with a partner, with the notices it delivered, in one
 * transaction. Everything we initiated passes the channel gate in that transaction (a
 * declined partner gets nothing; a voicemail needs a confirmed-safe phone that takes messages);
 * what the partner initiated (they called us, came in) is always recorded. Notes are encrypted.
 * A repeated idempotency key returns the first record.
 */
export async function recordContact(ctx: Ctx, partnerId: string, input: RecordContactInput): Promise<ContactReceipt> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  try {
    return await ctx.db.transaction(async (trx) => {
      const repeat = await findRepeat(trx, partnerId, input.idempotencyKey, false);
      if (repeat) return { id: repeat.id, created: false };
      const partner = await findPartnerRow(trx, partnerId);
      if (new Date(input.occurredAt).getTime() > ctx.now.getTime() + clockSkewMs) throw new AppError('invalid', 'partnerContact.contact_in_future', {});
      if (input.kind === 'letter') throw new AppError('rule_violation', 'partnerContact.letter_through_letters', {});
      if (input.kind === 'attempt' && input.deliveredNoticeIds.length > 0) throw new AppError('rule_violation', 'partnerContact.attempt_delivers_nothing', {});
      const { today } = await agencyToday(trx, ctx.now);
      let preferenceId = input.preferenceId ?? null;
      if (input.initiatedBy === 'worker') {
        const action = gateActionFor(input.kind, input.outcome);
        if (action === 'in_person') {
          const facts = await loadGateFacts(trx, partnerId, today);
          if (facts.consent === 'declined') throw new AppError('conflict', 'partners.channel_closed', { action, reason: 'declined' });
        } else {
          preferenceId = (await openChannel(ctx, trx, { partnerId, action, preferenceId: input.preferenceId ?? undefined, today })).preferenceId;
        }
      } else if (preferenceId) {
        const own = await trx.selectFrom('contact_preference').select('id').where('id', '=', preferenceId).where('partner_id', '=', partnerId).executeTakeFirst();
        if (!own) throw new AppError('invalid', 'partnerContact.preference_unknown', {});
      }
      const noticeIds = [...new Set(input.deliveredNoticeIds)];
      await checkDeliverable(trx, partnerId, partner.participant_id, noticeIds);
      const id = randomUUID();
      const topics = noticeIds.length > 0 && !input.topics.includes('notices_delivered') ? [...input.topics, 'notices_delivered' as const] : input.topics;
      await trx
        .insertInto('contact_record')
        .values({
          agency_id: actor.agencyId,
          id,
          partner_id: partnerId,
          kind: input.kind,
          initiated_by: input.initiatedBy,
          outcome: input.kind === 'attempt' ? (input.outcome ?? null) : null,
          preference_id: preferenceId,
          occurred_at: new Date(input.occurredAt),
          duration_minutes: input.durationMinutes ?? null,
          by_user: actor.userId,
          topics,
          notes_encrypted: input.notes ? ctx.keyring.encrypt(input.notes, fieldContext('contact_record', 'notes', actor.agencyId, id)) : null,
          letter_id: null,
          follow_up_on: input.followUpOn ?? null,
          idempotency_key: input.idempotencyKey,
        })
        .execute();
      if (noticeIds.length > 0) {
        await trx
          .insertInto('notice_delivery')
          .values(noticeIds.map((noticeId) => ({ agency_id: actor.agencyId, notice_id: noticeId, partner_id: partnerId, contact_id: id, delivered_at: new Date(input.occurredAt) })))
          .execute();
      }
      await recordAudit(ctx, trx, {
        type: 'partner.contact_recorded',
        subject: { type: 'partner', id: partnerId },
        details: { contactId: id, kind: input.kind, outcome: input.outcome ?? null, initiatedBy: input.initiatedBy, noticesDelivered: noticeIds.length },
      });
      return { id, created: true };
    });
  } catch (error) {
    // Two submits of the same form at once: the second lost the race on the key; give it the first's record.
    if (isDbError(error, '23505', 'contact_record_agency_id_idempotency_key_key')) {
      const repeat = await ctx.db.transaction((trx) => findRepeat(trx, partnerId, input.idempotencyKey, false));
      if (repeat) return { id: repeat.id, created: false };
    }
    throw error;
  }
}

/** The record an idempotency key already made, if any (refused if it was for another partner or kind). */
export async function findRepeat(trx: Transaction<DB>, partnerId: string, key: string, letter: boolean): Promise<{ id: string; created: false; letterId: string | null } | undefined> {
  const row = await trx.selectFrom('contact_record').select(['id', 'partner_id', 'letter_id']).where('idempotency_key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  if (row.partner_id !== partnerId || (row.letter_id !== null) !== letter) throw new AppError('conflict', 'partnerContact.idempotency_key_reused', {});
  return { id: row.id, created: false, letterId: row.letter_id };
}

/** Each notice must be about this partner's participant, for them, and not yet delivered to them. */
async function checkDeliverable(trx: Transaction<DB>, partnerId: string, participantId: string | null, noticeIds: string[]): Promise<void> {
  if (noticeIds.length === 0) return;
  if (!participantId) throw new AppError('rule_violation', 'partnerContact.notice_not_deliverable', {});
  const [notices, delivered] = await Promise.all([
    trx.selectFrom('partner_notice').select(['id', 'participant_id', 'partner_id', 'type']).where('id', 'in', noticeIds).execute(),
    trx.selectFrom('notice_delivery').select('notice_id').where('partner_id', '=', partnerId).where('notice_id', 'in', noticeIds).execute(),
  ]);
  const ok = notices.filter((n) => n.participant_id === participantId && isNoticeFor(n, partnerId));
  if (ok.length !== noticeIds.length || delivered.length > 0) throw new AppError('rule_violation', 'partnerContact.notice_not_deliverable', {});
}
