/*
 * Partner Contact's work with a partner (issue #7 items 2-4): the contact log, the worklist,
 * the letter fallback and the team's compliance counts. Everything outbound passes the channel
 * gate of core/partners in the same transaction.
 */
export * from './partner-contact.schema.js';
export { partnerContactErrors } from './partner-contact.errors.js';
export { contactKinds, attemptOutcomes, contactTopics, type ContactKind, type AttemptOutcome, type ContactTopic } from './partner-contact.tables.js';
export { recordContact, gateActionFor } from './record-contact.js';
export { listContacts, listOpenNotices, getChannelDecisions } from './list-contacts.js';
export { getWorklist } from './get-worklist.js';
export { getLetterProposal, sendLetter, listLetters, getLetterPdf, proposeLetter } from './letters.js';
export { getCompliance } from './get-compliance.js';
