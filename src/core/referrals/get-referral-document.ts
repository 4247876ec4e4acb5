import { createHash } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { assertCan } from '../access/assert-can.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import type { DocumentFile } from './document-bytes.js';

/**
 * One document's bytes, decrypted and checked against the SHA-256 taken when it was received:
 * a file that no longer matches is never served (500, logged with its ids). Each download is
 * audited as a view of the document ("who viewed this record").
 */
export async function getReferralDocument(ctx: Ctx, ids: { referralId: string; documentId: string }): Promise<DocumentFile> {
  assertCan(ctx.actor, 'referral.read');
  if (ctx.actor.kind !== 'staff') throw new AppError('unauthenticated', 'auth.sign_in_required', {});
  const agencyId = ctx.actor.agencyId;
  return ctx.db.transaction(async (trx) => {
    // Another agency's document, or one of another referral, does not exist for this reader.
    const row = await trx
      .selectFrom('referral_document')
      .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'content_encrypted'])
      .where('agency_id', '=', agencyId)
      .where('referral_id', '=', ids.referralId)
      .where('id', '=', ids.documentId)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'documents.not_found', {});
    const base64 = ctx.keyring.decrypt(row.content_encrypted, fieldContext('referral_document', 'content', agencyId, row.id));
    const bytes = Buffer.from(base64, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== row.sha256 || bytes.length !== row.size_bytes) {
      throw new AppError('unexpected', 'documents.content_mismatch', { documentId: row.id });
    }
    await recordAudit(ctx, trx, { type: 'record.viewed', subject: { type: 'document', id: row.id }, details: {} });
    return { fileName: row.file_name, mediaType: row.media_type, bytes };
  });
}
