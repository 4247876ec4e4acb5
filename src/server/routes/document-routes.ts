import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  getReferralDocument,
  type IncomingDocument,
  listReferralDocuments,
  maxDocumentBytes,
  maxDocumentMegabytes,
  ReferralDocument,
  ReferralDocumentFileParams,
  ReferralDocumentParams,
  uploadReferralDocument,
} from '../../core/referrals/index.js';
import { AppError, isAppError } from '../../core/shared/index.js';
import { access } from '../route-access.js';
import type { RouteDeps } from '../route-deps.js';
import { staffContext } from '../request-context.js';

/**
 * Orders attached to referrals: upload (multipart/form-data, accepted on these routes only, so
 * the rest of the API stays JSON), list and download. Register inside its own plugin scope.
 */
export async function registerDocumentRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  // The file limit is the use case's, applied while the bytes arrive: a larger file is cut off,
  // never held in memory. One file, and little room for other fields.
  await app.register(multipart, { limits: { fileSize: maxDocumentBytes, files: 1, fields: 4, parts: 5, fieldSize: 100, headerPairs: 20 } });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post('/referrals/:referralId/documents', { config: access.permission('referral.write'), schema: { tags: ['referrals'], summary: 'Attach an order (multipart: file field "file", field "kind"; PDF, JPEG or PNG up to 10 MB)', consumes: ['multipart/form-data'], params: ReferralDocumentParams, response: { 201: ReferralDocument } } }, async (request, reply) => {
    const document = await uploadReferralDocument(staffContext(request, deps), { referralId: request.params.referralId, receive: () => readUpload(request) });
    return reply.status(201).send(document);
  });
  typed.get('/referrals/:referralId/documents', { config: access.permission('referral.read'), schema: { tags: ['referrals'], summary: "A referral's documents (names, types and sizes; never content)", params: ReferralDocumentParams, response: { 200: z.array(ReferralDocument) } } }, async (request) =>
    listReferralDocuments(staffContext(request, deps), request.params.referralId),
  );
  typed.get('/referrals/:referralId/documents/:documentId', { config: access.permission('referral.read'), schema: { tags: ['referrals'], summary: 'Download a document (audited)', produces: ['application/pdf', 'image/jpeg', 'image/png'], params: ReferralDocumentFileParams } }, async (request, reply) => {
    const file = await getReferralDocument(staffContext(request, deps), request.params);
    // Always a download, never rendered in the app's origin; never kept by a browser or proxy.
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}

/** Reads the form: the `kind` field and the one file in `file` (other parts are read and dropped). */
async function readUpload(request: FastifyRequest): Promise<IncomingDocument> {
  let kind: unknown;
  let file: { fileName: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && !file) file = { fileName: part.filename, bytes };
      } else if (part.fieldname === 'kind') {
        kind = part.value;
      }
    }
  } catch (error) {
    throw uploadError(error, request);
  }
  if (!file) throw new AppError('invalid', 'documents.missing_file', {});
  return { kind, ...file };
}

/** The multipart reader's own failures, as our translated refusals (all the sender's to fix). */
function uploadError(error: unknown, request: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  switch ((error as { code?: unknown }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('invalid', 'documents.too_large', { maxMb: maxDocumentMegabytes });
    case 'FST_FILES_LIMIT':
      return new AppError('invalid', 'documents.too_many_files', {});
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new AppError('invalid', 'documents.missing_file', {});
  }
  // Truncated or malformed multipart (busboy's errors): logged without the body, answered 400.
  request.log.warn({ reason: error instanceof Error ? error.message.slice(0, 120) : 'unknown' }, 'upload unreadable');
  return new AppError('invalid', 'documents.upload_incomplete', {}, { cause: error });
}

/**
 * `attachment` with the name twice: an ASCII stand-in for old clients, and the exact name as
 * RFC 8187 UTF-8 percent-encoding, so no quote, semicolon or line break can end the header value.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
