/**
 * Every encrypted column, in one registry, so `pars keys rotate` re-encrypts them all. A module
 * that adds an encrypted column registers it here in the same change (a column missing from
 * this list keeps its old key forever, and that key could never be retired).
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The row's primary key, in index order: rotation pages and updates by it. */
  keyColumns: string[];
  /** The associated data the value was encrypted with (from the key columns only). */
  context(row: Record<string, unknown>): string;
  /** Rows per rotation batch when values are large (a 10 MB document is ~19 MB of text). */
  batchSize?: number;
}

/**
 * The associated data for a field: `<table>.<column>:<agencyId>:<ids…>`. Binding table, column,
 * agency and row means a value copied into another row, column or agency fails to decrypt.
 */
export function fieldContext(table: string, column: string, agencyId: string, ...ids: string[]): string {
  return `${table}.${column}:${agencyId}:${ids.join(':')}`;
}

export const encryptedColumns: EncryptedColumn[] = [
  {
    table: 'partner',
    column: 'full_name_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('partner', 'full_name', String(row.agency_id), String(row.id)),
  },
  {
    table: 'mfa_secret',
    column: 'secret_encrypted',
    keyColumns: ['agency_id', 'user_id'],
    context: (row) => fieldContext('mfa_secret', 'secret', String(row.agency_id), String(row.user_id)),
  },
  {
    table: 'partner',
    column: 'phone_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('partner', 'phone', String(row.agency_id), String(row.id)),
  },
  {
    table: 'partner',
    column: 'address_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('partner', 'address', String(row.agency_id), String(row.id)),
  },
  {
    table: 'referral_document',
    column: 'content_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('referral_document', 'content', String(row.agency_id), String(row.id)),
    batchSize: 4,
  },
  {
    table: 'session_note',
    column: 'note_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('session_note', 'note', String(row.agency_id), String(row.id)),
  },
  {
    table: 'contact_preference',
    column: 'value_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('contact_preference', 'value', String(row.agency_id), String(row.id)),
  },
  {
    table: 'contact_preference',
    column: 'safe_times_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('contact_preference', 'safe_times', String(row.agency_id), String(row.id)),
  },
  {
    table: 'partner_consent',
    column: 'note_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('partner_consent', 'note', String(row.agency_id), String(row.id)),
  },
  {
    table: 'contact_record',
    column: 'notes_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('contact_record', 'notes', String(row.agency_id), String(row.id)),
  },
  {
    table: 'court_report',
    column: 'observations_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('court_report', 'observations', String(row.agency_id), String(row.id)),
  },
  {
    table: 'court_report',
    column: 'content_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('court_report', 'content', String(row.agency_id), String(row.id)),
  },
  {
    table: 'referral_notice',
    column: 'content_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('referral_notice', 'content', String(row.agency_id), String(row.id)),
  },
  {
    table: 'safety_plan',
    column: 'content_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('safety_plan', 'content', String(row.agency_id), String(row.id)),
  },
  {
    table: 'disclosure',
    column: 'summary_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('disclosure', 'summary', String(row.agency_id), String(row.id)),
  },
  {
    table: 'disclosure',
    column: 'approval_note_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('disclosure', 'approval_note', String(row.agency_id), String(row.id)),
  },
  {
    table: 'outbox_attachment',
    column: 'content_encrypted',
    keyColumns: ['agency_id', 'id'],
    context: (row) => fieldContext('outbox_attachment', 'content', String(row.agency_id), String(row.id)),
    batchSize: 4,
  },
];
