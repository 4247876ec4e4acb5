/*
 * Live standards compliance (issue #9 item 4): each clock the programs run on, evaluated from
 * the records on every request, per agency, with the items behind each figure.
 */
export * from './compliance.schema.js';
export { clockDefinitions, type ClockDefinition } from './compliance-clocks.js';
export { getAgencyCompliance } from './get-agency-compliance.js';
export { getComplianceItems } from './get-compliance-items.js';
export { complianceLines } from './compliance-sheet.js';
