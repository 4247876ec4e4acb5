import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertReferralExists } from './documents.queries.js';
import type { ReferralDocument } from './documents.schema.js';

/**
 * The documents attached to a referral, newest first: metadata only (the content is large and
 * is read one file at a time by `getReferralDocument`). File names can name people, so the
 * listing is audited as a view of the referral.
 */
export async function listReferralDocuments(ctx: Ctx, referralId: string): Promise<ReferralDocument[]> {
  assertCan(ctx.actor, 'referral.read');
  if (ctx.actor.kind !== 'staff') throw new AppError('unauthenticated', 'auth.sign_in_required', {});
  const agencyId = ctx.actor.agencyId;
  return ctx.db.transaction(async (trx) => {
    await assertReferralExists(trx, agencyId, referralId);
    const rows = await trx
      .selectFrom('referral_document')
      .select(['id', 'kind', 'file_name', 'media_type', 'size_bytes', 'uploaded_at'])
      .where('agency_id', '=', agencyId)
      .where('referral_id', '=', referralId)
      .orderBy('uploaded_at', 'desc')
      .orderBy('id')
      .execute();
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'referral', id: referralId }, details: {} });
    return rows.map((row) => ({ id: row.id, kind: row.kind, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at.toISOString() }));
  });
}
