import type { DocumentKind, DocumentMediaType } from '../../core/referrals/documents.schema.js';

// The API's rules for referral documents (src/core/referrals/documents.schema.ts), repeated here
// because that module builds zod schemas: importing it would put all of zod in the bundle for four
// constants. Only its types are imported; document-rules.test.ts checks that the values agree.

/** The kinds of document a referral may have attached. */
export const documentKinds = ['court_order', 'probation_order', 'other'] as const satisfies readonly DocumentKind[];

/** The types accepted: PDF, JPEG and PNG. */
export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly DocumentMediaType[];

/** The largest file accepted. */
export const maxDocumentMegabytes = 10;
export const maxDocumentBytes = maxDocumentMegabytes * 1024 * 1024;
