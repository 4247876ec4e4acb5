import { z } from 'zod';

export const documentKinds = ['court_order', 'probation_order', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const DocumentKind = z.enum(documentKinds);

/** The only types accepted: what courts and probation offices send, and what browsers show safely. */
export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMediaType = (typeof documentMediaTypes)[number];

/** 10 MB: a scanned multi-page order fits; a video or an archive does not. */
export const maxDocumentMegabytes = 10;
export const maxDocumentBytes = maxDocumentMegabytes * 1024 * 1024;


export const ReferralDocumentParams = z.object({ referralId: z.uuid() });
export const ReferralDocumentFileParams = z.object({ referralId: z.uuid(), documentId: z.uuid() });

/** What staff see of a document: never its content, which only the download returns. */
export const ReferralDocument = z.object({
  id: z.uuid(),
  kind: DocumentKind,
  fileName: z.string(),
  mediaType: z.enum(documentMediaTypes),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type ReferralDocument = z.infer<typeof ReferralDocument>;

