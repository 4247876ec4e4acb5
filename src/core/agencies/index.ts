export { findPublicAgency } from './find-public-agency.js';
export { AgencySummary, SiteSummary, isIanaTimeZone, AgencySettings, UpdateSettingsInput } from './agencies.schema.js';
export { getAgencySettings } from './get-agency-settings.js';
export { updateAgencySettings } from './update-agency-settings.js';
export { findSettings, defaultSettings } from './settings.queries.js';
export { agenciesErrors } from './agencies.errors.js';
export { listSites, Site } from './list-sites.js';
export { findAgencyBySlug, findFirstAgencies } from './agencies.queries.js';
