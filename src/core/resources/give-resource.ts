import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { requireParticipant } from '../participants/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { instantToZonedTime } from '../shared/zoned-time.js';
import { getResource } from './resources.queries.js';
import type { GiveResourceInput, ResourceReferral } from './resources.schema.js';

/** "Today" for a referral's day: Ontario's eastern date, never behind the agency's other zone. */
function today(now: Date): string {
  return instantToZonedTime(now, 'America/Toronto').slice(0, 10);
}

/** The day a resource was given: today when left out, never in the future. */
function givenOn(input: GiveResourceInput, now: Date): string {
  const day = input.givenOn ?? today(now);
  if (day > today(now)) {
    const issues = [{ path: 'body.givenOn', code: 'custom', params: { reason: 'future_date' } }];
    throw new AppError('invalid', 'request.invalid', { count: 1 }, { issues });
  }
  return day;
}

/** A resource that can still be given (not retired), or the reason it cannot. */
async function givableResource(db: Kysely<DB>, resourceId: string): Promise<void> {
  const resource = await getResource(db, resourceId);
  if (resource.retired) throw new AppError('rule_violation', 'resources.retired', {});
}

/**
 * Records that a participant was given a resource (intake, facilitators, managers). The same
 * resource on the same day is recorded once; giving it again that day returns the same referral.
 */
export async function giveResourceToParticipant(ctx: Ctx, participantId: string, input: GiveResourceInput): Promise<ResourceReferral> {
  assertCan(ctx.actor, 'resource.refer');
  const actor = requireStaff(ctx.actor);
  const day = givenOn(input, ctx.now);
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    await givableResource(trx, input.resourceId);
    const inserted = await trx
      .insertInto('resource_referral_participant')
      .values({ agency_id: actor.agencyId, resource_id: input.resourceId, participant_id: participantId, given_on: day, given_by: actor.userId })
      .onConflict((oc) => oc.columns(['agency_id', 'participant_id', 'resource_id', 'given_on']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) await recordAudit(ctx, trx, { type: 'resource.referred', subject: { type: 'participant', id: participantId }, details: { resourceId: input.resourceId } });
    const referrals = await participantReferrals(trx, participantId);
    return referrals.find((referral) => referral.resourceId === input.resourceId && referral.givenOn === day)!;
  });
}

/**
 * The resources a participant was given, newest first, for those who give them (not finance,
 * whose view of a participant is identity and income). The read is audited like the file's.
 */
export async function listParticipantResourceReferrals(ctx: Ctx, participantId: string): Promise<ResourceReferral[]> {
  assertCan(ctx.actor, 'resource.refer');
  requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    await requireParticipant(trx, participantId);
    const referrals = await participantReferrals(trx, participantId);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'participant', id: participantId }, details: {} });
    return referrals;
  });
}

/**
 * Records that a partner was given a resource: partner-contact staff only. For anyone else the
 * partner does not exist (404, never 403), and row-level security refuses the insert anyway.
 */
export async function giveResourceToPartner(ctx: Ctx, partnerId: string, input: GiveResourceInput): Promise<ResourceReferral> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  const day = givenOn(input, ctx.now);
  return ctx.db.transaction(async (trx) => {
    await requirePartner(trx, partnerId);
    await givableResource(trx, input.resourceId);
    const inserted = await trx
      .insertInto('resource_referral_partner')
      .values({ agency_id: actor.agencyId, resource_id: input.resourceId, partner_id: partnerId, given_on: day, given_by: actor.userId })
      .onConflict((oc) => oc.columns(['agency_id', 'partner_id', 'resource_id', 'given_on']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) await recordAudit(ctx, trx, { type: 'resource.referred', subject: { type: 'partner', id: partnerId }, details: { resourceId: input.resourceId } });
    const referrals = await partnerReferrals(trx, partnerId);
    return referrals.find((referral) => referral.resourceId === input.resourceId && referral.givenOn === day)!;
  });
}

/** The resources a partner was given, newest first (partner-contact staff only; the read is audited). */
export async function listPartnerResourceReferrals(ctx: Ctx, partnerId: string): Promise<ResourceReferral[]> {
  assertCan(ctx.actor, 'partner.read');
  requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    await requirePartner(trx, partnerId);
    const referrals = await partnerReferrals(trx, partnerId);
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'partner', id: partnerId }, details: {} });
    return referrals;
  });
}

/**
 * The partner, or 404. Checked before anything is written: the foreign key would otherwise
 * reveal, by its error, a partner that row-level security hides. (The partners module has no
 * existence helper yet; this reads only the id, under the partner compartment's policy.)
 */
async function requirePartner(db: Kysely<DB>, partnerId: string): Promise<void> {
  const row = await db.selectFrom('partner').select('id').where('id', '=', partnerId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'partners.not_found', {});
}

interface ReferralRow {
  id: string;
  resource_id: string;
  given_on: string;
  given_by: string | null;
  created_at: Date;
  key: string;
  name: string;
  name_fr: string | null;
  retired_at: Date | null;
  display_name: string | null;
}

function toReferral(row: ReferralRow): ResourceReferral {
  return {
    id: row.id,
    resourceId: row.resource_id,
    resourceKey: row.key,
    resourceName: row.name,
    resourceNameFr: row.name_fr,
    resourceRetired: row.retired_at !== null,
    givenOn: row.given_on,
    givenBy: row.given_by ? { id: row.given_by, name: row.display_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

async function participantReferrals(db: Kysely<DB>, participantId: string): Promise<ResourceReferral[]> {
  const rows = await db
    .selectFrom('resource_referral_participant as g')
    .innerJoin('resource as r', 'r.id', 'g.resource_id')
    .leftJoin('app_user as u', 'u.id', 'g.given_by')
    .select(['g.id', 'g.resource_id', 'g.given_on', 'g.given_by', 'g.created_at', 'r.key', 'r.name', 'r.name_fr', 'r.retired_at', 'u.display_name'])
    .where('g.participant_id', '=', participantId)
    .orderBy('g.given_on', 'desc')
    .orderBy('g.created_at', 'desc')
    .execute();
  return rows.map(toReferral);
}

async function partnerReferrals(db: Kysely<DB>, partnerId: string): Promise<ResourceReferral[]> {
  const rows = await db
    .selectFrom('resource_referral_partner as g')
    .innerJoin('resource as r', 'r.id', 'g.resource_id')
    .leftJoin('app_user as u', 'u.id', 'g.given_by')
    .select(['g.id', 'g.resource_id', 'g.given_on', 'g.given_by', 'g.created_at', 'r.key', 'r.name', 'r.name_fr', 'r.retired_at', 'u.display_name'])
    .where('g.partner_id', '=', partnerId)
    .orderBy('g.given_on', 'desc')
    .orderBy('g.created_at', 'desc')
    .execute();
  return rows.map(toReferral);
}
