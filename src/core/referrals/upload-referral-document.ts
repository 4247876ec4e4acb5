import { createHash, randomUUID } from 'node:crypto';
import { fieldContext } from '../../db/encrypted-columns.js';
import { actingIn } from '../access/acting-in.js';
import { recordAudit } from '../audit/index.js';
import { AppError } from '../shared/app-error.js';
import type { Ctx } from '../shared/ctx.js';
import { assertReferralExists } from './documents.queries.js';
import { sanitizeFileName, sniffMediaType } from './documents.rules.js';
import type { IncomingDocument } from './document-bytes.js';
import { DocumentKind, maxDocumentBytes, maxDocumentMegabytes, type ReferralDocument } from './documents.schema.js';

/**
 * Attaches an order to a referral: checked by its bytes (PDF, JPEG or PNG, 1 byte to 10 MB),
 * stored encrypted with its SHA-256, audited without its name (a file name can name a person).
 * `receive` reads the upload only once the referral is known to exist, and outside any
 * transaction: nobody else's file is read for nothing, and no connection waits on a slow sender.
 */
export async function uploadReferralDocument(ctx: Ctx, input: { referralId: string; receive: () => Promise<IncomingDocument> }): Promise<ReferralDocument> {
  const actor = actingIn(ctx, 'referral.write');
  await ctx.db.transaction((trx) => assertReferralExists(trx, actor.agencyId, input.referralId));
  const incoming = await input.receive();
  const kind = DocumentKind.safeParse(incoming.kind);
  if (!kind.success) {
    const code = incoming.kind === undefined ? 'required' : 'invalid_value';
    throw new AppError('invalid', 'request.invalid', { count: 1 }, { issues: [{ path: 'body.kind', code }] });
  }
  const bytes = incoming.bytes;
  if (bytes.length === 0) throw new AppError('invalid', 'documents.empty', {});
  if (bytes.length > maxDocumentBytes) throw new AppError('invalid', 'documents.too_large', { maxMb: maxDocumentMegabytes });
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new AppError('invalid', 'documents.type_not_allowed', { maxMb: maxDocumentMegabytes });
  const id = randomUUID();
  const fileName = sanitizeFileName(incoming.fileName, mediaType);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const content = ctx.keyring.encrypt(bytes.toString('base64'), fieldContext('referral_document', 'content', actor.agencyId, id));
  return ctx.db.transaction(async (trx) => {
    // Checked again in the transaction that writes: the referral may not be visible any more.
    await assertReferralExists(trx, actor.agencyId, input.referralId);
    await trx
      .insertInto('referral_document')
      .values({ agency_id: actor.agencyId, id, referral_id: input.referralId, kind: kind.data, file_name: fileName, media_type: mediaType, size_bytes: bytes.length, sha256, content_encrypted: content, uploaded_at: ctx.now, uploaded_by: actor.userId })
      .execute();
    await recordAudit(ctx, trx, {
      type: 'document.uploaded',
      subject: { type: 'document', id },
      details: { referralId: input.referralId, kind: kind.data, mediaType, sizeBytes: bytes.length },
    });
    return { id, kind: kind.data, fileName, mediaType, sizeBytes: bytes.length, uploadedAt: ctx.now.toISOString() };
  });
}
