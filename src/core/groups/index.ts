export * from './groups.schema.js';
export { groupsErrors } from './groups.errors.js';
export { listGroups, getGroup, createGroup, updateGroup, addSessions, cancelSession, rescheduleSession, listDaySessions, listFacilitators } from './manage-groups.js';
export { placeParticipant, findPlacementOptions, findNoContactConflicts } from './place-participant.js';
export { planSessions } from './plan-sessions.js';
