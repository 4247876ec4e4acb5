import { randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { loadPartnerFile, partnerToday, requirePartnerRow } from './partner-file.queries.js';
import type { PartnerFile, RecordConsentInput } from './partners.schema.js';

/**
 * Records what the partner said about being contacted: wishes contact, or declined; the day and
 * how it was said, and a note. Decisions are history (insert only): the latest decides, so a
 * partner who declined can change their mind and a later "wishes contact" reopens the channels
 * (the channel gate reads the same order). Audited with the decision only.
 */
export async function recordConsent(ctx: Ctx, partnerId: string, input: RecordConsentInput): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  if (input.decidedOn > partnerToday(ctx.now)) {
    const issues = [{ path: 'body.decidedOn', code: 'partners.future_date' }];
    throw new AppError('invalid', 'request.invalid', { count: 1 }, { issues });
  }
  return ctx.db.transaction(async (trx) => {
    await requirePartnerRow(trx, partnerId);
    // recorded_at is the database's transaction time: two decisions on the same day keep their order.
    const id = randomUUID();
    const note = input.note?.trim() || null;
    await trx
      .insertInto('partner_consent')
      .values({
        agency_id: actor.agencyId,
        id,
        partner_id: partnerId,
        decision: input.decision,
        decided_on: input.decidedOn,
        how: input.how,
        note_encrypted: note === null ? null : ctx.keyring.encrypt(note, fieldContext('partner_consent', 'note', actor.agencyId, id)),
        recorded_by: actor.userId,
      })
      .execute();
    await recordAudit(ctx, trx, { type: 'partner.consent_recorded', subject: { type: 'partner', id: partnerId }, details: { decision: input.decision } });
    return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
  });
}
