export { getPartner } from './get-partner.js';
export { passPartnerDetails } from './pass-partner-details.js';
export { partnersErrors } from './partners.errors.js';
export * from './partners.schema.js';
export { raisePartnerNotice, type PartnerNoticeInput } from './raise-partner-notice.js';
export { partnerNoticeTypes, type PartnerNoticeType } from './partners.tables.js';
