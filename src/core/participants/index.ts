export { getParticipantFile } from './get-participant-file.js';
export { participantsErrors } from './participants.errors.js';
export * from './participants.schema.js';
export * from './case-lifecycle.rules.js';
