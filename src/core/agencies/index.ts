export { findPublicAgency } from './find-public-agency.js';
export { AgencySummary, SiteSummary, isIanaTimeZone } from './agencies.schema.js';
