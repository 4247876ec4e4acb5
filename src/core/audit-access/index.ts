export * from './audit-access.schema.js';
export { auditAccessErrors } from './audit-access.errors.js';
export { findGrantInForce, findGrantSample, grantStatus } from './audit-access.queries.js';
export { grantAuditAccess } from './grant-audit-access.js';
export { endAuditAccess, getGrantChoices, listAuditGrants } from './manage-audit-grants.js';
export { getMyAuditAccess, getSampleFile } from './read-sample.js';
export { listPartnerAudits, openPartnerIdentity } from './partner-openings.js';
export { openingBases, type OpeningBasis } from './audit-access.tables.js';
