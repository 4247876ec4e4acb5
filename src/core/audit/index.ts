export { recordAudit, type RecordAuditOptions } from './record-audit.js';
export { verifyAuditChain, type AuditChainReport, type AuditChainBreak, type VerifyAuditChainOptions } from './verify-audit-chain.js';
export { findRecordViews } from './find-record-views.js';
export {
  AuditEventInput,
  auditEventSchemas,
  auditEventTypes,
  recordSubjectTypes,
  type AuditEvent,
  type AuditEventType,
  type RecordSubjectType,
} from './audit-events.js';
export { FindRecordViewsInput, RecordView, RecordViews, recordViewsLimit } from './audit.schema.js';
export { auditErrors } from './audit.errors.js';
