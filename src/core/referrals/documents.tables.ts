import type { Timestamp } from '../../db/column-types.js';
import type { DocumentKind, DocumentMediaType } from './documents.schema.js';

/** `referral_document` (participant compartment): an order attached to a referral, encrypted. */
export interface ReferralDocumentTable {
  agency_id: string;
  /** Chosen before the insert: the encryption context names the row. */
  id: string;
  referral_id: string;
  kind: DocumentKind;
  file_name: string;
  media_type: DocumentMediaType;
  size_bytes: number;
  /** Hex SHA-256 of the plain bytes, checked on every download. */
  sha256: string;
  /** `keyring.encrypt(base64 of the file, fieldContext('referral_document', 'content', agency, id))`. */
  content_encrypted: string;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
}

export interface DocumentsTables {
  referral_document: ReferralDocumentTable;
}
