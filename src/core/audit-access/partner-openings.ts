import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { assertCan } from '../access/assert-can.js';
import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { OpenPartnerIdentityInput, PartnerAudits } from './audit-access.schema.js';

/**
 * The audits in progress or to come whose sample includes a partner's case, with whether (and on
 * which basis) the partner's name is open to the auditor: shown on the partner's file to the
 * partner-contact team (`partner.read`), who decide what an auditor may learn of a partner.
 */
export async function listPartnerAudits(ctx: Ctx, partnerId: string): Promise<PartnerAudits> {
  assertCan(ctx.actor, 'partner.read');
  return ctx.db.transaction(async (trx) => {
    const participantId = await partnersParticipant(trx, partnerId);
    if (!participantId) return { audits: [] };
    const rows = await trx
      .selectFrom('audit_grant as g')
      .innerJoin('audit_grant_file as f', (join) => join.onRef('f.agency_id', '=', 'g.agency_id').onRef('f.grant_id', '=', 'g.id'))
      .innerJoin('app_user as a', (join) => join.onRef('a.agency_id', '=', 'g.agency_id').onRef('a.id', '=', 'g.auditor_user_id'))
      .leftJoin('audit_partner_opening as o', (join) => join.onRef('o.agency_id', '=', 'g.agency_id').onRef('o.grant_id', '=', 'g.id').on('o.partner_id', '=', partnerId))
      .leftJoin('app_user as r', (join) => join.onRef('r.agency_id', '=', 'o.agency_id').onRef('r.id', '=', 'o.recorded_by'))
      .select(['g.id', 'g.purpose', 'g.starts_on', 'g.ends_on', 'a.display_name', 'o.legal_basis', 'o.reference', 'o.recorded_at', 'r.display_name as recorded_by_name'])
      .where('f.participant_id', '=', participantId)
      .where('g.ended_at', 'is', null)
      .where('g.ends_at', '>', ctx.now)
      .orderBy('g.starts_at')
      .orderBy('g.id')
      .execute();
    return {
      audits: rows.map((row) => ({
        grantId: row.id,
        auditorName: row.display_name,
        purpose: row.purpose,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        opening: row.legal_basis && row.reference && row.recorded_at
          ? { legalBasis: row.legal_basis, reference: row.reference, recordedByName: row.recorded_by_name, recordedAt: row.recorded_at.toISOString() }
          : null,
      })),
    };
  });
}

/**
 * The partner-contact lead records the legal basis that shows one partner's name to one grant's
 * auditor (only a grant not over whose sample holds the partner's case). Once recorded it stays
 * with that grant; the auditor sees the name, never the partner's contact details or notes.
 */
export async function openPartnerIdentity(ctx: Ctx, partnerId: string, grantId: string, input: OpenPartnerIdentityInput): Promise<PartnerAudits> {
  const { agencyId, userId } = actingIn(ctx, 'audit.open_partner_identity');
  await ctx.db.transaction(async (trx) => {
    const participantId = await partnersParticipant(trx, partnerId);
    const sampled = participantId
      ? await trx
          .selectFrom('audit_grant as g')
          .innerJoin('audit_grant_file as f', (join) => join.onRef('f.agency_id', '=', 'g.agency_id').onRef('f.grant_id', '=', 'g.id'))
          .select('g.id')
          .where('g.id', '=', grantId)
          .where('f.participant_id', '=', participantId)
          .where('g.ended_at', 'is', null)
          .where('g.ends_at', '>', ctx.now)
          .executeTakeFirst()
      : undefined;
    if (!sampled) throw new AppError('rule_violation', 'auditAccess.partner_not_sampled', {});
    const inserted = await trx
      .insertInto('audit_partner_opening')
      .values({ agency_id: agencyId, grant_id: grantId, partner_id: partnerId, legal_basis: input.legalBasis, reference: input.reference, recorded_by: userId!, recorded_at: ctx.now })
      .onConflict((oc) => oc.columns(['agency_id', 'grant_id', 'partner_id']).doNothing())
      .returning('grant_id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', 'auditAccess.already_opened', {});
    await recordAudit(ctx, trx, { type: 'audit_access.partner_opened', subject: { type: 'partner', id: partnerId }, details: { grantId, legalBasis: input.legalBasis } });
  });
  return listPartnerAudits(ctx, partnerId);
}

/** The partner's participant, or 404 when the partner does not exist for this reader. */
async function partnersParticipant(trx: Transaction<DB>, partnerId: string): Promise<string | null> {
  const partner = await trx.selectFrom('partner').select('participant_id').where('id', '=', partnerId).executeTakeFirst();
  if (!partner) throw new AppError('not_found', 'partners.not_found', {});
  return partner.participant_id;
}
