export { receiveReferral } from './receive-referral.js';
export { findDuplicateParticipants } from './find-duplicate-participants.js';
export { referralsErrors } from './referrals.errors.js';
export * from './referrals.schema.js';
