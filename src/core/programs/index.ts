export * from './programs.schema.js';
export { programsErrors } from './programs.errors.js';
export { StreamPolicy, defaultStreamPolicy, readStreamPolicy, type StreamPolicyInput } from './stream-policy.js';
export { listStreams, getStream, createStream, updateStream, replaceCurriculum } from './manage-streams.js';
export { listHolidays, setHoliday, removeHoliday, findHolidaySet } from './holidays.js';
export { findStream, findStreams } from './streams.queries.js';
export { defaultCurriculum } from './default-curriculum.js';
