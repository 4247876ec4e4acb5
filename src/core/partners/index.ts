export { getPartner } from './get-partner.js';
export { passPartnerDetails } from './pass-partner-details.js';
export { partnersErrors } from './partners.errors.js';
export * from './partners.schema.js';
export { raisePartnerNotice, type PartnerNoticeInput } from './raise-partner-notice.js';
export { partnerNoticeTypes, type PartnerNoticeType } from './partners.tables.js';
export { channelOf, decideChannel, gateRefusals, isFresh, loadGateFacts, openChannel, outboundActions, type GateDecision, type GateFacts, type GatePreference, type GateRefusal, type OpenChannel, type OutboundAction } from './channel-gate.js';
export { consentDecisions, consentWays, preferenceChannels, type ConsentDecision, type ConsentWay, type PreferenceChannel } from './partners.tables.js';
