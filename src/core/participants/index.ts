export { getParticipantFile } from './get-participant-file.js';
export { participantsErrors } from './participants.errors.js';
export * from './participants.schema.js';
export * from './case-lifecycle.rules.js';
export { transitionCase } from './transition-case.js';
export { applyTransition } from './apply-transition.js';
export { findWaitlist, WaitlistEntry, WaitlistQuery } from './find-waitlist.js';
export { requireParticipant } from './require-participant.js';
export { declareIncome, getDeclaredIncome, DeclaredIncome, DeclareIncomeInput } from './declared-income.js';
