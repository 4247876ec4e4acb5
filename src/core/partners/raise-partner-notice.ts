import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { isDbError } from '../users/db-errors.js';
import type { DB } from '../../db/schema.js';
import type { PartnerNoticeType } from './partners.tables.js';

/** What a participant-side event tells the partner-contact team: the event, its date and a code. */
export interface PartnerNoticeInput {
  agencyId: string;
  participantId: string;
  type: Exclude<PartnerNoticeType, 'new_partner'>;
  /** A code (`non_attendance`, `threat_partner` …), never words a facilitator wrote. */
  reasonCode?: string | undefined;
  /** The day it happened (`YYYY-MM-DD`). */
  occurredOn: string;
  dueAt: Date;
  urgent?: boolean | undefined;
  /** The event that raised it (`attendance:<markId>`, `case:<transitionId>` …): at most one notice each. */
  eventKey: string;
  /** A fees-paid notice's amount, only when the agency's fee settings allow it. */
  amountCents?: number | undefined;
}

/**
 * The second bridge between the compartments: a participant-side event leaves a notice in the
 * partner-contact worklist, in the caller's transaction (the event and its notice are saved
 * together or not at all). Like the drop box, the insert returns nothing: the participant side
 * cannot read notices. The notice is about the participant, so every partner's worker sees it.
 * A second call for the same event does nothing (the event key is unique), so a corrected and
 * re-saved mark never tells the partner twice.
 */
export async function raisePartnerNotice(trx: Transaction<DB>, notice: PartnerNoticeInput): Promise<void> {
  // ON CONFLICT would need to read the table, which this side cannot: a savepoint absorbs the
  // duplicate instead, and the caller's transaction goes on.
  await sql`savepoint partner_notice`.execute(trx);
  try {
    await insertNotice(trx, notice);
    await sql`release savepoint partner_notice`.execute(trx);
  } catch (error) {
    if (!isDbError(error, '23505', 'partner_notice_event')) throw error;
    await sql`rollback to savepoint partner_notice`.execute(trx);
  }
}

async function insertNotice(trx: Transaction<DB>, notice: PartnerNoticeInput): Promise<void> {
  await trx
    .insertInto('partner_notice')
    .values({
      agency_id: notice.agencyId,
      id: randomUUID(),
      participant_id: notice.participantId,
      partner_id: null,
      type: notice.type,
      reason_code: notice.reasonCode ?? null,
      occurred_on: notice.occurredOn,
      due_at: notice.dueAt,
      urgent: notice.urgent ?? false,
      event_key: notice.eventKey,
      amount_cents: notice.amountCents ?? null,
    })
    .execute();
}
