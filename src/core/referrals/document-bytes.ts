import type { DocumentMediaType } from './documents.schema.js';

// Node-only shapes (Buffer), kept apart from documents.schema.ts, which the web app also type-checks.

/** A document as it arrived, before any check (the adapter reads it; the use case judges it). */
export interface IncomingDocument {
  /** The `kind` form field as sent (checked by the use case). */
  kind: unknown;
  /** The name the sender's computer gave the file (untrusted: sanitised before it is stored). */
  fileName: string;
  bytes: Buffer;
}

/** A downloaded document: its bytes, checked against the digest taken when it was received. */
export interface DocumentFile {
  fileName: string;
  mediaType: DocumentMediaType;
  bytes: Buffer;
}
