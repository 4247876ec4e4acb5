import { sql } from 'kysely';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { requireStaff } from '../access/require-staff.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { loadPartnerFile } from './partner-file.queries.js';
import type { PartnerFile, UpdatePartnerInput } from './partners.schema.js';

/** The fields of the details form that differ (names only: they go to the audit). */
function changedFields(before: PartnerFile, after: UpdatePartnerInput): string[] {
  const ages = (list: readonly number[]) => [...list].sort((a, b) => b - a).join(',');
  const fields: string[] = [];
  if (before.fullName !== after.fullName) fields.push('fullName');
  if (before.relationship !== after.relationship) fields.push('relationship');
  if (before.language !== after.language) fields.push('language');
  if (ages(before.children.map((child) => child.age)) !== ages(after.childrenAges)) fields.push('childrenAges');
  return fields;
}

/**
 * Saves the partner's details (name, relationship, language of service, children's ages) against
 * the version read: a colleague's save in between is refused (409), never overwritten. The
 * children are replaced as a list. Audited with the names of the fields that changed.
 */
export async function updatePartner(ctx: Ctx, partnerId: string, input: UpdatePartnerInput): Promise<PartnerFile> {
  assertCan(ctx.actor, 'partner.write');
  const actor = requireStaff(ctx.actor);
  return ctx.db.transaction(async (trx) => {
    const before = await loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
    if (before.version !== input.version) throw new AppError('conflict', 'partners.stale_partner', {});
    const fields = changedFields(before, input);
    if (fields.length === 0) return before;
    const saved = await trx
      .updateTable('partner')
      .set({
        full_name_encrypted: ctx.keyring.encrypt(input.fullName, fieldContext('partner', 'full_name', actor.agencyId, partnerId)),
        relationship: input.relationship,
        language: input.language,
        version: sql<number>`version + 1`,
        updated_at: ctx.now,
        updated_by: actor.userId,
      })
      .where('id', '=', partnerId)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (saved.numUpdatedRows === 0n) throw new AppError('conflict', 'partners.stale_partner', {});
    if (fields.includes('childrenAges')) {
      await trx.deleteFrom('partner_child').where('partner_id', '=', partnerId).execute();
      if (input.childrenAges.length > 0) {
        await trx.insertInto('partner_child').values(input.childrenAges.map((age) => ({ agency_id: actor.agencyId, partner_id: partnerId, age }))).execute();
      }
    }
    await recordAudit(ctx, trx, { type: 'partner.updated', subject: { type: 'partner', id: partnerId }, details: { fields } });
    return loadPartnerFile(trx, ctx.keyring, actor.agencyId, partnerId, ctx.now);
  });
}
