import { findSettings } from '../agencies/settings.queries.js';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import type { DB } from '../../db/schema.js';
import { actingIn } from '../access/acting-in.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { isDbError } from '../users/db-errors.js';
import { type CheckedContact, checkReferral } from './check-referral.js';
import type { NewParticipant, ReceiveReferralInput, ReferralReceipt } from './referrals.schema.js';

/** First contact with a newly named partner is due within a week (a program setting arrives with issue 7). */

/**
 * Records a referral: the person (new or existing), the referral and its conditions, in one
 * transaction. Partners named in it go straight into the partner compartment (the drop box),
 * each with a "new partner to contact" notice; the participant side keeps only that partner
 * information was passed on, how many and when. A repeated submit returns the first receipt.
 */
export async function receiveReferral(ctx: Ctx, input: ReceiveReferralInput): Promise<ReferralReceipt> {
  // Staff with the permission, or the operator importing a central intake service's file.
  const actor = actingIn(ctx, 'referral.write');
  if (input.partners.length > 0 && ctx.actor.kind !== 'system') assertCan(ctx.actor, 'partner.create');
  const today = ctx.now.toISOString().slice(0, 10);
  const { issues, contact } = checkReferral(input, today);
  if (issues.length > 0) throw new AppError('invalid', 'request.invalid', { count: issues.length }, { issues });
  try {
    return await ctx.db.transaction(async (trx) => {
      const earlier = await findByIdempotencyKey(trx, input.idempotencyKey);
      if (earlier) return earlier;
      const participantId = await resolveParticipant(trx, actor, input.participant, contact, ctx.now);
      const referralId = await insertReferral(trx, actor, participantId, input, contact, ctx.now);
      const settings = await findSettings(trx);
      for (const [index, partner] of input.partners.entries()) {
        await dropPartner(ctx, trx, actor.agencyId, participantId, partner, contact.partnerPhones[index], settings.partnerFirstContactDays);
      }
      if (input.partners.length > 0) {
        await trx
          .insertInto('partner_handoff')
          .values({ agency_id: actor.agencyId, participant_id: participantId, referral_id: referralId, partners_count: input.partners.length, passed_at: ctx.now, passed_by: actor.userId })
          .execute();
      }
      await recordAudit(ctx, trx, {
        type: 'referral.received',
        subject: { type: 'participant', id: participantId },
        details: { referralId, source: input.referral.source, stream: input.referral.stream, newParticipant: !('existingId' in input.participant), partnersPassedOn: input.partners.length },
      });
      return { referralId, participantId, partnersPassedOn: input.partners.length, receivedAt: ctx.now.toISOString(), repeated: false };
    });
  } catch (error) {
    // Two identical submits racing: the second finds the first's referral.
    if (isDbError(error, '23505')) {
      const earlier = await ctx.db.transaction((trx) => findByIdempotencyKey(trx, input.idempotencyKey));
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function findByIdempotencyKey(trx: Transaction<DB>, key: string): Promise<ReferralReceipt | undefined> {
  const row = await trx
    .selectFrom('referral as r')
    .select((eb) => [
      'r.id',
      'r.participant_id',
      'r.received_at',
      eb.fn.coalesce(eb.selectFrom('partner_handoff as h').select((e) => e.fn.sum<number>('h.partners_count').as('n')).whereRef('h.referral_id', '=', 'r.id'), eb.val(0)).as('partners'),
    ])
    .where('r.idempotency_key', '=', key)
    .executeTakeFirst();
  return row && { referralId: row.id, participantId: row.participant_id, partnersPassedOn: Number(row.partners), receivedAt: row.received_at.toISOString(), repeated: true };
}

async function resolveParticipant(trx: Transaction<DB>, actor: { agencyId: string; userId: string | null }, person: ReceiveReferralInput['participant'], contact: CheckedContact, now: Date): Promise<string> {
  if ('existingId' in person) {
    const found = await trx.selectFrom('participant').select('id').where('id', '=', person.existingId).executeTakeFirst();
    if (!found) throw new AppError('not_found', 'referrals.participant_not_found', {});
    return found.id;
  }
  const p: NewParticipant = person;
  const row = await trx
    .insertInto('participant')
    .values({
      agency_id: actor.agencyId,
      given_name: p.givenName,
      family_name: p.familyName,
      preferred_name: p.preferredName ?? null,
      date_of_birth: p.dateOfBirth,
      gender: p.gender,
      group_gender: p.groupGender,
      pronouns: p.pronouns ?? null,
      language: p.language,
      language_other: p.language === 'other' ? (p.languageOther ?? null) : null,
      interpreter_needed: p.interpreterNeeded,
      indigenous_identity: p.indigenousIdentity,
      phone: contact.participantPhone ?? null,
      email: p.email ?? null,
      safe_to_leave_messages: p.safeToLeaveMessages,
      street: p.address?.street ?? null,
      city: p.address?.city ?? null,
      province: p.address?.province ?? null,
      postal_code: contact.postalCode ?? null,
      accessibility_needs: p.accessibilityNeeds ?? null,
      created_by: actor.userId,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertReferral(trx: Transaction<DB>, actor: { agencyId: string; userId: string | null }, participantId: string, input: ReceiveReferralInput, contact: CheckedContact, now: Date): Promise<string> {
  const r = input.referral;
  const { id } = await trx
    .insertInto('referral')
    .values({
      agency_id: actor.agencyId,
      participant_id: participantId,
      source: r.source,
      stream: r.stream,
      court_file_number: r.courtFileNumber ?? null,
      court_location: r.courtLocation ?? null,
      charges: r.charges,
      order_date: r.orderDate ?? null,
      complete_by: r.completeBy ?? null,
      officer_name: r.officer?.name ?? null,
      officer_office: r.officer?.office ?? null,
      officer_phone: contact.officerPhone ?? null,
      officer_email: r.officer?.email ?? null,
      received_at: now,
      created_by: actor.userId,
      idempotency_key: input.idempotencyKey,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.conditions.length > 0) {
    await trx
      .insertInto('referral_condition')
      .values(input.conditions.map((c) => ({ agency_id: actor.agencyId, referral_id: id, kind: c.kind, with_whom: c.withWhom ?? null, exceptions: c.exceptions ?? null, expires_on: c.expiresOn ?? null })))
      .execute();
  }
  return id;
}

/**
 * The drop box: written, never read back (no RETURNING: the rows are invisible to this actor).
 * A phone and an address given at referral arrive as contact preferences not yet confirmed
 * safe: a discreet call may go to the number, nothing that leaves a trace (a voicemail, a
 * letter) until the partner confirms it (the channel gate). First contact is due after the
 * agency's Partner Contact setting.
 */
async function dropPartner(ctx: Ctx, trx: Transaction<DB>, agencyId: string, participantId: string, partner: ReceiveReferralInput['partners'][number], phone: string | undefined, firstContactDays: number): Promise<void> {
  const id = randomUUID();
  const seal = (column: string, value: string | undefined) => (value ? ctx.keyring.encrypt(value, fieldContext('partner', column, agencyId, id)) : null);
  const createdBy = ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
  await trx
    .insertInto('partner')
    .values({
      agency_id: agencyId,
      id,
      participant_id: participantId,
      full_name_encrypted: seal('full_name', partner.fullName)!,
      relationship: partner.relationship,
      language: partner.language ?? null,
      created_by: createdBy,
    })
    .execute();
  const given = [phone ? { channel: 'phone' as const, value: phone } : undefined, partner.address ? { channel: 'mail' as const, value: partner.address } : undefined].filter((entry) => entry !== undefined);
  if (given.length > 0) {
    await trx
      .insertInto('contact_preference')
      .values(given.map((entry) => {
        const preferenceId = randomUUID();
        return { agency_id: agencyId, id: preferenceId, partner_id: id, channel: entry.channel, value_encrypted: ctx.keyring.encrypt(entry.value, fieldContext('contact_preference', 'value', agencyId, preferenceId)), created_by: createdBy };
      }))
      .execute();
  }
  if (partner.childrenAges.length > 0) {
    await trx.insertInto('partner_child').values(partner.childrenAges.map((age) => ({ agency_id: agencyId, partner_id: id, age }))).execute();
  }
  await trx
    .insertInto('partner_notice')
    .values({ agency_id: agencyId, id: randomUUID(), participant_id: participantId, partner_id: id, type: 'new_partner', occurred_on: ctx.now.toISOString().slice(0, 10), due_at: new Date(ctx.now.getTime() + firstContactDays * 86_400_000) })
    .execute();
}
